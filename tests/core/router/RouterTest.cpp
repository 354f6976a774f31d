// Router behaviour on generated designs: lengths, parts, limits, congestion, incremental reroutes.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "catalog/Catalog.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "router/Router.h"
#include "router/RoutingWorld.h"

namespace rw {
namespace {

const Catalog& shipped() {
    static const Catalog catalog = Catalog::loadShipped();
    return catalog;
}

Model generateExample(const std::string& name) {
    const auto file = std::filesystem::path(RACKWEAVE_TEST_DATA) / ".." / ".." / "examples" / name;
    return generate(parseSpecFile(file, shipped()), shipped()).model;
}

Model generateText(const std::string& text) { return generate(parseSpecText(text, "test.json", shipped()), shipped()).model; }

double straightDistanceMm(const Model& m, const RoutingWorld& w, const Cable& c) {
    const Link& l = m.links()[c.first];
    const RackGeometry& a = w.rack(w.rackOf(l.a));
    const RackGeometry& b = w.rack(w.rackOf(l.b));
    const double dx = a.centre.x - b.centre.x, dy = a.centre.y - b.centre.y;
    const double dz = w.portHeightMm(l.a) - w.portHeightMm(l.b);
    return std::sqrt(dx * dx + dy * dy + dz * dz);
}

TEST(TrayLayout, GeneratesThreeKindsOverRowsBelowTheCeilingFromCatalogParts) {
    const Model m = generateExample("superpod-h100-1su.json");
    ASSERT_FALSE(m.trays().empty());
    std::set<TrayKind> kinds;
    m.trays().forEach([&](TrayId, const TraySegment& s) {
        kinds.insert(s.kind);
        const CatalogEntry* part = shipped().find(m.text(s.catalog));
        ASSERT_NE(part, nullptr);
        ASSERT_TRUE(part->tray);
        EXPECT_EQ(s.widthMm, std::lround(part->tray->widthMm));
        EXPECT_EQ(s.depthMm, std::lround(part->tray->depthMm));
        EXPECT_FLOAT_EQ(s.maxLoadKgPerM, static_cast<float>(part->tray->loadKgPerM));
        EXPECT_LT(s.a.z, m.halls()[s.hall].ceilingHeightMm);
        EXPECT_EQ(s.a.z, s.b.z);
        EXPECT_TRUE(s.a.x == s.b.x || s.a.y == s.b.y);
    });
    EXPECT_EQ(kinds.size(), 3U);
    // Every rack has a tray node of every kind straight above it.
    const RoutingWorld w(m, shipped());
    m.racks().forEach([&](RackId id, const Rack& r) {
        for (std::size_t k = 0; k < kTrayKinds; ++k) {
            ASSERT_NE(w.rack(id).drop[k], kNoNode);
            EXPECT_EQ(w.node(w.rack(id).drop[k]).x, r.position.x);
            EXPECT_EQ(w.node(w.rack(id).drop[k]).y, r.position.y);
            EXPECT_GT(w.node(w.rack(id).drop[k]).z, w.rack(id).topMm);
        }
    });
}

TEST(Router, LengthsCoverTheStraightDistanceAndPartsCoverTheLength) {
    const Model m = generateExample("superpod-h100-1su.json");
    Router router(m, shipped());
    const RoutingResult r = router.routeAll();
    const RoutingWorld w(m, shipped());
    std::size_t routed = 0, inRack = 0;
    m.cables().forEach([&](CableId id, const Cable& c) {
        const CableRoute& cr = r.cables[id.value];
        if (cr.status == RouteStatus::Unrouted) {
            // Only where the shipped catalog has no part for the ports (e.g. QSFP28 100G): reported, not silent.
            EXPECT_EQ(cr.reason, UnroutedReason::NoMedia) << "cable " << id.value;
            return;
        }
        routed += cr.status == RouteStatus::Routed;
        inRack += cr.status == RouteStatus::InRack;
        EXPECT_GE(cr.lengthMm, straightDistanceMm(m, w, c)) << "cable " << id.value;
        EXPECT_GE(cr.orderedMm, cr.lengthMm) << "cable " << id.value;
        ASSERT_LT(cr.sku, r.skus.size());
        const CatalogEntry* sku = shipped().find(r.skus[cr.sku]);
        ASSERT_NE(sku, nullptr);
        EXPECT_EQ(sku->cable->media, cr.media);
        EXPECT_EQ(std::lround(sku->cable->lengthM * 1000), cr.orderedMm);
        if (cr.status == RouteStatus::Routed) {
            ASSERT_LT(cr.route, r.routes.size());
            EXPECT_GE(cr.lengthMm, r.routes[cr.route].trayLengthMm);
            // The route is a connected chain of segments of one kind.
            const auto& segs = r.routes[cr.route].segments;
            for (std::size_t i = 1; i < segs.size(); ++i) {
                const TraySegment& p = m.trays()[segs[i - 1]];
                const TraySegment& q = m.trays()[segs[i]];
                EXPECT_EQ(p.kind, q.kind);
                // Joined at a point, or straight above each other (a riser between stacked levels).
                const auto sameColumn = [](Point3 u, Point3 v) { return u.x == v.x && u.y == v.y; };
                EXPECT_TRUE(sameColumn(p.a, q.a) || sameColumn(p.a, q.b) || sameColumn(p.b, q.a) || sameColumn(p.b, q.b));
            }
            if (c.media == Media::PowerCord) { EXPECT_EQ(m.trays()[segs.front()].kind, TrayKind::Power); }
        }
    });
    EXPECT_GT(routed, 100U);
    EXPECT_GT(inRack, 100U);  // power cords and in-rack management
    EXPECT_LT(r.routes.size(), routed);  // bundles share routes
    EXPECT_FALSE(r.negotiated);
}

TEST(Router, LimitsHoldOnGeneratedDesigns) {
    for (const char* name : {"superpod-h100-1su.json", "superpod-h100-4su.json", "gb200-nvl72-su.json"}) {
        const Model m = generateExample(name);
        Router router(m, shipped());
        const RoutingResult r = router.routeAll();
        EXPECT_TRUE(overfilledSegments(m, shipped(), r).empty()) << name;
        EXPECT_GT(r.countWith(RouteStatus::Routed), 0U) << name;
    }
}

TEST(Router, LimitsHoldOnRandomSpecs) {
    std::mt19937 rng(5);
    for (int i = 0; i < 4; ++i) {
        const int nodes = std::uniform_int_distribution<int>(8, 200)(rng);
        const double width = std::uniform_int_distribution<int>(20, 60)(rng);
        const std::string spec = fmt::format(R"({{"name": "r{}", "compute": {{"system": "nvidia-dgx-h100", "nodes": {}}},
            "hall": {{"width_m": {}, "depth_m": 60}}}})", i, nodes, width);
        const Model m = generateText(spec);
        // Narrow trays (a quarter of the fill) so capacity binds on some of them.
        Model tight = m;
        tight.trays().forEach([&](TrayId id, const TraySegment&) { tight.trays()[id].maxFillPercent = 4; });
        for (const Model* model : std::initializer_list<const Model*>{&m, &tight}) {
            Router router(*model, shipped());
            const RoutingResult r = router.routeAll();
            EXPECT_TRUE(overfilledSegments(*model, shipped(), r).empty()) << spec;
        }
    }
}

