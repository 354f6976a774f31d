// The picking index: a ray finds the nearest box it enters, misses what it passes by, and racks
// turned a quarter turn are hit on their turned footprint.
#include <random>

#include <gtest/gtest.h>

#include "model/SpatialIndex.h"

namespace rw {
namespace {

Ray3d rayDown(double x, double y) { return Ray3d{{x, y, 10'000}, {0, 0, -1}}; }

TEST(SpatialIndex, RayHitsTheNearestOfTheBoxesItPassesThrough) {
    // Three racks in a row along x, seen end-on from the west: the first one wins.
    std::vector<BoxIndex::Entry> entries;
    for (std::uint32_t i = 0; i < 3; ++i)
        entries.push_back({standingBox({std::int32_t(2000 + 1000 * i), 0}, Rotation::R0, 600, 1200, 2000), 10 + i});
    const BoxIndex index(entries);
    const auto hit = index.firstHit(Ray3d{{-5000, 0, 1000}, {1, 0, 0}});
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->key, 10u);
    EXPECT_NEAR(hit->t, 5000 + 2000 - 300, 1e-9);
    // From the east the last one is nearest.
    const auto back = index.firstHit(Ray3d{{9000, 0, 1000}, {-1, 0, 0}});
    ASSERT_TRUE(back);
    EXPECT_EQ(back->key, 12u);
}

TEST(SpatialIndex, RaysBesideAboveOrAwayFromTheBoxesMiss) {
    const BoxIndex index({{standingBox({0, 0}, Rotation::R0, 600, 1200, 2000), 1}});
    EXPECT_FALSE(index.firstHit(rayDown(400, 0))) << "beside the 600 mm wide rack";
    EXPECT_FALSE(index.firstHit(Ray3d{{-5000, 0, 2100}, {1, 0, 0}})) << "over its top";
    EXPECT_FALSE(index.firstHit(Ray3d{{-5000, 0, 1000}, {-1, 0, 0}})) << "pointing away";
    EXPECT_TRUE(index.firstHit(rayDown(290, 590)));
    EXPECT_FALSE(BoxIndex{}.firstHit(rayDown(0, 0))) << "an empty index hits nothing";
}

TEST(SpatialIndex, QuarterTurnedRackIsHitOnItsTurnedFootprint) {
    // 600 wide x 1200 deep: turned by 90 degrees it spans 1200 along x and 600 along y.
    const BoxIndex upright({{standingBox({0, 0}, Rotation::R0, 600, 1200, 2000), 1}});
    const BoxIndex turned({{standingBox({0, 0}, Rotation::R90, 600, 1200, 2000), 1}});
    EXPECT_FALSE(upright.firstHit(rayDown(500, 0)));
    EXPECT_TRUE(turned.firstHit(rayDown(500, 0)));
    EXPECT_TRUE(upright.firstHit(rayDown(0, 500)));
    EXPECT_FALSE(turned.firstHit(rayDown(0, 500)));
    EXPECT_TRUE(BoxIndex({{standingBox({0, 0}, Rotation::R270, 600, 1200, 2000), 1}}).firstHit(rayDown(500, 0)));
}

TEST(SpatialIndex, RayStartingInsideABoxHitsItAtZero) {
    const BoxIndex index({{standingBox({0, 0}, Rotation::R0, 600, 1200, 2000), 7}});
    const auto hit = index.firstHit(Ray3d{{0, 0, 1000}, {0, 1, 0}});
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->key, 7u);
    EXPECT_EQ(hit->t, 0.0);
}

TEST(SpatialIndex, LargeGridAgreesWithBruteForce) {
    // 100 x 100 racks with gaps and random heights; random oblique rays from a camera above.
    std::mt19937 random(42);
    std::uniform_int_distribution<int> height(1000, 2400);
    std::vector<BoxIndex::Entry> entries;
    for (std::uint32_t row = 0; row < 100; ++row)
        for (std::uint32_t col = 0; col < 100; ++col)
            entries.push_back({standingBox({std::int32_t(col * 700), std::int32_t(row * 3000)},
                                           Rotation(row % 4), 600, 1200, height(random)),
                               row * 100 + col});
    const BoxIndex index(entries);
    EXPECT_EQ(index.size(), entries.size());
    std::uniform_real_distribution<double> across(-5000, 75'000), along(-5000, 305'000);
    int hits = 0;
    for (int i = 0; i < 500; ++i) {
        const Vec3d eye{across(random), along(random) - 20'000, 30'000};
        const Vec3d target{across(random), along(random), 0};
        const Ray3d ray{eye, {target.x - eye.x, target.y - eye.y, target.z - eye.z}};
        std::optional<RayHit> expected;
        for (const auto& e : entries)
            if (const auto t = intersect(ray, e.box); t && (!expected || *t < expected->t)) expected = RayHit{e.key, *t};
        const auto got = index.firstHit(ray);
        ASSERT_EQ(got.has_value(), expected.has_value()) << "ray " << i;
        if (!got) continue;
        ++hits;
        EXPECT_DOUBLE_EQ(got->t, expected->t) << "ray " << i;
    }
    EXPECT_GT(hits, 100) << "most rays should land on a rack";
}

TEST(SpatialIndex, OverlappingFindsTheBoxesInARegion) {
    std::vector<BoxIndex::Entry> entries;
    for (std::uint32_t i = 0; i < 50; ++i) entries.push_back({standingBox({std::int32_t(i * 1000), 0}, Rotation::R0, 600, 1200, 2000), i});
    const BoxIndex index(entries);
    auto keys = index.overlapping(Box3d{{9'000, -100, 0}, {12'000, 100, 10}});
    std::sort(keys.begin(), keys.end());
    EXPECT_EQ(keys, (std::vector<std::uint32_t>{9, 10, 11, 12}));
}

}  // namespace
}  // namespace rw
