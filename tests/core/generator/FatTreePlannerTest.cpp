// The fat-tree planner against NVIDIA's published DGX SuperPOD counts, the 1-tier and oversubscribed
// variants, Colossus scale, and every kind of refusal.
#include <gtest/gtest.h>

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "generator/FatTreePlanner.h"
#include "util/Errors.h"

namespace rw {
namespace {

FatTreeRequest superPod(std::int64_t nodes, int reserved) {
    FatTreeRequest r;
    r.nodes = nodes;
    r.railsPerNode = 8;
    r.switchRadix = 64;  // QM9700: 64 x 400G NDR
    r.reservedNodeSlots = reserved;
    return r;
}

std::string refusal(const FatTreeRequest& r) {
    try {
        (void)planFatTree(r);
    } catch (const InputError& e) {
        return e.what();
    }
    ADD_FAILURE() << "request was not refused";
    return {};
}

struct Published {
    const char* source;
    std::int64_t nodes;
    int reserved;
    std::int64_t sus, leaves, spines, cores, leafSpineLinks, spineCoreLinks;
};

// DGX H100 RA table 4 (1..4 SU, one slot to UFM) and DGX B200 RA larger configurations (no UFM slot).
const std::vector<Published> kPublished = {
    {"H100 1 SU", 31, 1, 1, 8, 4, 0, 256, 0},
    {"H100 2 SU", 63, 1, 2, 16, 8, 0, 512, 0},
    {"H100 3 SU", 95, 1, 3, 24, 16, 0, 768, 0},
    {"H100 4 SU", 127, 1, 4, 32, 16, 0, 1024, 0},
    {"B200 2 SU", 64, 0, 2, 16, 8, 0, 512, 0},
    {"B200 4 SU", 128, 0, 4, 32, 16, 0, 1024, 0},
    {"B200 8 SU", 256, 0, 8, 64, 32, 0, 2048, 0},
    {"B200 16 SU", 512, 0, 16, 128, 128, 64, 4096, 4096},
    {"B200 32 SU", 1024, 0, 32, 256, 256, 128, 8192, 8192},
    {"B200 64 SU", 2048, 0, 64, 512, 512, 256, 16384, 16384},
};

TEST(FatTreePlanner, ReproducesPublishedSuperPodCounts) {
    for (const Published& p : kPublished) {
        SCOPED_TRACE(p.source);
        const FatTreePlan plan = planFatTree(superPod(p.nodes, p.reserved));
        EXPECT_EQ(plan.nodeSlotsPerSu(), 32);
        EXPECT_EQ(plan.tierCount(), p.cores == 0 ? 2 : 3);
        EXPECT_EQ(plan.suCount(), p.sus);
        EXPECT_EQ(plan.leafCount(), p.leaves);
        EXPECT_EQ(plan.spineCount(), p.spines);
        EXPECT_EQ(plan.coreCount(), p.cores);
        EXPECT_EQ(plan.switchLinkCount(1), p.leafSpineLinks);
        EXPECT_EQ(plan.switchLinkCount(2), p.spineCoreLinks);
        // Node-leaf links: every compute NIC port; the RA's "compute and UFM" column adds the
        // UFM appliance's 4 links (252 for 1 SU), which the generator wires to the reserved slot.
        EXPECT_EQ(plan.nodeLinkCount(), p.nodes * 8);
    }
}

TEST(FatTreePlanner, OneSuPlanHasEightLinksPerLeafSpinePairAndUfmInTheLastSlot) {
    const FatTreePlan plan = planFatTree(superPod(31, 1));
    ASSERT_EQ(plan.tierCount(), 2);
    EXPECT_EQ(plan.tier(1).downPorts, 32);
    EXPECT_EQ(plan.tier(1).upPorts, 32);
    EXPECT_EQ(plan.tier(2).linksPerPair, 8);
    EXPECT_EQ(plan.tier(2).switchesPerChild, 4);
    EXPECT_EQ(plan.tier(2).downPorts, 64);
    EXPECT_EQ(plan.reservedSlotPort(0, 3), (FabricPort{1, 3, 31}));
    EXPECT_EQ(plan.nodePort(30, 7), (FabricPort{1, 7, 30}));
    EXPECT_EQ(plan.cabledDownPorts(1, 0), 32);  // 31 nodes + UFM
}

TEST(FatTreePlanner, NodeOnRailRPlugsIntoLeafROfItsSu) {
    const FatTreePlan plan = planFatTree(superPod(127, 1));
    // node 70 is slot 70: SU 2, position 6.
    EXPECT_EQ(plan.nodePort(70, 5), (FabricPort{1, 2 * 8 + 5, 6}));
    EXPECT_EQ(plan.leafIndex(3, 7), 31);
    EXPECT_THROW((void)plan.nodePort(127, 0), std::out_of_range);
    EXPECT_THROW((void)plan.nodePort(0, 8), std::out_of_range);
}

TEST(FatTreePlanner, PartialSuBuildsTheFullSuOfLeavesAndUplinks) {
    const FatTreePlan plan = planFatTree(superPod(40, 1));  // 1 full SU + 9 nodes and the UFM in SU 2
    EXPECT_EQ(plan.suCount(), 2);
    EXPECT_EQ(plan.leafCount(), 16);
    EXPECT_EQ(plan.switchLinkCount(1), 16 * 32);
    EXPECT_EQ(plan.cabledDownPorts(1, 8), 8 + 1);  // nodes 32..39 and the UFM at slot 63
    EXPECT_EQ(plan.reservedSlotPort(0, 0), (FabricPort{1, 8, 31}));
}

TEST(FatTreePlanner, SixtyFourSuGroupsFourSusPerPodAndEightCoresPerSpinePlane) {
    const FatTreePlan plan = planFatTree(superPod(2048, 0));
    ASSERT_EQ(plan.tierCount(), 3);
    EXPECT_EQ(plan.susPerPod(), 4);
    EXPECT_EQ(plan.podCount(), 16);
    EXPECT_EQ(plan.tier(2).switchesPerBlock, 32);
    EXPECT_EQ(plan.tier(2).linksPerPair, 1);
    EXPECT_EQ(plan.tier(3).switchesPerChild, 8);
    EXPECT_EQ(plan.tier(3).linksPerPair, 4);
    for (const FatTreeTier& t : plan.tiers()) EXPECT_EQ(t.portsUsed(), 64) << fatTreeLevelName(t.level);
}

TEST(FatTreePlanner, MatchesTextbookFatTreeAtFullCapacity) {
    // k-port fat tree at 1:1: 2 tiers hold k^2/2 endpoints, 3 tiers k^3/4 (hardware-facts).
    for (int k : {64, 128}) {
        SCOPED_TRACE(k);
        const std::int64_t half = k / 2;
        FatTreeRequest two = superPod(half * k / 8, 0);
        two.switchRadix = k;
        const FatTreePlan p2 = planFatTree(two);
        EXPECT_EQ(p2.tierCount(), 2);
        EXPECT_EQ(p2.leafCount(), k);
        EXPECT_EQ(p2.spineCount(), half);
        EXPECT_EQ(p2.nodeLinkCount() + p2.switchLinkCount(1), std::int64_t{k} * k);
        two.nodes += 1;
        EXPECT_EQ(planFatTree(two).tierCount(), 3);

        FatTreeRequest three = superPod(std::int64_t{k} * k * k / 4 / 8, 0);
        three.switchRadix = k;
        const FatTreePlan p3 = planFatTree(three);
        EXPECT_EQ(p3.tierCount(), 3);
        EXPECT_EQ(p3.leafCount(), std::int64_t{k} * k / 2);
        EXPECT_EQ(p3.spineCount(), std::int64_t{k} * k / 2);
        EXPECT_EQ(p3.coreCount(), std::int64_t{k} * k / 4);
        EXPECT_EQ(p3.nodeLinkCount() + p3.switchLinkCount(1) + p3.switchLinkCount(2),
                  3 * std::int64_t{k} * k * k / 4);
        three.nodes += 1;
        EXPECT_EQ(planFatTree(three).tierCount(), 4);
    }
}

TEST(FatTreePlanner, ColossusScalePicksThreeTiersOfSn5600At400G) {
    FatTreeRequest r;
    r.nodes = 12'500;
    r.railsPerNode = 8;
    r.switchRadix = 128;  // SN5600 64 x 800G split to 128 x 400G
    const FatTreePlan plan = planFatTree(r);
    EXPECT_EQ(plan.tierCount(), 3);
    EXPECT_EQ(plan.nodeSlotsPerSu(), 64);
    EXPECT_EQ(plan.suCount(), 196);
    EXPECT_EQ(plan.leafCount(), 1568);
    EXPECT_EQ(plan.susPerPod(), 8);
    EXPECT_EQ(plan.podCount(), 25);
    EXPECT_EQ(plan.spineCount(), 25 * 64);
    EXPECT_EQ(plan.tier(3).linksPerPair, 4);  // largest divisor of 64 with 25 pods x p <= 128
    EXPECT_EQ(plan.coreCount(), 64 * 16);
    for (const FatTreeTier& t : plan.tiers()) EXPECT_LE(t.portsUsed(), 128) << fatTreeLevelName(t.level);
    EXPECT_EQ(plan.nodeLinkCount(), 100'000);
}

TEST(FatTreePlanner, TwoHundredThousandGpus) {
    FatTreeRequest r;
    r.nodes = 25'000;
    r.railsPerNode = 8;
    r.switchRadix = 128;
    const FatTreePlan sn5600 = planFatTree(r);
    EXPECT_EQ(sn5600.tierCount(), 3);
    EXPECT_EQ(sn5600.leafCount(), 391 * 8);
    EXPECT_EQ(sn5600.podCount(), 49);
    EXPECT_EQ(sn5600.coreCount(), 64 * 32);

    r.switchRadix = 64;  // 64-port switches hold at most 65,536 endpoints in 3 tiers
    const FatTreePlan qm9700 = planFatTree(r);
    EXPECT_EQ(qm9700.tierCount(), 4);
    EXPECT_EQ(qm9700.leafCount(), 782 * 8);
    EXPECT_EQ(qm9700.podCount(), 196);
    EXPECT_EQ(qm9700.tier(3).blocks, 7);  // groups of 32 pods
    EXPECT_EQ(qm9700.switchCount(4), 32 * 32 * 4);
    for (const FatTreeTier& t : qm9700.tiers()) EXPECT_LE(t.portsUsed(), 64) << fatTreeLevelName(t.level);
}

TEST(FatTreePlanner, OneTierIsOneSwitchPerRailWithEveryPortToNodes) {
    FatTreeRequest r = superPod(63, 1);
    r.tiers = 1;
    const FatTreePlan plan = planFatTree(r);
    EXPECT_EQ(plan.tierCount(), 1);
    EXPECT_EQ(plan.nodeSlotsPerSu(), 64);
    EXPECT_EQ(plan.leafCount(), 8);
    EXPECT_EQ(plan.spineCount(), 0);
    EXPECT_EQ(plan.tier(1).upPorts, 0);
    EXPECT_EQ(plan.switchLinkCount(1), 0);
    int links = 0;
    plan.forEachSwitchLink([&links](const SwitchLink&) { ++links; });
    EXPECT_EQ(links, 0);

    r.nodes = 64;
    const std::string message = refusal(r);
    EXPECT_NE(message.find("1 tier of 64-port switches (one switch per rail) holds at most 512 endpoints"),
              std::string::npos)
        << message;
    EXPECT_NE(message.find("requested 520"), std::string::npos) << message;
}

TEST(FatTreePlanner, AutoNeverPicksOneTier) {
    const FatTreePlan plan = planFatTree(superPod(4, 0));
    EXPECT_EQ(plan.tierCount(), 2);
}

TEST(FatTreePlanner, TwoToOneOversubscriptionHalvesLeafUplinks) {
    FatTreeRequest r = superPod(31, 1);
    r.oversubscription = {2, 1};
    const FatTreePlan derived = planFatTree(r);
    EXPECT_EQ(derived.nodeSlotsPerSu(), 42);  // 42 down + 21 up fits 64 ports; 43 + 22 does not
    EXPECT_EQ(derived.tier(1).upPorts, 21);

    r.nodeSlotsPerSu = 32;
    const FatTreePlan plan = planFatTree(r);
    EXPECT_EQ(plan.tier(1).downPorts, 32);
    EXPECT_EQ(plan.tier(1).upPorts, 16);
    EXPECT_EQ(plan.tier(2).linksPerPair, 8);
    EXPECT_EQ(plan.spineCount(), 2);
    EXPECT_EQ(plan.switchLinkCount(1), 8 * 16);

    // 2-tier capacity grows with the larger SU: 8 SUs of 42 slots.
    FatTreeRequest big = superPod(8 * 42, 0);
    big.oversubscription = {2, 1};
    EXPECT_EQ(planFatTree(big).tierCount(), 2);
}

TEST(FatTreePlanner, ExplicitTiersAreHonouredEvenWhenFewerWouldDo) {
    FatTreeRequest r = superPod(31, 1);
    r.tiers = 3;
    const FatTreePlan plan = planFatTree(r);
    EXPECT_EQ(plan.tierCount(), 3);
    EXPECT_EQ(plan.podCount(), 1);
    EXPECT_EQ(plan.spineCount(), 32);  // the full pod of spines
    EXPECT_EQ(plan.cabledDownPorts(2, 0), 8);
    EXPECT_EQ(plan.tier(2).upPorts, 32);
}

TEST(FatTreePlanner, RefusalStatesTheTwoTierLimit) {
    FatTreeRequest r = superPod(511, 1);
    r.tiers = 2;
    const std::string message = refusal(r);
    EXPECT_NE(message.find("2 tiers of 64-port switches hold at most 2,048 endpoints at 1:1"), std::string::npos)
        << message;
    EXPECT_NE(message.find("requested 4,096"), std::string::npos) << message;
}

TEST(FatTreePlanner, RefusalBeyondFourTiersStatesTheLimit) {
    FatTreeRequest r;
    r.nodes = 4097;
    r.railsPerNode = 2;
    r.switchRadix = 16;  // 4 tiers: 4 SUs per pod x 8 pods x 16 = 512 SUs of 8 slots x 2 rails
    const std::string message = refusal(r);
    EXPECT_NE(message.find("4 tiers of 16-port switches hold at most 8,192 endpoints"), std::string::npos)
        << message;
    r.nodes = 4096;
    EXPECT_EQ(planFatTree(r).tierCount(), 4);
}

TEST(FatTreePlanner, RefusesAPodThatCannotHoldOneSu) {
    FatTreeRequest r;
    r.nodes = 100;
    r.railsPerNode = 40;
    r.switchRadix = 64;
    const std::string message = refusal(r);
    EXPECT_NE(message.find("hold at most 1,280 endpoints"), std::string::npos) << message;
    EXPECT_NE(message.find("a pod spine has only 32 downlinks"), std::string::npos) << message;
}

TEST(FatTreePlanner, RefusesMalformedRequests) {
    auto expectRefused = [](FatTreeRequest r, const char* needle) {
        const std::string message = refusal(r);
        EXPECT_NE(message.find(needle), std::string::npos) << message;
    };
    FatTreeRequest r = superPod(31, 1);
    r.nodes = 0;
    expectRefused(r, "node count");
    r = superPod(31, 1);
    r.railsPerNode = 0;
    expectRefused(r, "rails per node");
    r = superPod(31, 1);
    r.switchRadix = 1;
    expectRefused(r, "switch radix");
    r = superPod(31, 1);
    r.tiers = 5;
    expectRefused(r, "tiers must be auto or 1..4");
    r = superPod(31, 1);
    r.oversubscription = {1, 2};
    expectRefused(r, "more uplinks than downlinks");
    r = superPod(31, 1);
    r.oversubscription = {0, 1};
    expectRefused(r, "oversubscription 0:1");
    r = superPod(31, 1);
    r.nodeSlotsPerSu = 40;
    expectRefused(r, "40 leaf downlinks + 40 uplinks at 1:1 = 80 ports; the switch has 64");
    r = superPod(31, 1);
    r.reservedNodeSlots = -1;
    expectRefused(r, "reserved node slots");
}

TEST(FatTreePlanner, BundlesOfThe127NodePlanCoverEveryLeafSpinePairOnce) {
    const FatTreePlan plan = planFatTree(superPod(127, 1));
    std::set<std::pair<std::int64_t, std::int64_t>> pairs;
    std::int64_t links = 0;
    plan.forEachBundle([&](const LinkBundle& b) {
        EXPECT_EQ(b.links, 2);
        EXPECT_TRUE(pairs.emplace(b.lowerSwitch, b.upperSwitch).second);
        links += b.links;
    });
    EXPECT_EQ(pairs.size(), 32u * 16u);
    EXPECT_EQ(links, 1024);
    EXPECT_EQ(plan.switchLinks().size(), 1024u);
}

}  // namespace
}  // namespace rw
