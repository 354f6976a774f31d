// Pathway checks: a rack moved away from its trays, or whose cables need a tray kind its hall
// lacks, is named with the distance and the cables concerned.
#include <gtest/gtest.h>

#include "CheckTestSupport.h"
#include "catalog/Catalog.h"
#include "checks/PathwayCheck.h"
#include "project/NewProject.h"
#include "reports/FatTreeFixture.h"

namespace rw {
namespace {

using test::mentions;
const Catalog& testCatalog() { return test::checkTestCatalog(); }

// Two racks 3 m apart under one data tray (nodes straight above both), a copper cable between them.
struct TwoRacks {
    Model model = newProject("Pathways");
    HallId hall = model.halls().ids().front();
    RackId a, b;
    RoutingResult routes;

    TwoRacks() {
        a = addRack("A01", {3000, 3000});
        b = addRack("A02", {6000, 3000});
        model.trays().add({hall, {3000, 3000, 2600}, {6000, 3000, 2600}});
        connect(Media::Dac, Fabric::Compute);
    }
    RackId addRack(const char* name, Point2 at) {
        return model.racks().add({hall, {}, model.strings.intern("test-rack"), name, at, Rotation::R0, RackRole::Compute});
    }
    PortId port(RackId rack, const char* name) {
        const DeviceId d = model.devices().add({rack, model.strings.intern("test-node"), std::string(name), 1, Face::Front, DeviceRole::GpuNode});
        return model.ports().add({d, model.strings.intern("P1"), 400, PortKind::OSFP, 8, 1, Split1});
    }
    void connect(Media media, Fabric fabric) {
        const LinkId link = model.links().add({port(a, "x"), port(b, "y"), 0, 0, fabric, LinkRole::Other, 400});
        const CableId cable = model.cables().add({link, {}, media, {}, 0});
        routes.cables.resize(model.cables().capacity());
        routes.cables[cable.value] = {0, 3600, 4000, kNoRoute, media, RouteStatus::Routed, UnroutedReason::None};
    }
    std::vector<Finding> check() const { return checkPathways(model, testCatalog(), routes); }
};

TEST(PathwayCheck, RacksUnderTheirTrayAreFine) {
    const TwoRacks t;
    EXPECT_TRUE(t.check().empty()) << t.check().front().message;
}

TEST(PathwayCheck, ARackMovedAwayFromTheTraysIsNamedWithTheDistance) {
    TwoRacks t;
    t.model.racks()[t.b].position = {6000, 12000};  // 9 m off the tray line
    const auto findings = t.check();
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].kind, EntityKind::Rack);
    EXPECT_EQ(findings[0].id, t.b.value);
    EXPECT_EQ(findings[0].source, FindingSource::Routing);
    EXPECT_TRUE(mentions(findings[0], "rack A02 is not under a data tray: the nearest is 9.0 m away (limit 1.5 m), so 1 of its cables"))
        << findings[0].message;
}

TEST(PathwayCheck, WithinTheLimitIsStillADrop) {
    TwoRacks t;
    t.model.racks()[t.b].position = {6000, 4200};  // one rack depth off the line
    EXPECT_TRUE(t.check().empty());
}

TEST(PathwayCheck, AKindTheHallLacksIsNamed) {
    TwoRacks t;
    t.connect(Media::PowerCord, Fabric::Power);  // no power tray anywhere
    const auto findings = t.check();
    ASSERT_EQ(findings.size(), 2U);  // both racks
    EXPECT_TRUE(mentions(findings[0], "rack A01 is not under any power tray: its hall has none, and 1 of its cables need one"))
        << findings[0].message;
    EXPECT_EQ(findings[1].id, t.b.value);
}

TEST(PathwayCheck, CablesInsideOneRackNeedNoTray) {
    TwoRacks t;
    t.routes.cables[0].status = RouteStatus::InRack;
    t.model.racks()[t.b].position = {6000, 12000};
    EXPECT_TRUE(t.check().empty());
}

}  // namespace
}  // namespace rw
