// Invariants of the fat-tree planner over many randomly drawn requests (fixed seed, so a failure
// reproduces): checked by enumerating the plan's links, not by trusting its summary numbers.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include "generator/FatTreePlanner.h"
#include "util/Errors.h"

namespace rw {
namespace {

std::int64_t ceilDiv(std::int64_t a, std::int64_t b) { return (a + b - 1) / b; }

std::string describe(const FatTreeRequest& r) {
    return "nodes=" + std::to_string(r.nodes) + " rails=" + std::to_string(r.railsPerNode) +
           " radix=" + std::to_string(r.switchRadix) + " S=" + std::to_string(r.nodeSlotsPerSu) +
           " tiers=" + std::to_string(r.tiers) + " ratio=" + std::to_string(r.oversubscription.down) + ":" +
           std::to_string(r.oversubscription.up) + " reserved=" + std::to_string(r.reservedNodeSlots);
}

// Port occupancy of every switch of every level, filled from the enumerated links.
class PortBook {
public:
    explicit PortBook(const FatTreePlan& plan) : plan_(plan) {
        for (const FatTreeTier& t : plan.tiers())
            used_.emplace_back(static_cast<std::size_t>(t.switches * plan.radix()), char{0});
    }
    // Marks a port used; false when it is out of range or already used.
    bool take(const FabricPort& p) {
        if (p.level < 1 || p.level > plan_.tierCount()) return false;
        if (p.switchIndex < 0 || p.switchIndex >= plan_.switchCount(p.level)) return false;
        if (p.port < 0 || p.port >= plan_.radix()) return false;
        auto bit = used_[static_cast<std::size_t>(p.level - 1)].begin() + p.switchIndex * plan_.radix() + p.port;
        if (*bit) return false;
        *bit = 1;
        return true;
    }

private:
    const FatTreePlan& plan_;
    std::vector<std::vector<char>> used_;
};

void checkPlan(const FatTreeRequest& request, const FatTreePlan& plan) {
    const int k = request.switchRadix;
    const int R = request.railsPerNode;
    const int S = plan.nodeSlotsPerSu();
    const Oversubscription o = request.oversubscription;
    if (request.nodeSlotsPerSu != 0) {
        EXPECT_EQ(S, request.nodeSlotsPerSu);
    }
    if (request.tiers != 0) {
        EXPECT_EQ(plan.tierCount(), request.tiers);
    }
    EXPECT_GE(plan.tierCount(), request.tiers == 1 ? 1 : 2);

    // Leaves = SUs x rails, SUs = slots rounded up to whole SUs.
    EXPECT_EQ(plan.suCount(), ceilDiv(request.nodes + request.reservedNodeSlots, S));
    EXPECT_EQ(plan.leafCount(), plan.suCount() * R);

    // No switch over its radix; the ratio holds at the leaves, 1:1 above them.
    for (const FatTreeTier& t : plan.tiers()) {
        EXPECT_LE(t.portsUsed(), k) << fatTreeLevelName(t.level);
        EXPECT_EQ(t.switches, t.blocks * t.switchesPerBlock);
    }
    const FatTreeTier& leaf = plan.tier(1);
    EXPECT_EQ(leaf.downPorts, S);
    if (plan.tierCount() > 1) {
        if (o.down == o.up) {
            EXPECT_EQ(leaf.upPorts, leaf.downPorts);
        } else {
            EXPECT_LE(std::int64_t{leaf.downPorts} * o.up, std::int64_t{leaf.upPorts} * o.down);
            EXPECT_GT(std::int64_t{leaf.downPorts} * o.up, std::int64_t{leaf.upPorts - 1} * o.down);
        }
    }
    for (int level = 2; level < plan.tierCount(); ++level) EXPECT_EQ(plan.tier(level).upPorts, plan.tier(level).downPorts);
    EXPECT_EQ(plan.tier(plan.tierCount()).upPorts, 0);

    // The loops below count violations instead of asserting per link: a gtest macro per link
    // would make the suite slow, and one mismatch per kind is enough to point at the bug.
    PortBook ports(plan);
    // Node links: rails aligned within the SU, each leaf port used once.
    std::int64_t nodeLinks = 0;
    std::int64_t misplacedNodeLinks = 0;
    std::int64_t reusedPorts = 0;
    plan.forEachNodeLink([&](std::int64_t node, int rail, const FabricPort& p) {
        ++nodeLinks;
        if (p.level != 1 || p.switchIndex != (node / S) * R + rail || p.port != node % S) ++misplacedNodeLinks;
        if (!ports.take(p)) ++reusedPorts;
    });
    EXPECT_EQ(nodeLinks, request.nodes * R);
    EXPECT_EQ(misplacedNodeLinks, 0);
    for (int j = 0; j < request.reservedNodeSlots; ++j)
        for (int rail = 0; rail < R; ++rail)
            if (!ports.take(plan.reservedSlotPort(j, rail))) ++reusedPorts;

    // Switch links: each port once, on the right side of the switch; every pair the same count.
    const auto levels = static_cast<std::size_t>(plan.tierCount());
    std::vector<std::vector<int>> up(levels);
    std::vector<std::vector<int>> down(levels);
    std::vector<std::vector<std::int64_t>> pairKeys(levels);
    for (int level = 1; level <= plan.tierCount(); ++level) {
        up[static_cast<std::size_t>(level - 1)].assign(static_cast<std::size_t>(plan.switchCount(level)), 0);
        down[static_cast<std::size_t>(level - 1)].assign(static_cast<std::size_t>(plan.switchCount(level)), 0);
    }
    std::int64_t wrongSide = 0;
    plan.forEachSwitchLink([&](const SwitchLink& l) {
        const auto lower = static_cast<std::size_t>(l.lower.level - 1);
        if (l.upper.level != l.lower.level + 1 || l.lower.port < plan.tier(l.lower.level).downPorts ||
            l.upper.port >= plan.tier(l.upper.level).downPorts)
            ++wrongSide;
        if (!ports.take(l.lower)) ++reusedPorts;
        if (!ports.take(l.upper)) ++reusedPorts;
        ++up[lower][static_cast<std::size_t>(l.lower.switchIndex)];
        ++down[lower + 1][static_cast<std::size_t>(l.upper.switchIndex)];
        pairKeys[lower].push_back(l.lower.switchIndex * plan.switchCount(l.upper.level) + l.upper.switchIndex);
    });
    EXPECT_EQ(wrongSide, 0);
    EXPECT_EQ(reusedPorts, 0);
    for (int level = 1; level < plan.tierCount(); ++level) {
        std::vector<std::int64_t>& keys = pairKeys[static_cast<std::size_t>(level - 1)];
        EXPECT_EQ(static_cast<std::int64_t>(keys.size()), plan.switchLinkCount(level));
        std::sort(keys.begin(), keys.end());
        std::int64_t unevenPairs = 0;
        for (std::size_t i = 0; i < keys.size();) {
            std::size_t j = i;
            while (j < keys.size() && keys[j] == keys[i]) ++j;
            if (static_cast<int>(j - i) != plan.tier(level + 1).linksPerPair) ++unevenPairs;
            i = j;
        }
        EXPECT_EQ(unevenPairs, 0) << "level " << level;
    }
    // Every uplink is cabled (full SU and full pod built); downlinks match cabledDownPorts.
    for (int level = 1; level <= plan.tierCount(); ++level) {
        const FatTreeTier& t = plan.tier(level);
        std::int64_t wrongCounts = 0;
        for (std::int64_t s = 0; s < t.switches; ++s) {
            const auto i = static_cast<std::size_t>(s);
            const int cabled = plan.cabledDownPorts(level, s);
            if (up[static_cast<std::size_t>(level - 1)][i] != t.upPorts || cabled > t.downPorts ||
                (level > 1 && down[static_cast<std::size_t>(level - 1)][i] != cabled))
                ++wrongCounts;
        }
        EXPECT_EQ(wrongCounts, 0) << fatTreeLevelName(level);
    }
}

// Fat-tree property: from the first and the last top switch, going down reaches every leaf.
void checkTopReachesEveryLeaf(const FatTreePlan& plan) {
    if (plan.tierCount() < 2) return;
    const int T = plan.tierCount();
    std::vector<std::vector<std::vector<std::int64_t>>> children(static_cast<std::size_t>(T));
    for (int level = 2; level <= T; ++level)
        children[static_cast<std::size_t>(level - 1)].resize(static_cast<std::size_t>(plan.switchCount(level)));
    plan.forEachBundle([&](const LinkBundle& b) {
        children[static_cast<std::size_t>(b.lowerLevel)][static_cast<std::size_t>(b.upperSwitch)].push_back(b.lowerSwitch);
    });
    for (std::int64_t top : {std::int64_t{0}, plan.switchCount(T) - 1}) {
        std::vector<std::int64_t> frontier{top};
        for (int level = T; level > 1; --level) {
            std::vector<char> seen(static_cast<std::size_t>(plan.switchCount(level - 1)), 0);
            std::vector<std::int64_t> next;
            for (std::int64_t s : frontier)
                for (std::int64_t c : children[static_cast<std::size_t>(level - 1)][static_cast<std::size_t>(s)])
                    if (!seen[static_cast<std::size_t>(c)]) {
                        seen[static_cast<std::size_t>(c)] = 1;
                        next.push_back(c);
                    }
            frontier = std::move(next);
        }
        EXPECT_EQ(static_cast<std::int64_t>(frontier.size()), plan.leafCount()) << "top switch " << top;
    }
}

FatTreeRequest drawRequest(std::mt19937_64& rng) {
    auto pick = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    static constexpr int kRadixes[] = {6, 8, 12, 16, 18, 24, 32, 36, 40, 48, 64};
    static constexpr Oversubscription kRatios[] = {{1, 1}, {1, 1}, {2, 1}, {3, 1}, {3, 2}, {5, 4}};
    FatTreeRequest r;
    r.switchRadix = kRadixes[pick(0, std::size(kRadixes) - 1)];
    r.railsPerNode = pick(1, std::min(8, r.switchRadix / 2));
    r.oversubscription = kRatios[pick(0, std::size(kRatios) - 1)];
    r.tiers = pick(0, 5) <= 1 ? 0 : pick(1, 4);
    r.reservedNodeSlots = pick(0, 2);
    const int derived = deriveNodeSlotsPerSu(r.switchRadix, r.oversubscription, r.tiers == 0 ? 2 : r.tiers);
    r.nodeSlotsPerSu = pick(0, 2) == 0 ? pick(1, derived) : 0;
    // Sizes up to a little beyond the capacity of the tiers (or of 3 tiers for auto), capped to
    // keep the test fast; about one draw in six lands beyond the limit.
    const int slots = r.nodeSlotsPerSu == 0 ? derived : r.nodeSlotsPerSu;
    const std::int64_t capacity =
        fatTreeMaxSus(r.switchRadix, r.railsPerNode, r.tiers == 0 ? 3 : r.tiers) * slots;
    const std::int64_t most = std::min<std::int64_t>(capacity + capacity / 5 + 1, 4000 / r.railsPerNode);
    r.nodes = std::uniform_int_distribution<std::int64_t>(1, std::max<std::int64_t>(1, most))(rng);
    return r;
}

TEST(FatTreeInvariants, HoldForRandomRequests) {
    std::mt19937_64 rng(20261122);
    int planned = 0;
    int refused = 0;
    std::array<int, 5> plannedByTiers{};
    for (int i = 0; i < 250; ++i) {
        const FatTreeRequest r = drawRequest(rng);
        SCOPED_TRACE(describe(r));
        const int tiers = r.tiers == 0 ? 2 : r.tiers;
        const int slots = r.nodeSlotsPerSu == 0 ? deriveNodeSlotsPerSu(r.switchRadix, r.oversubscription, tiers)
                                                : r.nodeSlotsPerSu;
        const std::int64_t sus = ceilDiv(r.nodes + r.reservedNodeSlots, slots);
        try {
            const FatTreePlan plan = planFatTree(r);
            ++planned;
            ++plannedByTiers[static_cast<std::size_t>(plan.tierCount())];
            EXPECT_LE(sus, plan.capacitySus());
            checkPlan(r, plan);
            checkTopReachesEveryLeaf(plan);
        } catch (const InputError& e) {
            ++refused;
            const std::string message = e.what();
            // Refused only when beyond the limit, and the message names that limit.
            const int limitTiers = r.tiers == 0 ? 4 : r.tiers;
            const std::int64_t maxSus = fatTreeMaxSus(r.switchRadix, r.railsPerNode, limitTiers);
            EXPECT_GT(sus, maxSus) << message;
            const std::int64_t endpoints = maxSus * slots * r.railsPerNode;
            std::string limit = std::to_string(endpoints);
            for (int pos = static_cast<int>(limit.size()) - 3; pos > 0; pos -= 3) limit.insert(static_cast<std::size_t>(pos), ",");
            EXPECT_NE(message.find("at most " + limit + " endpoints"), std::string::npos) << message;
            // The limit is tight: the largest request within it is planned.
            FatTreeRequest atLimit = r;
            atLimit.nodes = maxSus * slots - r.reservedNodeSlots;
            if (atLimit.nodes >= 1 && maxSus > 0) {
                EXPECT_NO_THROW((void)planFatTree(atLimit)) << describe(atLimit);
            }
        }
    }
    EXPECT_GT(planned, 150);
    EXPECT_GT(refused, 10);
    for (int tiers = 1; tiers <= 4; ++tiers) EXPECT_GT(plannedByTiers[static_cast<std::size_t>(tiers)], 10) << tiers;
}

TEST(FatTreeInvariants, HoldForPublishedAndColossusPlans) {
    for (std::int64_t nodes : {31, 63, 95, 127, 256, 2048}) {
        FatTreeRequest r;
        r.nodes = nodes;
        r.railsPerNode = 8;
        r.switchRadix = 64;
        r.reservedNodeSlots = nodes < 256 ? 1 : 0;
        SCOPED_TRACE(describe(r));
        const FatTreePlan plan = planFatTree(r);
        checkPlan(r, plan);
        checkTopReachesEveryLeaf(plan);
    }
    FatTreeRequest colossus;
    colossus.nodes = 12'500;
    colossus.railsPerNode = 8;
    colossus.switchRadix = 128;
    const FatTreePlan plan = planFatTree(colossus);
    checkPlan(colossus, plan);
    checkTopReachesEveryLeaf(plan);
}

}  // namespace
}  // namespace rw
