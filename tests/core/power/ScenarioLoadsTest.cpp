// Every element's load in one chosen scenario, on the worked example of docs/power.md: four DGX
// H100 (10.2 kW, 6 PSUs, 4 needed) on three 415 V 60 A PDUs, two PSUs of each on every PDU:
// 13.6 kW per PDU normally; with one PDU lost, 20.4 kW per surviving PDU = 28.4 A per phase.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "power/PowerCheck.h"
#include "power/ScenarioLoads.h"
#include "PowerTestNetworks.h"

namespace rw::power {
namespace {

struct ThreePdus {
    PowerNetwork net;
    std::vector<test::Chain> chains;
    ThreePdus() {
        for (const char* side : {"A", "B", "C"}) chains.push_back(test::addChain(net, side, {.feedKw = 50}));
        for (int n = 0; n < 4; ++n)
            net.devices.push_back(test::dgxH100("dgx" + std::to_string(n), {chains[0].pdu, chains[1].pdu, chains[2].pdu}, {2, 2, 2}));
    }
};

TEST(ScenarioLoads, NormalStateMatchesTheCheck) {
    const ThreePdus t;
    const auto states = elementStates(t.net);
    const auto result = checkPower(t.net);
    for (ElementIndex e = 0; e < t.net.elements.size(); ++e) {
        EXPECT_NEAR(states[e].watts, result.budgets[e].normalW, 1e-6) << t.net.elements[e].label;
        EXPECT_FALSE(states[e].lost);
    }
    EXPECT_NEAR(states[t.chains[0].pdu].watts, 13'600.0, 1e-6);
    EXPECT_NEAR(states[t.chains[0].pdu].busiestAmps, 13'600.0 / (415.0 / std::sqrt(3.0)) / 3.0, 1e-6);
}

TEST(ScenarioLoads, ALostPduShiftsItsLoadToTheOthers) {
    const ThreePdus t;
    const auto states = elementStates(t.net, t.chains[0].pdu);
    EXPECT_TRUE(states[t.chains[0].pdu].lost);
    EXPECT_FALSE(states[t.chains[0].circuit].lost) << "only the element and what hangs below it are lost";
    EXPECT_DOUBLE_EQ(states[t.chains[0].pdu].watts, 0.0);
    for (int k : {1, 2}) {
        EXPECT_NEAR(states[t.chains[k].pdu].watts, 20'400.0, 1e-6);
        EXPECT_NEAR(states[t.chains[k].pdu].busiestAmps, 28.4, 0.05);
        EXPECT_NEAR(states[t.chains[k].feed].watts, 20'400.0, 1e-6);
    }
    // 28.4 A of 48 A allowed (60 A x 0.8).
    EXPECT_NEAR(*loadShare(t.net.elements[t.chains[1].pdu], states[t.chains[1].pdu]), 28.4 / 48.0, 0.002);
    // A feed is judged in kW against its capacity.
    EXPECT_NEAR(*loadShare(t.net.elements[t.chains[1].feed], states[t.chains[1].feed]), 20.4 / 50.0, 1e-9);
}

TEST(ScenarioLoads, TheWorstOfAllScenariosIsTheCheckWorst) {
    const ThreePdus t;
    const auto result = checkPower(t.net);
    std::vector<double> worst(t.net.elements.size(), 0.0);
    const auto normal = elementStates(t.net);
    for (ElementIndex e = 0; e < t.net.elements.size(); ++e) worst[e] = normal[e].busiestAmps;
    for (ElementIndex failed = 0; failed < t.net.elements.size(); ++failed) {
        const auto states = elementStates(t.net, failed);
        for (ElementIndex e = 0; e < t.net.elements.size(); ++e)
            if (!states[e].lost) worst[e] = std::max(worst[e], states[e].busiestAmps);
    }
    for (ElementIndex e = 0; e < t.net.elements.size(); ++e)
        EXPECT_NEAR(worst[e], result.budgets[e].worstAmps, 1e-6) << t.net.elements[e].label;
}

TEST(ScenarioLoads, AnUnratedElementHasNoShare) {
    const ThreePdus t;
    const auto states = elementStates(t.net);
    EXPECT_FALSE(loadShare(t.net.elements[t.chains[0].panel], states[t.chains[0].panel]).has_value());
}

}  // namespace
}  // namespace rw::power
