#pragma once
// The one place edits go through. A Document owns the authored Model and its undo history;
// every change is made inside a Transaction, pushed as one undo step with a description
// ("Move rack R12"), and reported to subscribers as a ChangeSet.
// Derived data (routes, lengths, totals, findings, BOM) is never stored here: subscribers
// recompute it from the ChangeSet.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "edit/ChangeSet.h"
#include "edit/EntityValue.h"
#include "model/Model.h"

namespace rw {

class Transaction;

/// One entity's value before and after a step (empty = did not exist).
struct EntityChange {
    EntityKind kind;
    std::uint32_t id;
    std::optional<EntityValue> before;
    std::optional<EntityValue> after;
};

/// One undo step.
struct UndoStep {
    std::string description;
    std::vector<EntityChange> changes;
    std::optional<Site> siteBefore;
    std::optional<Site> siteAfter;
};

class Document final {
public:
    using Listener = std::function<void(const ChangeSet&)>;
    using SubscriptionId = std::uint64_t;

    explicit Document(Model model = {});
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    [[nodiscard]] const Model& model() const noexcept { return model_; }

    /// Starts a transaction; at most one is open at a time.
    [[nodiscard]] Transaction begin(std::string description);

    [[nodiscard]] bool canUndo() const noexcept { return cursor_ > 0; }
    [[nodiscard]] bool canRedo() const noexcept { return cursor_ < history_.size(); }
    /// Description of the step undo would revert ("Move rack R12"), empty if none.
    [[nodiscard]] std::string undoText() const;
    [[nodiscard]] std::string redoText() const;
    bool undo();
    bool redo();
    [[nodiscard]] std::size_t historySize() const noexcept { return history_.size(); }
    void clearHistory();

    /// Whether the model differs from what was last saved (or loaded).
    [[nodiscard]] bool isModified() const noexcept { return !savedCursor_ || *savedCursor_ != cursor_; }
    void markSaved() noexcept { savedCursor_ = cursor_; }

    /// Replaces the whole model (open, generate); clears history and reports everything as changed.
    void reset(Model model);

    SubscriptionId subscribe(Listener listener);
    void unsubscribe(SubscriptionId id);

private:
    friend class Transaction;
    Model& mutableModel() noexcept { return model_; }
    void pushStep(UndoStep step);
    void notify(const ChangeSet& changes);
    static ChangeSet changesOf(const UndoStep& step, bool forward);

    Model model_;
    std::vector<UndoStep> history_;
    std::size_t cursor_ = 0;                 // steps [0, cursor_) are applied
    std::optional<std::size_t> savedCursor_ = 0;  // empty: the saved state was dropped from history
    std::vector<std::pair<SubscriptionId, Listener>> listeners_;
    SubscriptionId nextSubscription_ = 1;
    bool transactionOpen_ = false;
};

}  // namespace rw
