// PSU failover on hand-built supply trees, with NVIDIA's DGX H100 figures: 10.2 kW max, six
// PSUs of which four carry the load.
#include <gtest/gtest.h>

#include "power/PsuFailover.h"
#include "power/PowerTestNetworks.h"

namespace rw::power {
namespace {

using test::addChain;
using test::Chain;
using test::dgxH100;

// Four DGX H100 on three 415 V 60 A three-phase PDUs, two PSUs of each on every PDU.
struct ThreePduRack {
    PowerNetwork net;
    std::vector<Chain> sides;
    ThreePduRack() {
        for (const char* side : {"A", "B", "C"}) sides.push_back(addChain(net, side));
        for (int n = 1; n <= 4; ++n)
            net.devices.push_back(dgxH100("dgx" + std::to_string(n), {sides[0].pdu, sides[1].pdu, sides[2].pdu}, {2, 2, 2}));
    }
};

TEST(PsuFailover, ThreePdusCarry13Point6KwEachNormally) {
    const ThreePduRack rack;
    const auto watts = elementWatts(rack.net);
    for (const Chain& c : rack.sides) {
        EXPECT_NEAR(watts[c.pdu], 13600.0, 1e-6);   // 4 x 10,200 / 3
        EXPECT_NEAR(watts[c.feed], 13600.0, 1e-6);  // everything above carries the same
    }
    const PsuOutcome o = psuOutcome(rack.net, rack.net.devices[0]);
    EXPECT_EQ(o.live, 6);
    EXPECT_NEAR(o.wattsPerPsu, 1700.0, 1e-9);  // 10,200 / 6
}

TEST(PsuFailover, LosingAPduLeaves20Point4KwOnEachSurvivor) {
    const ThreePduRack rack;
    const auto watts = elementWatts(rack.net, rack.sides[0].pdu);
    EXPECT_DOUBLE_EQ(watts[rack.sides[0].pdu], 0.0);
    EXPECT_DOUBLE_EQ(watts[rack.sides[0].feed], 0.0);   // nothing else hangs on feed A
    EXPECT_NEAR(watts[rack.sides[1].pdu], 20400.0, 1e-6);  // 4 devices x 2 PSUs x 10,200 / 4
    EXPECT_NEAR(watts[rack.sides[2].pdu], 20400.0, 1e-6);
    for (const PoweredDevice& d : rack.net.devices) {
        const PsuOutcome o = psuOutcome(rack.net, d, rack.sides[0].pdu);
        EXPECT_EQ(o.live, 4);
        EXPECT_NEAR(o.wattsPerPsu, 2550.0, 1e-9);
        EXPECT_FALSE(leftShort(d, o));
    }
}

TEST(PsuFailover, EveryLevelOfTheChainFailsTheSameWay) {
    const ThreePduRack rack;
    for (ElementIndex failed : {rack.sides[1].feed, rack.sides[1].panel, rack.sides[1].circuit, rack.sides[1].pdu}) {
        const auto watts = elementWatts(rack.net, failed);
        EXPECT_NEAR(watts[rack.sides[0].pdu], 20400.0, 1e-6) << rack.net.elements[failed].label;
        EXPECT_NEAR(watts[rack.sides[2].feed], 20400.0, 1e-6) << rack.net.elements[failed].label;
    }
}

TEST(PsuFailover, ABOnlyLeavesThreeOfSixWhenASideIsLost) {
    PowerNetwork net;
    const Chain a = addChain(net, "A"), b = addChain(net, "B");
    for (int n = 1; n <= 4; ++n) net.devices.push_back(dgxH100("dgx" + std::to_string(n), {a.pdu, b.pdu}, {3, 3}));
    const PoweredDevice& d = net.devices[0];
    EXPECT_FALSE(leftShort(d, psuOutcome(net, d)));
    const PsuOutcome lostA = psuOutcome(net, d, a.feed);
    EXPECT_EQ(lostA.live, 3);
    EXPECT_NEAR(lostA.wattsPerPsu, 3400.0, 1e-9);  // 10,200 / 3: above the 3.3 kW PSU rating, too
    EXPECT_TRUE(leftShort(d, lostA));              // 3 < 4 needed
    EXPECT_NEAR(elementWatts(net, a.feed)[b.pdu], 40800.0, 1e-6);  // side B carries the whole rack
    EXPECT_FALSE(singlePointOfFailure(net, d).has_value());        // two feeds: no single point
}

TEST(PsuFailover, SinglePointOfFailureIsTheLowestSharedElement) {
    PowerNetwork net;
    const Chain a1 = addChain(net, "A");
    const Chain a2 = addChain(net, "A", {}, a1.feed, a1.panel);  // a second circuit on the same busway
    const Chain b = addChain(net, "B");
    net.devices.push_back(dgxH100("onePdu", {a1.pdu}, {6}));
    net.devices.push_back(dgxH100("oneBusway", {a1.pdu, a2.pdu}, {3, 3}));
    net.devices.push_back(dgxH100("twoFeeds", {a1.pdu, b.pdu}, {3, 3}));
    EXPECT_EQ(singlePointOfFailure(net, net.devices[0]), a1.pdu);
    EXPECT_EQ(singlePointOfFailure(net, net.devices[1]), a1.panel);
    EXPECT_EQ(singlePointOfFailure(net, net.devices[2]), std::nullopt);
    EXPECT_TRUE(psuOutcome(net, net.devices[1], a1.feed).dark());
}

TEST(PsuFailover, UncordedPsusAreNotLive) {
    PowerNetwork net;
    const Chain a = addChain(net, "A"), b = addChain(net, "B");
    PoweredDevice d = dgxH100("halfCorded", {a.pdu, b.pdu}, {2, 1});
    net.devices.push_back(d);
    const PsuOutcome normal = psuOutcome(net, d);
    EXPECT_EQ(normal.live, 3);
    EXPECT_TRUE(leftShort(d, normal));  // short before anything fails
    PoweredDevice none = dgxH100("uncorded", {}, {});
    EXPECT_TRUE(psuOutcome(net, none).dark());
    EXPECT_EQ(singlePointOfFailure(net, none), std::nullopt);
}

}  // namespace
}  // namespace rw::power