TEST(Router, DenseFabricRoutesOnSizedTraysWithoutNegotiation) {
    // A Colossus-style hall of 1,000 nodes: its trays are sized from the cables the router will
    // put on them (TrayLayout), so everything fits on the shortest paths.
    const Model m = generateText(R"({"name": "dense", "compute": {"system": "supermicro-hgx-h100-4u-liquid", "nodes": 1000,
        "nodes_per_rack": 8}, "fabrics": {"compute": {"switch": "nvidia-sn5600", "port_speed_gbps": 400},
        "storage": {"switch": "nvidia-sn5600", "port_speed_gbps": 400}, "oob": {"switch": "nvidia-sn2201", "per": "rack"}},
        "hall": {"width_m": 150, "depth_m": 120}, "power": {"pdu": "pdu-415v-3ph-60a-0u"}, "cooling": {"per": "rack"}})");
    Router router(m, shipped());
    const RoutingResult r = router.routeAll();
    EXPECT_FALSE(r.negotiated);
    EXPECT_TRUE(overfilledSegments(m, shipped(), r).empty());
    EXPECT_GT(r.countWith(RouteStatus::Routed), 5000U);
    const RoutingWorld w(m, shipped());
    m.cables().forEach([&](CableId id, const Cable& c) {
        const CableRoute& cr = r.cables[id.value];
        if (cr.status == RouteStatus::Unrouted) return;
        EXPECT_GE(cr.lengthMm, straightDistanceMm(m, w, c));
        EXPECT_GE(cr.orderedMm, cr.lengthMm);
    });
}

