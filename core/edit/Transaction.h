#pragma once
// A group of edits that becomes one undo step. Edits apply to the model at once, so later edits
// in the same transaction see them; commit() pushes the step and notifies subscribers, and a
// transaction destroyed without commit() rolls everything back.
#include <string>
#include <unordered_map>

#include "edit/Document.h"

namespace rw {

class EditError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Transaction final {
public:
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    ~Transaction();

    [[nodiscard]] const Model& model() const noexcept { return doc_->model(); }
    StringId intern(std::string_view text) { return doc_->mutableModel().strings.intern(text); }

    template <class T>
    typename EntityTraits<T>::TableType::Id add(T value) {
        auto& table = doc_->mutableModel().template table<T>();
        const auto id = table.add(std::move(value));
        record(EntityTraits<T>::kind, id.value, std::nullopt);
        return id;
    }

    /// Changes an entity in place: f(T&). Throws EditError if it does not exist.
    template <class T, class F>
    void modify(typename EntityTraits<T>::TableType::Id id, F&& f) {
        auto& table = doc_->mutableModel().template table<T>();
        if (!table.contains(id)) throw EditError(missing(EntityTraits<T>::label, id.value));
        record(EntityTraits<T>::kind, id.value, EntityValue(table[id]));
        f(table[id]);
    }

    template <class T>
    void remove(typename EntityTraits<T>::TableType::Id id) {
        auto& table = doc_->mutableModel().template table<T>();
        if (!table.contains(id)) throw EditError(missing(EntityTraits<T>::label, id.value));
        record(EntityTraits<T>::kind, id.value, EntityValue(table[id]));
        table.erase(id);
    }

    void setSite(Site site);

    /// Pushes the step (if anything changed) and notifies subscribers.
    void commit();
    /// Reverts every edit made so far; the transaction is then closed.
    void rollback();
    [[nodiscard]] bool empty() const noexcept { return step_.changes.empty() && !step_.siteAfter; }

private:
    friend class Document;
    Transaction(Document& doc, std::string description);
    /// Remembers the value before the first touch of (kind, id) in this transaction.
    void record(EntityKind kind, std::uint32_t id, std::optional<EntityValue> before);
    static std::string missing(std::string_view label, std::uint32_t id);

    Document* doc_;
    UndoStep step_;
    std::unordered_map<std::uint64_t, std::size_t> touched_;  // (kind,id) -> index in step_.changes
    bool open_ = true;
};

}  // namespace rw
