// Design checks: each finding is provoked on a small model and must name the right object.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "catalog/Catalog.h"
#include "checks/DesignChecks.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "project/NewProject.h"
#include "reports/FatTreeFixture.h"
#include "reports/RackMetrics.h"
#include "router/Router.h"

namespace rw {
namespace {

const Catalog& testCatalog() {
    static const Catalog catalog = Catalog::fromJsonText(test::kReportTestCatalog, "report-test-catalog.json");
    return catalog;
}

struct Floor {
    Model model = newProject("Checks");  // one 60 m x 40 m hall
    HallId hall = model.halls().ids().front();

    RackId rack(const char* name, Point2 at, Rotation r = Rotation::R0) {
        return model.racks().add({hall, {}, model.strings.intern("test-rack"), name, at, r, RackRole::Compute});
    }
    std::vector<Finding> layout() const { return checkLayout(model, testCatalog()); }
};

bool mentions(const Finding& f, std::string_view text) { return f.message.find(text) != std::string::npos; }

TEST(LayoutCheck, RacksSideBySideAreFine) {
    Floor f;
    for (int i = 0; i < 10; ++i) f.rack("R", {3000 + 600 * i, 3000});  // 600 mm wide: faces touch
    f.rack("S", {3000, 4200});  // back to back with the first: 1200 mm deep
    EXPECT_TRUE(f.layout().empty()) << f.layout().front().message;
}

TEST(LayoutCheck, OverlapIsReportedOnceAboutTheLaterRack) {
    Floor f;
    f.rack("R1", {3000, 3000});
    f.rack("R2", {3600, 3000});
    const RackId late = f.rack("R3", {3300, 3500});  // over both
    const auto findings = f.layout();
    ASSERT_EQ(findings.size(), 2U);
    for (const Finding& x : findings) {
        EXPECT_EQ(x.severity, Severity::Error);
        EXPECT_EQ(x.source, FindingSource::Layout);
        EXPECT_EQ(x.kind, EntityKind::Rack);
        EXPECT_EQ(x.id, late.value);
        EXPECT_TRUE(mentions(x, "rack R3 overlaps")) << x.message;
    }
    EXPECT_TRUE(mentions(findings[0], "R1") || mentions(findings[1], "R1"));
    EXPECT_TRUE(mentions(findings[0], "R2") || mentions(findings[1], "R2"));
}

TEST(LayoutCheck, OverlapAcrossGridCellsAndRotationsIsFound) {
    Floor f;
    f.rack("A", {2399, 2399});                           // straddles a grid cell corner
    const RackId b = f.rack("B", {2700, 2399}, Rotation::R90);  // 1200 x 600 after the turn
    const auto findings = f.layout();
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].id, b.value);
}

TEST(LayoutCheck, RackOnAColumnAndOutsideTheHall) {
    Floor f;
    f.model.halls()[f.hall].obstacles.push_back({ObstacleKind::Column, {{10000, 10000}, {10600, 10000}, {10600, 10600}, {10000, 10600}}});
    const RackId onColumn = f.rack("C1", {10300, 10900});   // its back half covers the column
    f.rack("C2", {9700, 10300});                             // its side touches the column's face only
    const RackId outside = f.rack("X1", {-100, 3000});       // half a rack past the west wall
    f.rack("X2", {300, 600});                                // corner exactly on the walls: inside
    const auto findings = f.layout();
    ASSERT_EQ(findings.size(), 2U) << (findings.empty() ? "" : findings.front().message);
    const auto about = [&](RackId id) {
        return std::find_if(findings.begin(), findings.end(), [&](const Finding& x) { return x.id == id.value; });
    };
    ASSERT_NE(about(onColumn), findings.end());
    EXPECT_TRUE(mentions(*about(onColumn), "stands on a column")) << about(onColumn)->message;
    ASSERT_NE(about(outside), findings.end());
    EXPECT_TRUE(mentions(*about(outside), "not inside hall")) << about(outside)->message;
}

TEST(LayoutCheck, ANotchInTheHallThroughARackIsOutside) {
    Floor f;
    // A 200 mm slot cut into the hall from the north wall down to y = 5 m.
    f.model.halls()[f.hall].outline = {{0, 0},         {20000, 0},   {20000, 20000}, {10100, 20000},
                                       {10100, 5000}, {9900, 5000}, {9900, 20000},  {0, 20000}};
    const RackId cut = f.rack("N1", {10000, 4800});  // all four corners on the floor, the slot's end inside it
    f.rack("N2", {10000, 3000});                      // south of the slot: fine
    const RackId inSlotWall = f.rack("N3", {9700, 8000});  // its east 100 mm in the slot
    const auto findings = f.layout();
    ASSERT_EQ(findings.size(), 2U);
    EXPECT_EQ(findings[0].id, cut.value);
    EXPECT_EQ(findings[1].id, inSlotWall.value);
}

