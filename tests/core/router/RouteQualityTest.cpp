// Route quality: routed length against the shortest tray paths with no capacity limit.
#include <gtest/gtest.h>

#include <filesystem>

#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "router/RouteQuality.h"
#include "router/Router.h"
#include "support/ShippedCatalog.h"

namespace rw {
namespace {

Model example(const char* name) {
    const auto file = std::filesystem::path(RACKWEAVE_SOURCE_DIR) / "examples" / name;
    return generate(parseSpecFile(file, test::shippedCatalog()), test::shippedCatalog()).model;
}

TEST(RouteQuality, UncongestedRoutingIsExactlyTheLowerBound) {
    const Model m = example("superpod-h100-4su.json");
    const RoutingResult routes = Router(m, test::shippedCatalog()).routeAll();
    ASSERT_FALSE(routes.negotiated);
    const RouteQuality q = measureRouteQuality(m, test::shippedCatalog(), routes);
    EXPECT_EQ(q.total.cables, routes.countWith(RouteStatus::Routed));
    EXPECT_DOUBLE_EQ(q.total.ratio(), 1.0);
    std::size_t perFabric = 0;
    for (const auto& [fabric, f] : q.fabrics) perFabric += f.cables;
    EXPECT_EQ(perFabric, q.total.cables);
}

TEST(RouteQuality, DetoursRaiseTheRatioAndNeverGoBelowTheBound) {
    Model m = example("superpod-h100-4su.json");
    const Catalog& catalog = test::shippedCatalog();
    const RoutingResult base = Router(m, catalog).routeAll();
    // Half the fill everywhere: bundles detour, so the routed total exceeds the bound.
    m.trays().forEach([&](TrayId id, const TraySegment& s) { m.trays()[id].maxFillPercent = static_cast<std::uint8_t>(s.maxFillPercent / 4); });
    Router router(m, catalog);
    const RoutingResult detoured = router.routeAll();
    ASSERT_TRUE(detoured.negotiated);
    const std::vector<std::uint32_t> shortest = router.shortestLengthsMm();
    m.cables().forEach([&](CableId id, const Cable&) {
        const CableRoute& r = detoured.cables[id.value];
        if (r.status == RouteStatus::Routed) {
            EXPECT_GE(r.lengthMm, shortest[id.value]) << "cable " << id.value;
        }
        if (base.cables[id.value].status == RouteStatus::Routed) {
            EXPECT_EQ(shortest[id.value], base.cables[id.value].lengthMm);
        }
    });
    EXPECT_GT(measureRouteQuality(m, catalog, detoured).total.ratio(), 1.0);
}

}  // namespace
}  // namespace rw