/// The segment carrying the largest cross-section.
TrayId busiest(const Model& m, const RoutingResult& r) {
    std::map<std::uint32_t, std::size_t> load;
    m.cables().forEach([&](CableId id, const Cable&) {
        if (r.cables[id.value].status == RouteStatus::Routed)
            for (TrayId s : r.routes[r.cables[id.value].route].segments) ++load[s.value];
    });
    return TrayId(std::max_element(load.begin(), load.end(), [](auto a, auto b) { return a.second < b.second; })->first);
}

TEST(Router, UndersizedTrayMakesReroutesThenUnroutedCables) {
    Model m = generateExample("superpod-h100-4su.json");
    const RoutingResult base = Router(m, shipped()).routeAll();
    ASSERT_FALSE(base.negotiated);
    const std::size_t unroutedBefore = base.countWith(RouteStatus::Unrouted);

    // One narrow segment: cables detour around it; nothing gets lost.
    const TrayId hot = busiest(m, base);
    m.trays()[hot].maxFillPercent = 1;
    Router second(m, shipped());
    const RoutingResult detoured = second.routeAll();
    EXPECT_TRUE(detoured.negotiated);
    EXPECT_GT(second.stats().rippedUp, 0U);
    EXPECT_TRUE(overfilledSegments(m, shipped(), detoured).empty());

    // Every tray that narrow: now some cables cannot fit anywhere and are reported.
    m.trays().forEach([&](TrayId id, const TraySegment&) { m.trays()[id].maxFillPercent = 1; });
    Router third(m, shipped());
    const RoutingResult full = third.routeAll();
    EXPECT_TRUE(overfilledSegments(m, shipped(), full).empty());
    std::size_t noCapacity = 0;
    for (const CableRoute& c : full.cables) noCapacity += c.reason == UnroutedReason::NoCapacity;
    EXPECT_GT(noCapacity, 0U);
    EXPECT_GT(full.countWith(RouteStatus::Unrouted), unroutedBefore);
}

TEST(Router, IncrementalAfterRackMoveEqualsFullReroute) {
    Model m = generateExample("superpod-h100-4su.json");
    Router router(m, shipped());
    const RoutingResult before = router.routeAll();
    ASSERT_FALSE(before.negotiated);
    // Move the first compute rack to the far end of its row.
    RackId moved;
    std::int32_t maxX = 0;
    m.racks().forEach([&](RackId id, const Rack& r) {
        if (!moved && r.role == RackRole::Compute) moved = id;
        maxX = std::max(maxX, r.position.x);
    });
    ASSERT_TRUE(moved);
    m.racks()[moved].position.x = maxX + 600;  // beyond the tray's end: its drop is now longer
    ChangeSet changes;
    changes.modified[ChangeSet::index(EntityKind::Rack)].push_back(moved.value);
    const RoutingResult incremental = router.reroute(before, changes);
    EXPECT_FALSE(router.stats().fullReroute);
    EXPECT_GT(router.stats().reroutedCables, 0U);
    EXPECT_LT(router.stats().reroutedCables, m.cables().size() / 4);
    const RoutingResult fresh = Router(m, shipped()).routeAll();
    EXPECT_EQ(incremental, fresh);
    EXPECT_NE(incremental, before);
}

TEST(Router, IncrementalAfterTrayEditEqualsFullReroute) {
    Model m = generateExample("superpod-h100-1su.json");
    Router router(m, shipped());
    const RoutingResult before = router.routeAll();
    const TrayId hot = busiest(m, before);
    // A wider limit: nothing moves. A tighter one on the busiest segment: negotiation, so the
    // router falls back to a full reroute; either way the answer equals a fresh full route.
    for (std::uint8_t fill : {std::uint8_t{50}, std::uint8_t{1}}) {
        m.trays()[hot].maxFillPercent = fill;
        ChangeSet changes;
        changes.modified[ChangeSet::index(EntityKind::Tray)].push_back(hot.value);
        const RoutingResult incremental = router.reroute(before, changes);
        EXPECT_EQ(incremental, Router(m, shipped()).routeAll()) << int(fill);
    }
    // Moving a segment changes the graph: also equal to a full reroute.
    m.trays()[hot].maxFillPercent = 40;
    m.trays()[hot].a.z += 100;
    m.trays()[hot].b.z += 100;
    ChangeSet moved;
    moved.modified[ChangeSet::index(EntityKind::Tray)].push_back(hot.value);
    EXPECT_EQ(router.reroute(before, moved), Router(m, shipped()).routeAll());
}

}  // namespace
}  // namespace rw
