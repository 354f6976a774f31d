// The readable budget: feeds and panels with their normal and worst single-failure loads.
#include <gtest/gtest.h>

#include <cmath>

#include "power/CoolingNetworkFromModel.h"
#include "power/PowerBudget.h"
#include "power/PowerNetworkFromModel.h"
#include "power/PowerTestNetworks.h"
#include "support/PowerSampleModel.h"
#include "support/ShippedCatalog.h"

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

// A DGX H100 on three feeds (two PSUs per PDU, 415 V 60 A, each allowed sqrt(3) x 415 V x 48 A =
// 34.502 kVA): with one PDU lost the two others carry half the load each, so evenly scaled the
// rack could draw two PDUs' worth before one trips: a third of the capacity is stranded (N+1).
TEST(PowerBudget, ARowOnThreeFeedsStrandsOneThird) {
    rw::test::PowerSample sample = rw::test::dgxRackOnFeeds(3);
    Model& m = sample.model;
    const RowId row = m.rows().add({m.halls().ids().front(), "R7", {0, 0}, Rotation::R0});
    m.racks()[m.racks().ids().front()].row = row;
    const Catalog& catalog = rw::test::shippedCatalog();
    const PowerNetwork net = powerNetworkFromModel(m, catalog);
    const CoolingNetwork cooling = coolingNetworkFromModel(m, catalog);
    const AreaBudgets areas = areaBudgets(m, net, checkPower(net), cooling, checkCooling(cooling));
    ASSERT_EQ(areas.rows.size(), 1U);
    const AreaBudget& r = areas.rows[0];
    const double pduKva = std::sqrt(3.0) * 415 * 48 / 1000;
    EXPECT_EQ(r.name, "R7");
    EXPECT_EQ(r.hall, "Hall 1");
    EXPECT_EQ(r.pdus, 3);
    EXPECT_NEAR(r.capacityKva, 3 * pduKva, 1e-9);
    EXPECT_NEAR(r.kva, 10.2 / 0.95, 1e-9);
    EXPECT_NEAR(r.worstShare, (10.2 / 0.95 / 2) / pduKva, 1e-9);  // 5.37 kVA of 34.5 kVA
    EXPECT_NEAR(r.strandedKva, pduKva, 1e-9);
    EXPECT_NEAR(r.cooling.airKw, 10.2, 1e-9);
    ASSERT_EQ(areas.halls.size(), 1U);
    EXPECT_NEAR(areas.halls[0].strandedKva, pduKva, 1e-9);
}

}  // namespace
}  // namespace rw::power
