// The shortest way along the trays between two racks (what the floor plan's measure tool reads):
// exact on a hand-built L of trays, per kind, none where the trays do not join, and on a generated
// SuperPOD a chain of joined segments at least as long as the straight line.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

#include "catalog/Catalog.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "router/RoutingWorld.h"
#include "router/TrayPath.h"
#include "support/ShippedCatalog.h"

namespace rw {
namespace {

const Catalog& shipped() { return test::shippedCatalog(); }

struct Site {
    Model model;
    RackId west, north, island;
};

/// A 20 m x 10 m hall: a data tray L (8 m east, 5 m north, 6 m back west), a fibre tray over the
/// first leg only, and a separate data tray far away over a third rack.
Site lOfTrays() {
    Site s;
    Hall hall;
    hall.name = "Hall 1";
    hall.outline = {{0, 0}, {20000, 0}, {20000, 10000}, {0, 10000}};
    const HallId h = s.model.halls().add(hall);
    const auto tray = [&](Point3 a, Point3 b, TrayKind kind) {
        TraySegment t;
        t.hall = h;
        t.a = a;
        t.b = b;
        t.kind = kind;
        return s.model.trays().add(t);
    };
    tray({1000, 2000, 3000}, {9000, 2000, 3000}, TrayKind::Data);
    tray({9000, 2000, 3000}, {9000, 7000, 3000}, TrayKind::Data);
    tray({9000, 7000, 3000}, {3000, 7000, 3000}, TrayKind::Data);
    tray({1000, 2000, 3300}, {9000, 2000, 3300}, TrayKind::Fiber);
    tray({15000, 9000, 3000}, {18000, 9000, 3000}, TrayKind::Data);  // joined to nothing
    const auto rack = [&](std::string name, Point2 at) {
        Rack r;
        r.hall = h;
        r.name = std::move(name);
        r.catalog = s.model.strings.intern("apc-netshelter-sx-48u-600x1200");
        r.position = at;
        return s.model.racks().add(r);
    };
    s.west = rack("R1", {1000, 2000});
    s.north = rack("R2", {3000, 7000});
    s.island = rack("R3", {18000, 9000});
    return s;
}

TEST(TrayPath, FollowsTheTraysRoundTheCornerWithBothDrops) {
    const Site s = lOfTrays();
    const RoutingWorld world(s.model, shipped());
    const TrayPath path = shortestTrayPath(s.model, shipped(), s.west, s.north, TrayKind::Data);
    ASSERT_TRUE(path.found);
    EXPECT_DOUBLE_EQ(path.trayMm, 8000.0 + 5000.0 + 6000.0);
    EXPECT_EQ(path.segments, (std::vector<TrayId>{TrayId(0), TrayId(1), TrayId(2)}));
    const double top = world.rack(s.west).topMm;
    ASSERT_GT(top, 1500.0) << "a 48U rack's top from the catalog";
    EXPECT_DOUBLE_EQ(path.dropsMm, 2 * (3000.0 - top));
    EXPECT_DOUBLE_EQ(path.offsetsMm, 0.0) << "both racks stand under a tray end";
    EXPECT_DOUBLE_EQ(path.totalMm(), 19000.0 + 2 * (3000.0 - top));
    // The other way round: the same length, the segments reversed.
    const TrayPath back = shortestTrayPath(s.model, shipped(), s.north, s.west, TrayKind::Data);
    EXPECT_DOUBLE_EQ(back.trayMm, path.trayMm);
    EXPECT_EQ(back.segments, (std::vector<TrayId>{TrayId(2), TrayId(1), TrayId(0)}));
}

TEST(TrayPath, NoneWhereTheTraysDoNotJoinOrTheKindIsMissing) {
    const Site s = lOfTrays();
    const auto paths = shortestTrayPaths(s.model, shipped(), s.west, s.north);
    EXPECT_TRUE(paths[std::size_t(TrayKind::Data)].found);
    // The fibre tray runs over R1 only: R2's fibre drop is the far end of that tray, 5 m away.
    const TrayPath& fibre = paths[std::size_t(TrayKind::Fiber)];
    ASSERT_TRUE(fibre.found);
    EXPECT_DOUBLE_EQ(fibre.trayMm, 0.0) << "both racks drop at R1's end of the one fibre tray";
    EXPECT_NEAR(fibre.offsetsMm, std::hypot(2000.0, 5000.0), 1.0) << "R2 reaches it through open air";
    EXPECT_FALSE(paths[std::size_t(TrayKind::Power)].found) << "no power trays at all";
    EXPECT_FALSE(shortestTrayPath(s.model, shipped(), s.west, s.island, TrayKind::Data).found) << "an island of tray";
    const TrayPath same = shortestTrayPath(s.model, shipped(), s.west, s.west, TrayKind::Data);
    EXPECT_TRUE(same.found);
    EXPECT_DOUBLE_EQ(same.trayMm, 0.0);
    EXPECT_TRUE(same.segments.empty());
}

TEST(TrayPath, OnAGeneratedDesignAChainOfJoinedSegmentsNoShorterThanTheStraightLine) {
    const auto file = std::filesystem::path(RACKWEAVE_TEST_DATA) / ".." / ".." / "examples" / "superpod-h100-1su.json";
    const Model m = generate(parseSpecFile(file, shipped()), shipped()).model;
    const std::vector<RackId> racks = m.racks().ids();
    ASSERT_GE(racks.size(), 4U);
    const RackId a = racks.front(), b = racks.back();
    const RoutingWorld world(m, shipped());
    for (const TrayPath& path : shortestTrayPaths(m, shipped(), a, b)) {
        ASSERT_TRUE(path.found) << toString(path.kind);
        ASSERT_FALSE(path.segments.empty());
        const Point3& from = world.node(world.rack(a).drop[std::size_t(path.kind)]);
        const Point3& to = world.node(world.rack(b).drop[std::size_t(path.kind)]);
        EXPECT_GE(path.trayMm + 1.0, std::hypot(double(from.x) - to.x, double(from.y) - to.y));
        double summed = 0.0;
        for (std::size_t i = 0; i < path.segments.size(); ++i) {
            const TraySegment& s = m.trays()[path.segments[i]];
            EXPECT_EQ(s.kind, path.kind);
            summed += world.edges()[path.segments[i].value].lengthMm;
            if (i == 0) continue;
            const TraySegment& p = m.trays()[path.segments[i - 1]];
            const auto samePlan = [](Point3 x, Point3 y) { return x.x == y.x && x.y == y.y; };
            EXPECT_TRUE(samePlan(p.a, s.a) || samePlan(p.a, s.b) || samePlan(p.b, s.a) || samePlan(p.b, s.b))
                << "segments " << i - 1 << " and " << i << " meet (in plan; a riser may join levels)";
        }
        EXPECT_LE(summed, path.trayMm + 1e-6) << "risers add to the segments, never take away";
    }
}

}  // namespace
}  // namespace rw
