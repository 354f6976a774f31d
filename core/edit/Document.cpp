#include "edit/Document.h"

#include <algorithm>

#include "edit/Transaction.h"

namespace rw {

Document::Document(Model model) : model_(std::move(model)) {}

Transaction Document::begin(std::string description) { return Transaction(*this, std::move(description)); }

std::string Document::undoText() const { return canUndo() ? history_[cursor_ - 1].description : std::string(); }
std::string Document::redoText() const { return canRedo() ? history_[cursor_].description : std::string(); }

void Document::pushStep(UndoStep step) {
    history_.resize(cursor_);  // a new edit discards the redo branch
    if (savedCursor_ && *savedCursor_ > cursor_) savedCursor_.reset();
    history_.push_back(std::move(step));
    cursor_ = history_.size();
    notify(changesOf(history_.back(), true));
}

bool Document::undo() {
    if (!canUndo() || transactionOpen_) return false;
    const UndoStep& step = history_[--cursor_];
    for (auto it = step.changes.rbegin(); it != step.changes.rend(); ++it)
        applyEntity(model_, it->kind, it->id, it->before);
    if (step.siteBefore) model_.site = *step.siteBefore;
    notify(changesOf(step, false));
    return true;
}

bool Document::redo() {
    if (!canRedo() || transactionOpen_) return false;
    const UndoStep& step = history_[cursor_++];
    for (const auto& c : step.changes) applyEntity(model_, c.kind, c.id, c.after);
    if (step.siteAfter) model_.site = *step.siteAfter;
    notify(changesOf(step, true));
    return true;
}

void Document::clearHistory() {
    const bool clean = !isModified();
    history_.clear();
    cursor_ = 0;
    savedCursor_ = clean ? std::optional<std::size_t>(0) : std::nullopt;
}

void Document::reset(Model model) {
    model_ = std::move(model);
    history_.clear();
    cursor_ = 0;
    savedCursor_ = 0;
    ChangeSet all;
    all.siteChanged = true;
    model_.forEachTable([&](const auto& table) {
        using T = typename std::decay_t<decltype(table)>::Value;
        auto& ids = all.added[ChangeSet::index(EntityTraits<T>::kind)];
        table.forEach([&](auto id, const auto&) { ids.push_back(id.value); });
    });
    notify(all);
}

ChangeSet Document::changesOf(const UndoStep& step, bool forward) {
    ChangeSet cs;
    cs.siteChanged = step.siteAfter.has_value();
    for (const auto& c : step.changes) {
        const bool existed = forward ? c.before.has_value() : c.after.has_value();
        const bool exists = forward ? c.after.has_value() : c.before.has_value();
        const auto k = ChangeSet::index(c.kind);
        if (!existed && exists) cs.added[k].push_back(c.id);
        else if (existed && !exists) cs.removed[k].push_back(c.id);
        else if (existed && exists) cs.modified[k].push_back(c.id);
    }
    return cs;
}

Document::SubscriptionId Document::subscribe(Listener listener) {
    const auto id = nextSubscription_++;
    listeners_.emplace_back(id, std::move(listener));
    return id;
}

void Document::unsubscribe(SubscriptionId id) {
    std::erase_if(listeners_, [id](const auto& l) { return l.first == id; });
}

void Document::notify(const ChangeSet& changes) {
    // Copy: a listener may subscribe or unsubscribe while being called.
    const auto listeners = listeners_;
    for (const auto& [id, listener] : listeners) listener(changes);
}

}  // namespace rw
