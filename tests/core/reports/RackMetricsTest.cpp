// Per-rack metrics and tray loads worked out by hand from the report test catalog's round figures.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "catalog/Catalog.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "project/NewProject.h"
#include "reports/FatTreeFixture.h"
#include "reports/DesignStats.h"
#include "reports/RackMetrics.h"
#include "reports/TrayFill.h"
#include "router/Router.h"

namespace rw {
namespace {

const Catalog& testCatalog() {
    static const Catalog catalog = Catalog::fromJsonText(test::kReportTestCatalog, "report-test-catalog.json");
    return catalog;
}

struct TwoRacks {
    Model model = newProject("Metrics");
    RackId full;
    RackId empty;
};

// Rack A: two 10 kW nodes, a 1.5 kW switch and a PDU, the nodes wired to the switch (compute) and
// one node's BMC to the switch too (oob); rack B: empty, turned a quarter.
TwoRacks twoRacks() {
    TwoRacks t;
    Model& m = t.model;
    const HallId hall = m.halls().ids().front();
    const StringId rackType = m.strings.intern("test-rack");
    t.full = m.racks().add({hall, {}, rackType, "A", {3000, 3000}, Rotation::R0, RackRole::Compute});
    t.empty = m.racks().add({hall, {}, rackType, "B", {6000, 3000}, Rotation::R90, RackRole::Network});
    const DeviceId n1 = m.devices().add({t.full, m.strings.intern("test-node"), "n1", 2, Face::Front, DeviceRole::GpuNode});
    const DeviceId n2 = m.devices().add({t.full, m.strings.intern("test-node"), "n2", 10, Face::Front, DeviceRole::GpuNode});
    const DeviceId sw = m.devices().add({t.full, m.strings.intern("test-ib-switch"), "leaf", 40, Face::Rear, DeviceRole::Leaf});
    m.devices().add({t.full, m.strings.intern("test-pdu"), "pdu", 1, Face::Rear, DeviceRole::Pdu});
    const auto port = [&](DeviceId d, const char* name) {
        return m.ports().add({d, m.strings.intern(name), 400, PortKind::OSFP, 8, 1, Split1});
    };
    m.links().add({port(n1, "OSFP1"), port(sw, "1"), 0, 0, Fabric::Compute, LinkRole::NodeLeaf, 400});
    m.links().add({port(n2, "OSFP1"), port(sw, "2"), 0, 0, Fabric::Compute, LinkRole::NodeLeaf, 400});
    m.links().add({port(n1, "BMC"), port(sw, "MGMT"), 0, 0, Fabric::Oob, LinkRole::Management, 1});
    return t;
}

TEST(RackMetrics, SumsCatalogFiguresOfTheRackAndItsDevices) {
    const TwoRacks t = twoRacks();
    const auto metrics = computeRackMetrics(t.model, testCatalog());
    ASSERT_EQ(metrics.size(), 2U);
    const RackMetrics& a = metrics[t.full.value];
    EXPECT_TRUE(a.alive);
    EXPECT_DOUBLE_EQ(a.itMaxKw, 2 * 10.0 + 1.5) << "the PDU's figure is what it delivers, not IT load";
    EXPECT_DOUBLE_EQ(a.heatToAirKw, 21.5);
    EXPECT_DOUBLE_EQ(a.heatToLiquidKw, 0.0);
    EXPECT_DOUBLE_EQ(a.equipmentKg, 2 * 130 + 14.5 + 11);
    EXPECT_DOUBLE_EQ(a.weightKg, 150 + 2 * 130 + 14.5 + 11) << "the empty rack counts in its weight";
    ASSERT_TRUE(a.footprint.has_value());
    EXPECT_EQ(a.footprint->x, 600);
    EXPECT_EQ(a.footprint->y, 1200);
    EXPECT_NEAR(*a.kwPerM2(), 21.5 / 0.72, 1e-9);
    ASSERT_TRUE(a.rackRatedKg.has_value());
    EXPECT_DOUBLE_EQ(*a.rackRatedKg, 1500);
    ASSERT_TRUE(a.floorRatedKg.has_value());
    EXPECT_DOUBLE_EQ(*a.floorRatedKg, t.model.halls()[t.model.halls().ids().front()].floorLoadKgPerM2 * 0.72);
    EXPECT_EQ(a.linkEndsByFabric[std::size_t(Fabric::Compute)], 4U);
    EXPECT_EQ(a.linkEndsByFabric[std::size_t(Fabric::Oob)], 2U);
    EXPECT_EQ(a.dominantFabric(), Fabric::Compute);

    const RackMetrics& b = metrics[t.empty.value];
    EXPECT_DOUBLE_EQ(b.itMaxKw, 0.0);
    EXPECT_DOUBLE_EQ(b.weightKg, 150);
    ASSERT_TRUE(b.footprint.has_value());
    EXPECT_EQ(b.footprint->x, 1200) << "a quarter turn swaps the footprint's extents";
    EXPECT_EQ(b.footprint->y, 600);
    EXPECT_FALSE(b.dominantFabric().has_value());
}

TEST(RackMetrics, UnknownPartsAreCountedNotGuessed) {
    TwoRacks t = twoRacks();
    t.model.devices().add({t.empty, t.model.strings.intern("no-such-part"), "x", 5, Face::Front, DeviceRole::Other});
    t.model.racks()[t.full].catalog = t.model.strings.intern("no-such-rack");
    const auto metrics = computeRackMetrics(t.model, testCatalog());
    EXPECT_EQ(metrics[t.empty.value].unknownDevices, 1U);
    EXPECT_DOUBLE_EQ(metrics[t.empty.value].weightKg, 150);
    EXPECT_FALSE(metrics[t.full.value].footprint.has_value());
    EXPECT_FALSE(metrics[t.full.value].kwPerM2().has_value());
    EXPECT_FALSE(metrics[t.full.value].rackRatedKg.has_value());
    EXPECT_DOUBLE_EQ(metrics[t.full.value].weightKg, 2 * 130 + 14.5 + 11);
}

TEST(RackMetrics, DeadRacksAreNotAlive) {
    TwoRacks t = twoRacks();
    t.model.racks().erase(t.empty);
    const auto metrics = computeRackMetrics(t.model, testCatalog());
    EXPECT_FALSE(metrics[t.empty.value].alive);
    EXPECT_TRUE(metrics[t.full.value].alive);
}

// Tray loads: on a routed SuperPOD SU every segment is within its limits and the counts add up to
// the routed cables' segments; squeezing one segment shows it over 100 %.
TEST(TrayFill, LoadsFollowTheRoutingResult) {
    const Catalog& catalog = Catalog::loadShipped();
    const auto spec = std::filesystem::path(RACKWEAVE_TEST_DATA) / ".." / ".." / "examples" / "superpod-h100-1su.json";
    Model m = generate(parseSpecFile(spec, catalog), catalog).model;
    const RoutingResult routes = Router(m, catalog).routeAll();
    const auto loads = computeTrayLoads(m, catalog, routes);
    ASSERT_EQ(loads.size(), m.trays().capacity());

    std::size_t segmentUses = 0;
    m.cables().forEach([&](CableId id, const Cable&) {
        const CableRoute* c = routes.find(id);
        if (c && c->status == RouteStatus::Routed)
            for (TrayId s : routes.routes[c->route].segments) segmentUses += s.value < loads.size();
    });
    std::size_t counted = 0;
    TrayId busiest;
    for (std::uint32_t i = 0; i < loads.size(); ++i) {
        counted += loads[i].cables;
        EXPECT_LE(loads[i].fillPercent(), 100.0 + 1e-9) << "segment " << i;
        if (!busiest || loads[i].fillPercent() > loads[busiest.value].fillPercent()) busiest = TrayId(i);
    }
    EXPECT_EQ(counted, segmentUses);
    ASSERT_GT(loads[busiest.value].fillPercent(), 0.0);

    const double before = loads[busiest.value].fillPercent();
    m.trays()[busiest].maxFillPercent = 1;
    const auto squeezed = computeTrayLoads(m, catalog, routes);
    EXPECT_GT(squeezed[busiest.value].fillPercent(), std::min(100.0, before)) << "1 % fill leaves less room";
    const auto over = overfilledSegments(m, catalog, routes);
    const bool overFill = squeezed[busiest.value].fillPercent() > 100.0;
    EXPECT_EQ(std::count(over.begin(), over.end(), busiest) == 1, overFill) << "agrees with the router's own check";
}

}  // namespace
}  // namespace rw