TEST(LayoutCheck, RacksWithoutCatalogSizeAreSkipped) {
    Floor f;
    f.rack("R1", {3000, 3000});
    const RackId unknown = f.rack("R2", {3000, 3000});
    f.model.racks()[unknown].catalog = f.model.strings.intern("no-such-rack");
    EXPECT_TRUE(f.layout().empty());
}

TEST(LoadCheck, HeavyRackAndWeakFloorAreWarnings) {
    Floor f;
    const RackId heavy = f.rack("H", {3000, 3000});
    const RackId light = f.rack("L", {6000, 3000});
    for (int i = 0; i < 12; ++i)  // 12 x 130 kg = 1,560 kg of equipment on a 1,500 kg rack
        f.model.devices().add({heavy, f.model.strings.intern("test-node"), "n", std::uint8_t(1 + i * 4), Face::Front, DeviceRole::GpuNode});
    auto findings = checkLoads(f.model, computeRackMetrics(f.model, testCatalog()));
    ASSERT_EQ(findings.size(), 2U) << "over its rack rating and, at 1,710 kg on 0.72 m2, over a 1,200 kg/m2 floor";
    EXPECT_EQ(findings[0].id, heavy.value);
    EXPECT_TRUE(mentions(findings[0], "rated 1500 kg")) << findings[0].message;
    EXPECT_TRUE(mentions(findings[1], "floor rating of 1200 kg/m2")) << findings[1].message;

    f.model.halls()[f.hall].floorLoadKgPerM2 = 100;  // 72 kg per rack footprint: the empty rack is too heavy
    findings = checkLoads(f.model, computeRackMetrics(f.model, testCatalog()));
    EXPECT_EQ(std::count_if(findings.begin(), findings.end(), [&](const Finding& x) { return x.id == light.value; }), 1);
}

TEST(ModelCheck, ValidateProblemsBecomeErrors) {
    Floor f;
    const RackId r = f.rack("R1", {3000, 3000});
    const DeviceId d = f.model.devices().add({r, f.model.strings.intern("test-node"), "n", 2, Face::Front, DeviceRole::GpuNode});
    EXPECT_TRUE(checkModel(f.model).empty());
    f.model.devices()[d].rack = RackId(77);
    const auto findings = checkModel(f.model);
    ASSERT_FALSE(findings.empty());
    EXPECT_EQ(findings[0].severity, Severity::Error);
    EXPECT_EQ(findings[0].kind, EntityKind::Device);
    EXPECT_EQ(findings[0].id, d.value);
}

TEST(RoutingCheck, UnroutedCablesWithReasonAndOverfilledTrays) {
    const Catalog& catalog = Catalog::loadShipped();
    const auto spec = std::filesystem::path(RACKWEAVE_TEST_DATA) / ".." / ".." / "examples" / "superpod-h100-1su.json";
    Model m = generate(parseSpecFile(spec, catalog), catalog).model;
    RoutingResult routes = Router(m, catalog).routeAll();
    const std::size_t unroutedBefore = routes.countWith(RouteStatus::Unrouted);
    EXPECT_EQ(checkRouting(m, catalog, routes).size(), unroutedBefore);

    // Take one cable off its route: it is reported with the router's reason, by its ends.
    CableId victim;
    m.cables().forEach([&](CableId id, const Cable&) {
        if (!victim && routes.cables[id.value].status == RouteStatus::Routed) victim = id;
    });
    ASSERT_TRUE(victim);
    routes.cables[victim.value].status = RouteStatus::Unrouted;
    routes.cables[victim.value].reason = UnroutedReason::NoTrayPath;
    auto findings = checkRouting(m, catalog, routes);
    const auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding& x) {
        return x.kind == EntityKind::Cable && x.id == victim.value;
    });
    ASSERT_NE(it, findings.end());
    EXPECT_TRUE(mentions(*it, "no tray path")) << it->message;
    const Link& link = m.links()[m.cables()[victim].first];
    EXPECT_TRUE(mentions(*it, m.devices()[m.ports()[link.a].device].name)) << it->message;

    // Shrink every tray: the segments in use go over their limit.
    m.trays().forEach([&](TrayId id, const TraySegment&) { m.trays()[id].maxFillPercent = 1; });
    findings = checkRouting(m, catalog, routes);
    EXPECT_TRUE(std::any_of(findings.begin(), findings.end(), [](const Finding& x) {
        return x.kind == EntityKind::Tray && x.severity == Severity::Error;
    }));
}

}  // namespace
}  // namespace rw
