#pragma once
// The planned compute fabric: a rail-optimized fat tree described by a handful of numbers per
// tier, not by per-link objects. The links are enumerated on demand (forEachBundle,
// forEachSwitchLink, forEachNodeLink) so the generator can create Link objects straight from the
// plan without a temporary copy; a 16,384-link tier costs a few integers here.
//
// Numbering (all zero-based; docs/fabric-rules.md has the arithmetic and worked examples):
//  - levels: 1 = leaf, 2 = spine, 3 = core, 4 = super-core. The top level has no uplinks.
//  - node n sits in node slot n; reserved slots take the last slots of the fabric. Slot g belongs
//    to SU g / S at position g % S (S = node slots per SU).
//  - leaf of SU s and rail r: s * rails + r. Rail r of the node in position j is leaf port j.
//  - switch i of a level is switch (i % switchesPerBlock) of block (i / switchesPerBlock). Leaves
//    are blocks of one; a spine block is a pod (whole consecutive SUs); a core block in a
//    4-tier fabric is a group of pods. The top level is a single block.
//  - ports [0, downPorts) face the level below, [downPorts, downPorts + upPorts) face the level above.
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "generator/FatTreeRequest.h"

namespace rw {

// The name a level goes by in stats and switch names: "leaf", "spine", "core", "super-core".
[[nodiscard]] std::string_view fatTreeLevelName(int level) noexcept;

// All switches of one level are alike, so one record describes the whole level.
struct FatTreeTier {
    int level = 0;
    std::int64_t switches = 0;          // blocks * switchesPerBlock
    std::int64_t blocks = 0;
    std::int64_t switchesPerBlock = 0;
    int downPorts = 0;                  // per switch, allocated (node slots on a leaf)
    int upPorts = 0;                    // per switch; 0 at the top level
    // How this level is wired to the level below (level >= 2; zero on leaves):
    std::int64_t childBlocksPerBlock = 0;  // a pod holds this many leaves, a core block this many pods
    int switchesPerChild = 0;              // each switch below connects to this many switches here
    int linksPerPair = 0;                  // parallel links between one such pair, the same for every pair

    [[nodiscard]] int portsUsed() const noexcept { return downPorts + upPorts; }
};

// One end of a link: which switch (level and index within the level) and which of its ports.
struct FabricPort {
    int level = 0;
    std::int64_t switchIndex = 0;
    int port = 0;
    friend constexpr bool operator==(const FabricPort&, const FabricPort&) noexcept = default;
};

// One switch-to-switch link; lower.level + 1 == upper.level.
struct SwitchLink {
    FabricPort lower;
    FabricPort upper;
};

// The parallel links between one lower switch and one upper switch; the ports at each end are
// consecutive from firstLowerPort and firstUpperPort.
struct LinkBundle {
    int lowerLevel = 0;
    std::int64_t lowerSwitch = 0;
    std::int64_t upperSwitch = 0;
    int links = 0;
    int firstLowerPort = 0;
    int firstUpperPort = 0;
};

class FatTreePlan final {
public:
    // Built by planFatTree (FatTreePlanner.h), which checks every rule; tiers[i] is level i + 1.
    FatTreePlan(const FatTreeRequest& resolved, std::int64_t suCount, std::int64_t capacitySus,
                std::vector<FatTreeTier> tiers);

    // The request with every default resolved (nodeSlotsPerSu and tiers are never 0 here).
    [[nodiscard]] const FatTreeRequest& request() const noexcept { return request_; }
    [[nodiscard]] int tierCount() const noexcept { return static_cast<int>(tiers_.size()); }
    [[nodiscard]] std::span<const FatTreeTier> tiers() const noexcept { return tiers_; }
    // level is 1-based; precondition 1 <= level <= tierCount().
    [[nodiscard]] const FatTreeTier& tier(int level) const { return tiers_.at(static_cast<std::size_t>(level - 1)); }
    // 0 for a level the fabric does not have.
    [[nodiscard]] std::int64_t switchCount(int level) const noexcept;
    [[nodiscard]] std::int64_t leafCount() const noexcept { return switchCount(1); }
    [[nodiscard]] std::int64_t spineCount() const noexcept { return switchCount(2); }
    [[nodiscard]] std::int64_t coreCount() const noexcept { return switchCount(3); }
    [[nodiscard]] std::int64_t totalSwitches() const noexcept;

