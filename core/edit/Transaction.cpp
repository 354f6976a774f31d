#include "edit/Transaction.h"

#include <algorithm>
#include <fmt/format.h>

namespace rw {

Transaction::Transaction(Document& doc, std::string description) : doc_(&doc) {
    if (doc.transactionOpen_) throw EditError("another transaction is already open");
    doc.transactionOpen_ = true;
    step_.description = std::move(description);
}

Transaction::Transaction(Transaction&& other) noexcept
    : doc_(other.doc_), step_(std::move(other.step_)), touched_(std::move(other.touched_)), open_(other.open_) {
    other.open_ = false;
}

Transaction::~Transaction() {
    if (open_) rollback();
}

std::string Transaction::missing(std::string_view label, std::uint32_t id) {
    return fmt::format("{} {} does not exist", label, id);
}

void Transaction::record(EntityKind kind, std::uint32_t id, std::optional<EntityValue> before) {
    if (!open_) throw EditError("transaction is closed");
    const std::uint64_t key = (static_cast<std::uint64_t>(kind) << 32) | id;
    if (touched_.contains(key)) return;  // keep the value from before the first touch
    touched_.emplace(key, step_.changes.size());
    step_.changes.push_back({kind, id, std::move(before), std::nullopt});
}

void Transaction::setSite(Site site) {
    if (!open_) throw EditError("transaction is closed");
    if (!step_.siteBefore) step_.siteBefore = doc_->model().site;
    doc_->mutableModel().site = std::move(site);
    step_.siteAfter = doc_->model().site;
}

void Transaction::commit() {
    if (!open_) throw EditError("transaction is closed");
    const Model& model = doc_->model();
    for (auto& c : step_.changes) c.after = readEntity(model, c.kind, c.id);
    // An entity set back to where it started is not a change.
    std::erase_if(step_.changes, [](const EntityChange& c) { return c.before == c.after; });
    if (step_.siteAfter && step_.siteBefore == step_.siteAfter) step_.siteBefore = step_.siteAfter = std::nullopt;
    open_ = false;
    doc_->transactionOpen_ = false;
    if (!empty()) doc_->pushStep(std::move(step_));
}

void Transaction::rollback() {
    if (!open_) return;
    Model& model = doc_->mutableModel();
    for (auto it = step_.changes.rbegin(); it != step_.changes.rend(); ++it)
        applyEntity(model, it->kind, it->id, it->before);
    if (step_.siteBefore) model.site = *step_.siteBefore;
    open_ = false;
    doc_->transactionOpen_ = false;
}

}  // namespace rw
