// The readable budget: feeds and panels with their normal and worst single-failure loads.
#include <gtest/gtest.h>

#include "power/PowerBudget.h"
#include "power/PowerTestNetworks.h"

namespace rw::power {
namespace {

TEST(PowerBudget, FeedsAndPanelsWithTheirWorstFailure) {
    PowerNetwork net;
    const test::ChainRatings r{100, 100, 60, 60};
    const test::Chain a = test::addChain(net, "A", r), b = test::addChain(net, "B", r);
    for (int n = 0; n < 10; ++n) {  // ten 6 kW servers, one PSU on each side, one needed
        PoweredDevice d{static_cast<std::uint32_t>(n), "s", 6000, 1.0, 2, 1, {{a.pdu, -1}, {b.pdu, -1}}};
        net.devices.push_back(d);
    }
    const auto lines = supplyBudget(net, checkPower(net));
    ASSERT_EQ(lines.size(), 4U);  // 2 feeds, 2 busways; circuits and PDUs are in the findings
    const BudgetLine& feedA = lines[0];
    EXPECT_EQ(feedA.label, "feed A");
    EXPECT_NEAR(feedA.normalKw, 30.0, 1e-9);
    EXPECT_NEAR(feedA.worstKw, 60.0, 1e-9);
    EXPECT_EQ(feedA.worstScenario, "feed B lost");
    EXPECT_NEAR(feedA.worstShare(), 0.6, 1e-9);
    const BudgetLine& buswayA = lines[1];
    EXPECT_EQ(buswayA.kind, ElementKind::Panel);
    EXPECT_NEAR(buswayA.normalAmps, 41.74, 0.01);  // 30 kW / 3 / 239.6 V
    EXPECT_NEAR(buswayA.worstAmps, 83.47, 0.01);
    EXPECT_DOUBLE_EQ(buswayA.allowedAmps, 80.0);
    EXPECT_NEAR(buswayA.worstShare(), 1.043, 0.001);  // over: the check reports it
}

}  // namespace
}  // namespace rw::power
