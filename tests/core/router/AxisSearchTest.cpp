// The base-path search on axis-aligned trays (router/AxisSearch.h): always as short as a plain
// Dijkstra over the same trays, on grids with holes and stacked levels; its work follows the
// path, not the grid; different seeds spread over different staircases; and a diagonal segment
// takes only its own kind off the axes.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <queue>
#include <random>
#include <set>

#include "router/AxisSearch.h"
#include "router/RoutingWorld.h"
#include "support/ShippedCatalog.h"

namespace rw {
namespace {

using routing::SearchSpace;

const Catalog& shipped() { return test::shippedCatalog(); }

constexpr int kPitchX = 600, kPitchY = 2400;

/// A hall with a `cols` x `rows` grid of `kind` trays at 3 m, each segment left out with
/// probability `holes`; with `level2`, a second grid 300 mm above, joined to the first by
/// vertical segments at every fourth column.
Model grid(int cols, int rows, double holes, std::uint32_t seed, TrayKind kind = TrayKind::Fiber, bool level2 = false) {
    Model m;
    Hall hall;
    hall.name = "Hall 1";
    hall.outline = {{-1000, -1000}, {cols * kPitchX + 1000, -1000}, {cols * kPitchX + 1000, rows * kPitchY + 1000}, {-1000, rows * kPitchY + 1000}};
    const HallId h = m.halls().add(hall);
    std::mt19937 rng(seed);
    std::bernoulli_distribution skip(holes);
    const auto tray = [&](Point3 a, Point3 b) {
        TraySegment t;
        t.hall = h;
        t.a = a;
        t.b = b;
        t.kind = kind;
        m.trays().add(t);
    };
    for (int z : level2 ? std::vector<int>{3000, 3300} : std::vector<int>{3000})
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c) {
                if (c + 1 < cols && !skip(rng)) tray({c * kPitchX, r * kPitchY, z}, {(c + 1) * kPitchX, r * kPitchY, z});
                if (r + 1 < rows && !skip(rng)) tray({c * kPitchX, r * kPitchY, z}, {c * kPitchX, (r + 1) * kPitchY, z});
            }
    if (level2)
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; c += 4) tray({c * kPitchX, r * kPitchY, 3000}, {c * kPitchX, r * kPitchY, 3300});
    return m;
}

/// Plain Dijkstra on length: the reference.
std::vector<double> distancesFrom(const RoutingWorld& w, std::uint32_t s) {
    std::vector<double> d(w.nodeCount(), routing::kInf);
    using Item = std::pair<double, std::uint32_t>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> q;
    d[s] = 0;
    q.emplace(0, s);
    while (!q.empty()) {
        const auto [dist, n] = q.top();
        q.pop();
        if (dist > d[n]) continue;
        for (std::uint32_t i = w.adjStart()[n]; i < w.adjStart()[n + 1]; ++i) {
            const std::uint32_t m = w.adjacentNodes()[i];
            const double nd = dist + w.edges()[w.adjacency()[i]].lengthMm;
            if (nd < d[m]) d[m] = nd, q.emplace(nd, m);
        }
    }
    return d;
}

/// The path the search left, as edges from `t` back to `s`, followed end to end.
std::vector<std::uint32_t> pathOf(const RoutingWorld& w, const SearchSpace& sp, std::uint32_t s, std::uint32_t t) {
    std::vector<std::uint32_t> path;
    for (std::uint32_t n = t; n != s;) {
        const std::uint32_t e = sp.node[n].predEdge;
        EXPECT_NE(e, kNoNode);
        if (e == kNoNode) break;
        path.push_back(e);
        n = w.edges()[e].a == n ? w.edges()[e].b : w.edges()[e].a;
    }
    return path;
}

/// The grid point at column `c`, row `r` (on the first level).
std::uint32_t nodeAt(const RoutingWorld& w, int c, int r) {
    for (std::uint32_t n = 0; n < w.nodeCount(); ++n)
        if (w.node(n).x == c * kPitchX && w.node(n).y == r * kPitchY && w.node(n).z == 3000) return n;
    ADD_FAILURE() << "no grid point at column " << c << ", row " << r;
    return 0;
}

TEST(AxisSearch, AsShortAsDijkstraOnGridsWithHolesAndStackedLevels) {
    for (const bool level2 : {false, true})
        for (std::uint32_t seed = 1; seed <= 3; ++seed) {
            SCOPED_TRACE(::testing::Message() << "seed " << seed << (level2 ? ", two levels" : ", one level"));
            const Model m = grid(30, 12, 0.25, seed, TrayKind::Fiber, level2);
            const RoutingWorld w(m, shipped());
            ASSERT_TRUE(w.axisAligned(TrayKind::Fiber));
            const std::vector<std::uint64_t> keys = routing::nodePositionKeys(w);
            SearchSpace sp;
            std::mt19937 rng(seed);
            std::uniform_int_distribution<std::uint32_t> node(0, static_cast<std::uint32_t>(w.nodeCount() - 1));
            int reachable = 0;
            for (int pair = 0; pair < 40; ++pair) {
                const std::uint32_t s = node(rng), t = node(rng);
                const std::vector<double> ref = distancesFrom(w, s);
                routing::axisSearch(w, sp, keys, s, t, rng());
                ASSERT_EQ(sp.distance(t), ref[t]) << "from node " << s << " to " << t;
                if (ref[t] == routing::kInf) continue;
                ++reachable;
                double length = 0;
                for (std::uint32_t e : pathOf(w, sp, s, t)) length += w.edges()[e].lengthMm;
                EXPECT_EQ(length, ref[t]);
            }
            EXPECT_GT(reachable, 20) << "a quarter of the segments missing still leaves most pairs joined";
        }
}

