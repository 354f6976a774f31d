#include "generator/FatTreePlan.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

#include <fmt/format.h>

namespace rw {

std::string_view fatTreeLevelName(int level) noexcept {
    switch (level) {
    case 1: return "leaf";
    case 2: return "spine";
    case 3: return "core";
    case 4: return "super-core";
    default: return "unknown";
    }
}

FatTreePlan::FatTreePlan(const FatTreeRequest& resolved, std::int64_t suCount, std::int64_t capacitySus,
                         std::vector<FatTreeTier> tiers)
    : request_(resolved), suCount_(suCount), capacitySus_(capacitySus), tiers_(std::move(tiers)) {}

std::int64_t FatTreePlan::switchCount(int level) const noexcept {
    return level >= 1 && level <= tierCount() ? tiers_[static_cast<std::size_t>(level - 1)].switches : 0;
}

std::int64_t FatTreePlan::totalSwitches() const noexcept {
    std::int64_t total = 0;
    for (const FatTreeTier& t : tiers_) total += t.switches;
    return total;
}

std::int64_t FatTreePlan::susPerPod() const noexcept {
    if (tierCount() < 2) return 0;
    return tier(2).childBlocksPerBlock / rails();
}

std::int64_t FatTreePlan::switchLinkCount(int lowerLevel) const noexcept {
    if (lowerLevel < 1 || lowerLevel >= tierCount()) return 0;
    const FatTreeTier& t = tiers_[static_cast<std::size_t>(lowerLevel - 1)];
    return t.switches * t.upPorts;
}

FabricPort FatTreePlan::slotPort(std::int64_t slot, int rail) const {
    if (slot < 0 || slot >= slotCount())
        throw std::out_of_range(fmt::format("node slot {} outside 0..{}", slot, slotCount() - 1));
    if (rail < 0 || rail >= rails())
        throw std::out_of_range(fmt::format("rail {} outside 0..{}", rail, rails() - 1));
    return slotPortUnchecked(slot, rail);
}

FabricPort FatTreePlan::nodePort(std::int64_t node, int rail) const {
    if (node < 0 || node >= nodes())
        throw std::out_of_range(fmt::format("node {} outside 0..{}", node, nodes() - 1));
    return slotPort(slotOfNode(node), rail);
}

FabricPort FatTreePlan::reservedSlotPort(int reserved, int rail) const {
    if (reserved < 0 || reserved >= reservedSlots())
        throw std::out_of_range(fmt::format("reserved slot {} outside 0..{}", reserved, reservedSlots() - 1));
    return slotPort(slotOfReserved(reserved), rail);
}

namespace {

// How many of [first, first + count) fall inside [lo, hi).
std::int64_t overlap(std::int64_t first, std::int64_t count, std::int64_t lo, std::int64_t hi) noexcept {
    return std::max<std::int64_t>(0, std::min(first + count, hi) - std::max(first, lo));
}

}  // namespace

int FatTreePlan::cabledDownPorts(int level, std::int64_t switchIndex) const {
    const FatTreeTier& t = tier(level);
    if (switchIndex < 0 || switchIndex >= t.switches)
        throw std::out_of_range(fmt::format("{} {} outside 0..{}", fatTreeLevelName(level), switchIndex, t.switches - 1));
    if (level == 1) {
        const std::int64_t S = nodeSlotsPerSu();
        const std::int64_t first = (switchIndex / rails()) * S;
        const std::int64_t reservedFirst = slotCount() - reservedSlots();
        return static_cast<int>(overlap(first, S, 0, nodes()) + overlap(first, S, reservedFirst, slotCount()));
    }
    // Only the last block of a level can be partial: it holds the remainder of the blocks below.
    const FatTreeTier& below = tier(level - 1);
    const std::int64_t block = switchIndex / t.switchesPerBlock;
    const std::int64_t present = std::min(t.childBlocksPerBlock, below.blocks - block * t.childBlocksPerBlock);
    return static_cast<int>(present * t.linksPerPair);
}

std::vector<SwitchLink> FatTreePlan::switchLinks() const {
    std::vector<SwitchLink> links;
    std::int64_t total = 0;
    for (int level = 1; level < tierCount(); ++level) total += switchLinkCount(level);
    links.reserve(static_cast<std::size_t>(total));
    forEachSwitchLink([&links](const SwitchLink& link) { links.push_back(link); });
    return links;
}

}  // namespace rw