namespace rw {
namespace {

TEST(RackMetrics, OneRackAndTheDesignTotalAgreeWithTheFullPassAndStats) {
    const TwoRacks t = twoRacks();
    const auto all = computeRackMetrics(t.model, testCatalog());
    const RackMetrics one = computeRackMetricsOf(t.model, testCatalog(), t.full);
    EXPECT_DOUBLE_EQ(one.itMaxKw, all[t.full.value].itMaxKw);
    EXPECT_DOUBLE_EQ(one.weightKg, all[t.full.value].weightKg);
    EXPECT_DOUBLE_EQ(one.heatToAirKw, all[t.full.value].heatToAirKw);
    EXPECT_FALSE(computeRackMetricsOf(t.model, testCatalog(), RackId(99)).alive);

    DesignStatsInputs inputs;
    inputs.catalog = &testCatalog();
    const DesignStats stats = computeDesignStats(t.model, inputs);
    ASSERT_TRUE(stats.itMaxKw.has_value());
    EXPECT_DOUBLE_EQ(designItMaxKw(t.model, testCatalog()), *stats.itMaxKw);
}

}  // namespace
}  // namespace rw

namespace rw {
namespace {

TEST(RackMetrics, UpdatingOneEditedRackMatchesAFullPass) {
    TwoRacks t = twoRacks();
    auto metrics = computeRackMetrics(t.model, testCatalog());
    t.model.racks()[t.full].rotation = Rotation::R90;
    t.model.racks()[t.full].position = Point2{9000, 9000};
    updateRackFigures(t.model, testCatalog(), t.full, metrics[t.full.value]);
    const auto fresh = computeRackMetrics(t.model, testCatalog());
    const RackMetrics& a = metrics[t.full.value];
    const RackMetrics& b = fresh[t.full.value];
    EXPECT_EQ(a.footprint->x, 1200);
    EXPECT_EQ(a.footprint->x, b.footprint->x);
    EXPECT_DOUBLE_EQ(a.weightKg, b.weightKg);
    EXPECT_DOUBLE_EQ(a.equipmentKg, b.equipmentKg);
    EXPECT_DOUBLE_EQ(a.itMaxKw, b.itMaxKw);
    EXPECT_EQ(a.rackRatedKg, b.rackRatedKg);
    EXPECT_EQ(a.floorRatedKg, b.floorRatedKg);
    EXPECT_EQ(a.linkEndsByFabric, b.linkEndsByFabric);
}

}  // namespace
}  // namespace rw