TEST(AxisSearch, WorkFollowsThePathNotTheGrid) {
    const Model m = grid(80, 40, 0.0, 1);
    const RoutingWorld w(m, shipped());
    const std::vector<std::uint64_t> keys = routing::nodePositionKeys(w);
    SearchSpace sp;
    const std::uint32_t s = nodeAt(w, 0, 0), t = nodeAt(w, 79, 39);
    routing::axisSearch(w, sp, keys, s, t, 42);
    const std::size_t hops = pathOf(w, sp, s, t).size();
    EXPECT_EQ(hops, 79U + 39U);
    std::size_t reached = 0;
    for (std::uint32_t n = 0; n < w.nodeCount(); ++n) reached += sp.node[n].seen == sp.stamp;
    // Each expanded node reaches its up to four neighbours; a sweep would reach all 3,200.
    EXPECT_LT(reached, 4 * hops) << "of " << w.nodeCount() << " nodes";
}

TEST(AxisSearch, SeedsSpreadOverDifferentStaircases) {
    const Model m = grid(40, 20, 0.0, 1);
    const RoutingWorld w(m, shipped());
    const std::vector<std::uint64_t> keys = routing::nodePositionKeys(w);
    SearchSpace sp;
    const std::uint32_t s = nodeAt(w, 0, 0), t = nodeAt(w, 39, 19);
    std::set<std::vector<std::uint32_t>> paths;
    std::set<std::uint32_t> used;
    for (std::uint64_t seed = 0; seed < 16; ++seed) {
        routing::axisSearch(w, sp, keys, s, t, routing::mixBits(seed));
        EXPECT_EQ(sp.distance(t), 39.0 * kPitchX + 19.0 * kPitchY);
        const std::vector<std::uint32_t> p = pathOf(w, sp, s, t);
        paths.insert(p);
        used.insert(p.begin(), p.end());
    }
    EXPECT_EQ(paths.size(), 16U) << "every seed its own staircase";
    EXPECT_GT(used.size(), 3 * (39U + 19U)) << "and they cover the grid rather than one band";
}

// Between two racks of a long row apart, a staircase whose turns all came first would run the
// whole way along the target's row, and every such cable with it. Drawn as if uniformly, the
// first of two turns comes a third of the way along on average.
TEST(AxisSearch, TurnsSpreadAlongTheWay) {
    const Model m = grid(61, 3, 0.0, 1);
    const RoutingWorld w(m, shipped());
    const std::vector<std::uint64_t> keys = routing::nodePositionKeys(w);
    SearchSpace sp;
    const std::uint32_t s = nodeAt(w, 0, 0), t = nodeAt(w, 60, 2);
    double firstTurnColumns = 0;
    constexpr int kSeeds = 200;
    for (std::uint64_t seed = 0; seed < kSeeds; ++seed) {
        routing::axisSearch(w, sp, keys, s, t, routing::mixBits(seed + 1000));
        std::vector<std::uint32_t> path = pathOf(w, sp, s, t);
        std::reverse(path.begin(), path.end());  // from s
        int column = 0;
        for (std::uint32_t e : path) {
            const TrayEdge& te = w.edges()[e];
            if (w.node(te.a).y != w.node(te.b).y) break;
            ++column;
        }
        firstTurnColumns += column;
    }
    const double mean = firstTurnColumns / kSeeds;
    EXPECT_NEAR(mean, 60.0 / 3.0, 5.0) << "the first turn, in columns from the start (of 60)";
}

TEST(AxisSearch, ADiagonalTakesOnlyItsOwnKindOffTheAxes) {
    Model m = grid(6, 4, 0.0, 1, TrayKind::Fiber);
    TraySegment copper;
    copper.hall = m.trays()[TrayId(0)].hall;
    copper.kind = TrayKind::Data;
    copper.a = {0, 0, 2700};
    copper.b = {3000, 0, 2700};
    m.trays().add(copper);
    EXPECT_TRUE(RoutingWorld(m, shipped()).axisAligned(TrayKind::Data));
    copper.a = {3000, 0, 2700};
    copper.b = {4000, 2400, 2700};  // diagonal
    m.trays().add(copper);
    const RoutingWorld w(m, shipped());
    EXPECT_FALSE(w.axisAligned(TrayKind::Data));
    EXPECT_TRUE(w.axisAligned(TrayKind::Fiber));
    EXPECT_TRUE(w.axisAligned(TrayKind::Power)) << "no segments: nothing off the axes";
}

}  // namespace
}  // namespace rw
