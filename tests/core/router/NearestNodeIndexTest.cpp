// The grid index answers exactly what a scan of every node answers (least Manhattan distance in
// plan, then lowest z, then lowest id), for points inside, between and far outside the nodes.
#include <gtest/gtest.h>

#include <cstdlib>
#include <random>
#include <tuple>

#include "router/NearestNodeIndex.h"

namespace rw {
namespace {

constexpr std::uint32_t kNone = 0xffffffffU;

std::uint32_t byScan(const std::vector<Point3>& pos, const std::vector<std::uint32_t>& nodes, Point2 p) {
    std::uint32_t best = kNone;
    std::tuple<std::int64_t, std::int32_t, std::uint32_t> bestKey{};
    for (std::uint32_t n : nodes) {
        const std::tuple<std::int64_t, std::int32_t, std::uint32_t> key{
            std::abs(std::int64_t{pos[n].x} - p.x) + std::abs(std::int64_t{pos[n].y} - p.y), pos[n].z, n};
        if (best == kNone || key < bestKey) best = n, bestKey = key;
    }
    return best;
}

TEST(NearestNodeIndex, MatchesAScanOfEveryNode) {
    std::mt19937 rng(7);
    for (int trial = 0; trial < 20; ++trial) {
        // Nodes on a coarse lattice (as tray nodes are: many ties in x, y and distance), on
        // stacked levels, plus a few scattered ones; some ids left out of the index.
        std::vector<Point3> pos;
        std::vector<std::uint32_t> nodes;
        std::uniform_int_distribution<int> lattice(0, 40), level(0, 3), coin(0, 9), scatter(-50000, 150000);
        for (int i = 0; i < 400; ++i) {
            const bool scattered = coin(rng) == 0;
            pos.push_back(scattered ? Point3{scatter(rng), scatter(rng), 3000}
                                    : Point3{lattice(rng) * 1200, lattice(rng) * 2400, 3000 - 300 * level(rng)});
            if (coin(rng) != 0) nodes.push_back(static_cast<std::uint32_t>(i));
        }
        const NearestNodeIndex index(pos, nodes);
        std::uniform_int_distribution<int> query(-100000, 200000), near(0, 48000);
        for (int q = 0; q < 300; ++q) {
            const Point2 p = q % 2 ? Point2{query(rng), query(rng)} : Point2{near(rng), near(rng)};
            ASSERT_EQ(index.nearest(p, kNone), byScan(pos, nodes, p)) << "trial " << trial << " at (" << p.x << ", " << p.y << ")";
        }
    }
}

TEST(NearestNodeIndex, NoNodesGivesNone) {
    const std::vector<Point3> pos{{0, 0, 0}};
    EXPECT_EQ(NearestNodeIndex(pos, {}).nearest({0, 0}, kNone), kNone);
}

}  // namespace
}  // namespace rw
