#pragma once
// What one commit, undo or redo changed, by entity kind. Views and derived computations
// (routes, totals, findings) subscribe to these reports and update only what changed.
#include <array>
#include <cstdint>
#include <vector>

#include "model/Model.h"

namespace rw {

struct EntityRef {
    EntityKind kind = EntityKind::Rack;
    std::uint32_t id = 0;
    friend constexpr bool operator==(EntityRef, EntityRef) noexcept = default;
};

struct ChangeSet {
    using IdList = std::vector<std::uint32_t>;
    std::array<IdList, kEntityKindCount> added;
    std::array<IdList, kEntityKindCount> removed;
    std::array<IdList, kEntityKindCount> modified;
    bool siteChanged = false;

    [[nodiscard]] const IdList& addedOf(EntityKind k) const noexcept { return added[index(k)]; }
    [[nodiscard]] const IdList& removedOf(EntityKind k) const noexcept { return removed[index(k)]; }
    [[nodiscard]] const IdList& modifiedOf(EntityKind k) const noexcept { return modified[index(k)]; }
    /// True when nothing of this kind was added, removed or modified.
    [[nodiscard]] bool untouched(EntityKind k) const noexcept {
        return addedOf(k).empty() && removedOf(k).empty() && modifiedOf(k).empty();
    }
    [[nodiscard]] bool empty() const noexcept {
        if (siteChanged) return false;
        for (std::size_t k = 0; k < kEntityKindCount; ++k)
            if (!added[k].empty() || !removed[k].empty() || !modified[k].empty()) return false;
        return true;
    }
    static constexpr std::size_t index(EntityKind k) noexcept { return static_cast<std::size_t>(k); }
};

}  // namespace rw