    [[nodiscard]] std::int64_t nodes() const noexcept { return request_.nodes; }
    [[nodiscard]] int rails() const noexcept { return request_.railsPerNode; }
    [[nodiscard]] int radix() const noexcept { return request_.switchRadix; }
    [[nodiscard]] int nodeSlotsPerSu() const noexcept { return request_.nodeSlotsPerSu; }
    [[nodiscard]] int reservedSlots() const noexcept { return request_.reservedNodeSlots; }
    [[nodiscard]] std::int64_t suCount() const noexcept { return suCount_; }
    [[nodiscard]] std::int64_t slotCount() const noexcept { return suCount_ * request_.nodeSlotsPerSu; }
    // The most SUs these switches and tiers can hold (room to grow without a new tier).
    [[nodiscard]] std::int64_t capacitySus() const noexcept { return capacitySus_; }
    // Pods (spine blocks): 1 in a 2-tier fabric, 0 in a 1-tier one.
    [[nodiscard]] std::int64_t podCount() const noexcept { return tierCount() >= 2 ? tier(2).blocks : 0; }
    [[nodiscard]] std::int64_t susPerPod() const noexcept;

    // Node-side links of compute nodes (reserved slots are the appliance's business: a UFM
    // appliance may use only some rails).
    [[nodiscard]] std::int64_t nodeLinkCount() const noexcept { return request_.nodes * request_.railsPerNode; }
    // Links between lowerLevel and lowerLevel + 1; 0 when there is no such pair of levels.
    [[nodiscard]] std::int64_t switchLinkCount(int lowerLevel) const noexcept;

    [[nodiscard]] std::int64_t leafIndex(std::int64_t su, int rail) const noexcept { return su * rails() + rail; }
    [[nodiscard]] std::int64_t slotOfNode(std::int64_t node) const noexcept { return node; }
    [[nodiscard]] std::int64_t slotOfReserved(int reserved) const noexcept { return slotCount() - reservedSlots() + reserved; }
    [[nodiscard]] std::int64_t suOfSlot(std::int64_t slot) const noexcept { return slot / nodeSlotsPerSu(); }
    // Where rail `rail` of a slot, a node or a reserved slot plugs in (a leaf port).
    // Preconditions: indices in range (checked; std::out_of_range otherwise).
    [[nodiscard]] FabricPort slotPort(std::int64_t slot, int rail) const;
    [[nodiscard]] FabricPort nodePort(std::int64_t node, int rail) const;
    [[nodiscard]] FabricPort reservedSlotPort(int reserved, int rail) const;

    // Down ports of a switch that are actually cabled: occupied node slots (nodes and reserved)
    // on a leaf, links to switches that exist on the levels above. Never more than downPorts.
    [[nodiscard]] int cabledDownPorts(int level, std::int64_t switchIndex) const;

    // visit(std::int64_t node, int rail, const FabricPort& leafPort) for every compute node link.
    template <class Visit>
    void forEachNodeLink(Visit&& visit) const {
        for (std::int64_t node = 0; node < nodes(); ++node)
            for (int rail = 0; rail < rails(); ++rail) visit(node, rail, slotPortUnchecked(node, rail));
    }

    // visit(const LinkBundle&) for every connected (lower switch, upper switch) pair, level by
    // level from the leaves up, each lower switch's bundles in uplink-port order.
    template <class Visit>
    void forEachBundle(Visit&& visit) const {
        for (int lower = 1; lower < tierCount(); ++lower) {
            const FatTreeTier& below = tier(lower);
            const FatTreeTier& above = tier(lower + 1);
            for (std::int64_t sw = 0; sw < below.switches; ++sw) {
                const std::int64_t block = sw / below.switchesPerBlock;
                const std::int64_t plane = sw % below.switchesPerBlock;
                const std::int64_t parentBlock = block / above.childBlocksPerBlock;
                const auto position = static_cast<int>(block % above.childBlocksPerBlock);
                const std::int64_t firstParent = parentBlock * above.switchesPerBlock + plane * above.switchesPerChild;
                for (int i = 0; i < above.switchesPerChild; ++i)
                    visit(LinkBundle{lower, sw, firstParent + i, above.linksPerPair,
                                     below.downPorts + i * above.linksPerPair, position * above.linksPerPair});
            }
        }
    }

    // visit(const SwitchLink&) for every switch-to-switch link, in forEachBundle order.
    template <class Visit>
    void forEachSwitchLink(Visit&& visit) const {
        forEachBundle([&visit](const LinkBundle& b) {
            for (int j = 0; j < b.links; ++j)
                visit(SwitchLink{{b.lowerLevel, b.lowerSwitch, b.firstLowerPort + j},
                                 {b.lowerLevel + 1, b.upperSwitch, b.firstUpperPort + j}});
        });
    }

    // Every switch-to-switch link as an object, for small fabrics and tests; prefer the visitors.
    [[nodiscard]] std::vector<SwitchLink> switchLinks() const;

private:
    [[nodiscard]] FabricPort slotPortUnchecked(std::int64_t slot, int rail) const noexcept {
        return {1, leafIndex(suOfSlot(slot), rail), static_cast<int>(slot % nodeSlotsPerSu())};
    }

    FatTreeRequest request_;
    std::int64_t suCount_ = 0;
    std::int64_t capacitySus_ = 0;
    std::vector<FatTreeTier> tiers_;
};

}  // namespace rw
