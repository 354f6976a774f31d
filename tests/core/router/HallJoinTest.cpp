// Halls of one design are joined by corridor trays: the routing world places the halls side by
// side where their corridor trays meet, and cables between halls route through them.
#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "catalog/Catalog.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "router/Router.h"
#include "router/RoutingWorld.h"
#include "support/ShippedCatalog.h"

namespace rw {
namespace {

const Catalog& shipped() { return test::shippedCatalog(); }

/// Two halls, each with one row tray of each given kind reaching out into the corridor.
Model twoHalls(int corridorYHall2) {
    Model m;
    for (int h = 0; h < 2; ++h) {
        Hall hall;
        hall.name = h == 0 ? "A" : "B";
        hall.outline = {{0, 0}, {10000, 0}, {10000, 8000}, {0, 8000}};
        m.halls().add(hall);
    }
    const auto tray = [&](std::uint32_t hall, Point3 a, Point3 b) {
        TraySegment s;
        s.hall = HallId(hall);
        s.a = a;
        s.b = b;
        s.kind = TrayKind::Fiber;
        m.trays().add(s);
    };
    tray(0, {1000, 2000, 3000}, {9000, 2000, 3000});
    tray(0, {9000, 2000, 3000}, {11500, 2000, 3000});              // east wall at 10000, corridor 3 m
    tray(1, {-1500, corridorYHall2, 3000}, {1000, corridorYHall2, 3000});  // west wall at 0
    tray(1, {1000, corridorYHall2, 3000}, {9000, corridorYHall2, 3000});
    return m;
}

TEST(HallJoin, CorridorTraysPlaceTheNextHallAndJoinTheNetworks) {
    const Model m = twoHalls(2000);
    const RoutingWorld w(m, shipped());
    EXPECT_EQ(w.areaOf(HallId(1)), HallId(0));
    EXPECT_EQ(w.hallOffset(HallId(0)).x, 0);
    EXPECT_EQ(w.hallOffset(HallId(1)).x, 13000);  // 10 m hall + 3 m corridor
    // The corridor point is one node: 4 segments in a chain, 5 nodes, all connected.
    EXPECT_EQ(w.nodeCount(), 5U);
    std::set<std::uint32_t> reached{0};
    for (bool grew = true; grew;) {
        grew = false;
        for (const TrayEdge& e : w.edges())
            if (e.alive && (reached.count(e.a) != reached.count(e.b))) grew = reached.insert(e.a).second | reached.insert(e.b).second;
    }
    EXPECT_EQ(reached.size(), w.nodeCount());
}

TEST(HallJoin, TraysThatDoNotMeetLeaveTheHallsApart) {
    const Model m = twoHalls(4000);  // the second hall's corridor tray is at another y
    const RoutingWorld w(m, shipped());
    EXPECT_EQ(w.areaOf(HallId(1)), HallId(1));
    EXPECT_EQ(w.hallOffset(HallId(1)).x, 0);
    EXPECT_EQ(w.nodeCount(), 6U);
}

TEST(HallJoin, GeneratedHallsRouteTheirCrossHallCables) {
    // Small halls so the design spills into several; the fabric spans them.
    const ClusterSpec spec = parseSpecText(R"({"name": "halls", "compute": {"system": "nvidia-dgx-h100", "nodes": 64},
        "fabrics": {"compute": {"switch": "nvidia-qm9700"}, "oob": {"switch": "nvidia-sn2201", "per": "rack"}},
        "hall": {"width_m": 8, "depth_m": 8, "max_halls": 8}})",
                                           "halls.json", shipped());
    const Model m = generate(spec, shipped()).model;
    ASSERT_GE(m.halls().size(), 3U);
    const RoutingWorld w(m, shipped());
    m.halls().forEach([&](HallId id, const Hall&) { EXPECT_EQ(w.areaOf(id), HallId(0)) << "hall " << id.value; });

    Router router(m, shipped());
    const RoutingResult r = router.routeAll();
    EXPECT_TRUE(overfilledSegments(m, shipped(), r).empty());
    EXPECT_FALSE(r.negotiated);
    std::size_t crossHall = 0;
    m.cables().forEach([&](CableId id, const Cable& c) {
        const Link& l = m.links()[c.first];
        const RackId ra = w.rackOf(l.a), rb = w.rackOf(l.b);
        const CableRoute& cr = r.cables[id.value];
        EXPECT_NE(cr.status, RouteStatus::Unrouted) << "cable " << id.value << ": " << toString(cr.reason);
        if (m.racks()[ra].hall == m.racks()[rb].hall || cr.status != RouteStatus::Routed) return;
        ++crossHall;
        // Through trays of both halls, and at least as long as the straight line between them.
        std::set<std::uint32_t> halls;
        for (TrayId s : r.routes[cr.route].segments) halls.insert(m.trays()[s].hall.value);
        EXPECT_TRUE(halls.count(m.racks()[ra].hall.value) && halls.count(m.racks()[rb].hall.value)) << "cable " << id.value;
        const RackGeometry& a = w.rack(ra);
        const RackGeometry& b = w.rack(rb);
        const double dx = a.centre.x - b.centre.x, dy = a.centre.y - b.centre.y;
        EXPECT_GE(cr.lengthMm, std::sqrt(dx * dx + dy * dy)) << "cable " << id.value;
        EXPECT_GE(cr.orderedMm, cr.lengthMm);
    });
    EXPECT_GT(crossHall, 0U);
}

}  // namespace
}  // namespace rw
