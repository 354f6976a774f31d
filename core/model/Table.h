#pragma once
// A table of one entity type indexed by its id. Deleting leaves a tombstone so ids are never
// reused: an id stays valid across undo/redo and through save/open. Lookups are O(1) array reads
// and rows live contiguously, which is what a million ports need.
#include <cassert>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace rw {

template <class T, class IdT>
class Table final {
public:
    using Id = IdT;
    using Value = T;

    /// Appends a new row and returns its id.
    IdT add(T value) {
        rows_.push_back(std::move(value));
        alive_.push_back(1);
        ++liveCount_;
        return IdT(static_cast<std::uint32_t>(rows_.size() - 1));
    }

    /// Writes a row at a given id (used by undo/redo and loading); grows the table as needed.
    void put(IdT id, T value) {
        if (id.value >= rows_.size()) {
            rows_.resize(id.value + 1);
            alive_.resize(id.value + 1, 0);
        }
        if (!alive_[id.value]) ++liveCount_;
        rows_[id.value] = std::move(value);
        alive_[id.value] = 1;
    }

    void erase(IdT id) {
        assert(contains(id));
        alive_[id.value] = 0;
        rows_[id.value] = T{};  // release owned memory (names, polygons)
        --liveCount_;
    }

    [[nodiscard]] bool contains(IdT id) const noexcept {
        return id.value < alive_.size() && alive_[id.value] != 0;
    }
    [[nodiscard]] const T& operator[](IdT id) const noexcept {
        assert(contains(id));
        return rows_[id.value];
    }
    [[nodiscard]] T& operator[](IdT id) noexcept {
        assert(contains(id));
        return rows_[id.value];
    }
    [[nodiscard]] const T* find(IdT id) const noexcept { return contains(id) ? &rows_[id.value] : nullptr; }
    [[nodiscard]] std::optional<T> get(IdT id) const { return contains(id) ? std::optional<T>(rows_[id.value]) : std::nullopt; }

    /// Number of live rows.
    [[nodiscard]] std::size_t size() const noexcept { return liveCount_; }
    /// One past the highest id ever handed out (live or dead).
    [[nodiscard]] std::uint32_t capacity() const noexcept { return static_cast<std::uint32_t>(rows_.size()); }
    [[nodiscard]] bool empty() const noexcept { return liveCount_ == 0; }
    void reserve(std::size_t n) {
        rows_.reserve(n);
        alive_.reserve(n);
    }
    void clear() {
        rows_.clear();
        alive_.clear();
        liveCount_ = 0;
    }

    /// Visits live rows in id order: f(IdT, const T&).
    template <class F>
    void forEach(F&& f) const {
        for (std::uint32_t i = 0; i < rows_.size(); ++i)
            if (alive_[i]) f(IdT(i), rows_[i]);
    }

    /// Live ids in ascending order.
    [[nodiscard]] std::vector<IdT> ids() const {
        std::vector<IdT> out;
        out.reserve(liveCount_);
        forEach([&](IdT id, const T&) { out.push_back(id); });
        return out;
    }

    friend bool operator==(const Table& a, const Table& b) {
        if (a.liveCount_ != b.liveCount_) return false;
        const std::uint32_t n = std::max(a.capacity(), b.capacity());
        for (std::uint32_t i = 0; i < n; ++i) {
            const bool la = a.contains(IdT(i)), lb = b.contains(IdT(i));
            if (la != lb) return false;
            if (la && !(a.rows_[i] == b.rows_[i])) return false;
        }
        return true;
    }

private:
    std::vector<T> rows_;
    std::vector<std::uint8_t> alive_;
    std::size_t liveCount_ = 0;
};

}  // namespace rw
