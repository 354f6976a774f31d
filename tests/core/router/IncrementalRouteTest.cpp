// Incremental rerouting (issue 5 item 5): after random sequences of rack moves, device moves,
// tray limit edits, tray geometry edits (add, remove, move a segment) and cable edits, on
// uncongested and congested designs, Router::reroute() returns exactly what a fresh
// Router::routeAll() returns, without ever falling back to a full reroute, and never over a limit.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <random>

#include "catalog/Catalog.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "router/Router.h"
#include "support/ShippedCatalog.h"

namespace rw {
namespace {

const Catalog& shipped() { return test::shippedCatalog(); }

Model generateExample(const std::string& name) {
    const auto file = std::filesystem::path(RACKWEAVE_TEST_DATA) / ".." / ".." / "examples" / name;
    return generate(parseSpecFile(file, shipped()), shipped()).model;
}

template <class T, class Id>
Id pick(const Table<T, Id>& table, std::mt19937& rng) {
    const std::vector<Id> ids = table.ids();
    return ids[std::uniform_int_distribution<std::size_t>(0, ids.size() - 1)(rng)];
}

enum class Edit { RackMove, DeviceMove, TrayFill, TrayWidth, TrayLoad, CableRemove, CablePin, CableAdd, TrayMove, TrayAdd, TrayRemove, TrayShortcut, TrayRelief };
constexpr int kEdits = 13;
bool isGeometry(Edit e) { return e >= Edit::TrayMove; }

/// Applies one random edit of kind `kind` to `m` and returns what it changed.
ChangeSet randomEdit(Model& m, Edit kind, const RoutingResult& current, std::mt19937& rng) {
    ChangeSet cs;
    const auto mark = [&](std::array<ChangeSet::IdList, kEntityKindCount>& list, EntityKind k, std::uint32_t id) {
        list[ChangeSet::index(k)].push_back(id);
    };
    const auto slots = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    switch (kind) {
        case Edit::RackMove: {
            const RackId r = pick(m.racks(), rng);
            m.racks()[r].position.x += slots(-3, 3) * 600;
            m.racks()[r].position.y += slots(0, 3) == 0 ? 1200 : 0;  // sometimes into another row's aisle
            mark(cs.modified, EntityKind::Rack, r.value);
            break;
        }
        case Edit::DeviceMove: {
            const DeviceId d = pick(m.devices(), rng);
            Device& dev = m.devices()[d];
            dev.uPosition = static_cast<std::uint8_t>(std::clamp(dev.uPosition + slots(-4, 4), 1, 40));
            mark(cs.modified, EntityKind::Device, d.value);
            break;
        }
        case Edit::TrayFill:
        case Edit::TrayWidth:
        case Edit::TrayLoad: {
            const TrayId t = pick(m.trays(), rng);
            TraySegment& s = m.trays()[t];
            if (kind == Edit::TrayFill) s.maxFillPercent = static_cast<std::uint8_t>(slots(1, 60));
            if (kind == Edit::TrayWidth) s.widthMm = static_cast<std::uint16_t>(std::max(25, s.widthMm * slots(1, 8) / 4));
            if (kind == Edit::TrayLoad) s.maxLoadKgPerM = static_cast<float>(slots(1, 100));
            mark(cs.modified, EntityKind::Tray, t.value);
            break;
        }
        case Edit::CableRemove: {
            const CableId c = pick(m.cables(), rng);
            m.cables().erase(c);
            mark(cs.removed, EntityKind::Cable, c.value);
            break;
        }
        case Edit::CablePin: {
            // Pin a cable to the media it got (or back to auto): its options change.
            const CableId c = pick(m.cables(), rng);
            Cable& cable = m.cables()[c];
            cable.media = cable.media == Media::Auto && current.isRouted(c) ? current.cables[c.value].media : Media::Auto;
            mark(cs.modified, EntityKind::Cable, c.value);
            break;
        }
        case Edit::CableAdd: {
            // A second cable on a link whose cable was removed would be invalid; re-add a removed one instead.
            const CableId c = pick(m.cables(), rng);
            const Cable copy = m.cables()[c];
            m.cables().erase(c);
            const CableId added = m.cables().add(copy);
            mark(cs.removed, EntityKind::Cable, c.value);
            mark(cs.added, EntityKind::Cable, added.value);
            break;
        }
        case Edit::TrayMove: {
            const TrayId t = pick(m.trays(), rng);
            m.trays()[t].a.z += 100;
            m.trays()[t].b.z += 100;
            mark(cs.modified, EntityKind::Tray, t.value);
            break;
        }
        case Edit::TrayAdd: {
            // A parallel segment beside an existing one (a second tray on the same run).
            TraySegment s = m.trays()[pick(m.trays(), rng)];
            const TrayId t = m.trays().add(s);
            mark(cs.added, EntityKind::Tray, t.value);
            break;
        }
        case Edit::TrayShortcut: {
            // A new segment from one tray node to another of the same kind and level: a shortcut
            // that shortens (or ties) some shortest paths.
            const TraySegment& from = m.trays()[pick(m.trays(), rng)];
            std::vector<TrayId> peers;
            m.trays().forEach([&](TrayId id, const TraySegment& s) {
                if (s.kind == from.kind && s.hall == from.hall && s.a.z == from.a.z && !(s.b == from.a)) peers.push_back(id);
            });
            TraySegment s = from;
            s.b = m.trays()[peers[std::uniform_int_distribution<std::size_t>(0, peers.size() - 1)(rng)]].b;
            const TrayId t = m.trays().add(s);
            mark(cs.added, EntityKind::Tray, t.value);
            break;
        }
        case Edit::TrayRelief: {
            // A second tray beside one of the busiest: congested bundles now have room next door.
            std::vector<std::size_t> use(m.trays().capacity(), 0);
            for (const CableRoute& c : current.cables)
                if (c.status == RouteStatus::Routed)
                    for (TrayId seg : current.routes[c.route].segments) ++use[seg.value];
            std::vector<std::uint32_t> order(use.size());
            for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
            std::sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) { return use[x] > use[y]; });
            const TrayId busy(order[std::uniform_int_distribution<std::size_t>(0, std::min<std::size_t>(9, order.size() - 1))(rng)]);
            if (!m.trays().contains(busy)) break;
            const TrayId t = m.trays().add(m.trays()[busy]);
            mark(cs.added, EntityKind::Tray, t.value);
            break;
        }
        case Edit::TrayRemove: {
            const TrayId t = pick(m.trays(), rng);
            m.trays().erase(t);
            mark(cs.removed, EntityKind::Tray, t.value);
            break;
        }
    }
    return cs;
}

struct Variant {
    const char* name;
    int fillPercent;  // 0: as generated
    int widthDivisor;
};

/// Per tray kind: does some segment run off the axes (a diagonal)? The first such segment of a
/// kind changes how that kind's base paths are searched (router/AxisSearch.h), so all of them are
/// searched again: a deliberate exception to "an edit replans a small part".
std::array<bool, 3> offAxisKinds(const Model& m) {
    std::array<bool, 3> off{};
    m.trays().forEach([&](TrayId, const TraySegment& s) {
        const int axes = (s.a.x != s.b.x) + (s.a.y != s.b.y) + (s.a.z != s.b.z);
        if (axes > 1) off[static_cast<std::size_t>(s.kind)] = true;
    });
    return off;
}

/// Runs `steps` random edits and checks every reroute against a fresh full route.
void checkRandomSequence(Model m, std::uint32_t seed, int steps, bool expectCongestion, RouterOptions options = {}) {
    std::mt19937 rng(seed);
    Router router(m, shipped(), options);
    RoutingResult current = router.routeAll();
    ASSERT_EQ(current.negotiated, expectCongestion);
    std::size_t reused = 0, local = 0, geometryEdits = 0;
    for (int step = 0; step < steps; ++step) {
        const auto kind = static_cast<Edit>(std::uniform_int_distribution<int>(0, kEdits - 1)(rng));
        const std::array<bool, 3> offBefore = offAxisKinds(m);
        const ChangeSet changes = randomEdit(m, kind, current, rng);
        const bool searchChanged = offAxisKinds(m) != offBefore;
        RoutingResult next = router.reroute(current, changes);
        const RoutingStats stats = router.stats();
        const RoutingResult fresh = Router(m, shipped()).routeAll();
        ASSERT_EQ(next, fresh) << "seed " << seed << " step " << step << " edit " << static_cast<int>(kind);
        EXPECT_FALSE(stats.fullReroute) << "step " << step << " edit " << static_cast<int>(kind);
        geometryEdits += isGeometry(kind);
        EXPECT_TRUE(overfilledSegments(m, shipped(), next).empty()) << "step " << step;
        if (!stats.fullReroute) {
            ++local;
            if (!searchChanged) {
                EXPECT_LT(stats.reroutedCables, m.cables().size() / 2) << "step " << step;
            }
            reused += stats.reusedSearches;
        }
        current = std::move(next);
    }
    EXPECT_EQ(local, static_cast<std::size_t>(steps));  // tray geometry edits included
    EXPECT_GT(geometryEdits, 0U);
    if (expectCongestion && options.rememberSearches) { EXPECT_GT(reused, 0U) << "congestion searches were never reused"; }
    if (!options.rememberSearches) { EXPECT_EQ(reused, 0U) << "a router that forgets its searches reused one"; }
}

TEST(IncrementalRoute, RandomEditsOnAnUncongestedDesignEqualFullReroutes) {
    checkRandomSequence(generateExample("superpod-h100-4su.json"), 11, 30, false);
}

TEST(IncrementalRoute, RandomEditsOnCongestedDesignsEqualFullReroutes) {
    const Model generated = generateExample("superpod-h100-4su.json");
    // Undersized trays as users make them: a low fill limit everywhere (detours), half-width
    // trays, and a fill so low that bundles split and cables are left without capacity.
    for (const Variant v : {Variant{"fill 10 %", 10, 1}, Variant{"half width", 0, 2}, Variant{"fill 3 %", 3, 1}}) {
        SCOPED_TRACE(v.name);
        Model m = generated;
        m.trays().forEach([&](TrayId id, const TraySegment&) {
            TraySegment& s = m.trays()[id];
            if (v.fillPercent > 0) s.maxFillPercent = static_cast<std::uint8_t>(v.fillPercent);
            s.widthMm = static_cast<std::uint16_t>(s.widthMm / v.widthDivisor);
        });
        checkRandomSequence(m, 100 + static_cast<std::uint32_t>(v.fillPercent), 30, true);
    }
}

// The CLI and the generator route once and keep no searches (RouterOptions::rememberSearches):
// the same results, and a later reroute, if any, searches again rather than reusing.
TEST(IncrementalRoute, ARouterThatForgetsItsSearchesStillReroutesExactly) {
    Model m = generateExample("superpod-h100-4su.json");
    m.trays().forEach([&](TrayId id, const TraySegment&) { m.trays()[id].maxFillPercent = 10; });
    RouterOptions forgetting;
    forgetting.rememberSearches = false;
    EXPECT_EQ(Router(m, shipped(), forgetting).routeAll(), Router(m, shipped()).routeAll());
    checkRandomSequence(m, 7, 20, true, forgetting);
}

TEST(IncrementalRoute, TrayGeometryEditsAreLocalAndExact) {
    // Only segment additions (parallel runs and shortcuts), removals and moves, on the design as
    // generated and with narrow trays.
    Model generated = generateExample("superpod-h100-4su.json");
    Model narrow = generated;
    narrow.trays().forEach([&](TrayId id, const TraySegment&) { narrow.trays()[id].maxFillPercent = 10; });
    for (Model* m : {&generated, &narrow}) {
        std::mt19937 rng(m == &narrow ? 7 : 3);
        Router router(*m, shipped());
        RoutingResult current = router.routeAll();
        std::size_t replanned = 0;
        for (int step = 0; step < 24; ++step) {
            const auto kind = static_cast<Edit>(std::uniform_int_distribution<int>(int(Edit::TrayMove), kEdits - 1)(rng));
            const ChangeSet changes = randomEdit(*m, kind, current, rng);
            current = router.reroute(current, changes);
            EXPECT_FALSE(router.stats().fullReroute);
            replanned += router.stats().reroutedCables;
            ASSERT_EQ(current, Router(*m, shipped()).routeAll()) << "step " << step << " edit " << static_cast<int>(kind);
            EXPECT_TRUE(overfilledSegments(*m, shipped(), current).empty());
        }
        EXPECT_LT(replanned, 24 * m->cables().size() / 4);  // each edit replans a small part
    }
}

// Generated trays all run along the axes, and their base paths are A* searches on L1 distance.
// The first diagonal segment of a kind hands that kind to the general search: its cables are
// planned again (exactly as a full route would), the other kinds' are not, and a second
// diagonal of the same kind is a local edit again.
TEST(IncrementalRoute, TheFirstDiagonalTrayOfAKindReplansOnlyThatKind) {
    Model m = generateExample("superpod-h100-4su.json");
    Router router(m, shipped());
    RoutingResult current = router.routeAll();
    std::size_t fibreCables = 0;
    m.cables().forEach([&](CableId id, const Cable&) {
        const CableRoute* r = current.find(id);
        if (r && r->status == RouteStatus::Routed && m.trays()[current.routes[r->route].segments.front()].kind == TrayKind::Fiber) ++fibreCables;
    });
    ASSERT_GT(fibreCables, 100U);
    const auto addDiagonal = [&](int which) {
        std::vector<TrayId> fibre;
        m.trays().forEach([&](TrayId id, const TraySegment& s) {
            if (s.kind == TrayKind::Fiber && s.a.z == s.b.z) fibre.push_back(id);
        });
        TraySegment s = m.trays()[fibre[which % fibre.size()]];
        const TraySegment& far = m.trays()[fibre[(which * 7 + fibre.size() / 2) % fibre.size()]];
        s.b = far.b;
        ASSERT_TRUE(s.a.x != s.b.x && s.a.y != s.b.y) << "the test wants a diagonal";
        ChangeSet cs;
        cs.added[ChangeSet::index(EntityKind::Tray)].push_back(m.trays().add(s).value);
        current = router.reroute(current, cs);
        EXPECT_FALSE(router.stats().fullReroute);
        ASSERT_EQ(current, Router(m, shipped()).routeAll());
    };
    addDiagonal(3);
    EXPECT_GE(router.stats().reroutedCables, fibreCables / 2);    // the fibre kind, planned again
    EXPECT_LT(router.stats().reroutedCables, m.cables().size());  // copper and power kept
    addDiagonal(11);
    EXPECT_LT(router.stats().reroutedCables, m.cables().size() / 4);  // local again
}

TEST(IncrementalRoute, RackMoveOnACongestedDesignReusesMostSearches) {
    Model m = generateExample("superpod-h100-4su.json");
    m.trays().forEach([&](TrayId id, const TraySegment&) { m.trays()[id].maxFillPercent = 10; });
    Router router(m, shipped());
    const RoutingResult before = router.routeAll();
    const std::size_t searches = router.stats().rippedUp;
    ASSERT_GT(searches, 10U);
    RackId moved;
    m.racks().forEach([&](RackId id, const Rack& r) {
        if (!moved && r.role == RackRole::Compute) moved = id;
    });
    m.racks()[moved].position.x += 600;
    ChangeSet changes;
    changes.modified[ChangeSet::index(EntityKind::Rack)].push_back(moved.value);
    const RoutingResult after = router.reroute(before, changes);
    EXPECT_FALSE(router.stats().fullReroute);
    EXPECT_GT(router.stats().reusedSearches, 0U);
    EXPECT_LT(router.stats().rippedUp, searches / 2);
    EXPECT_EQ(after, Router(m, shipped()).routeAll());
}

TEST(IncrementalRoute, AForeignPreviousResultMeansAFullReroute) {
    Model m = generateExample("superpod-h100-1su.json");
    Router router(m, shipped());
    RoutingResult stale = router.routeAll();
    stale.cables.front().lengthMm += 1;  // not what this router returned
    const RoutingResult again = router.reroute(stale, ChangeSet{});
    EXPECT_TRUE(router.stats().fullReroute);
    EXPECT_EQ(again, Router(m, shipped()).routeAll());
    // A fresh router has no state to update from.
    Router fresh(m, shipped());
    EXPECT_EQ(fresh.reroute(again, ChangeSet{}), again);
    EXPECT_TRUE(fresh.stats().fullReroute);
}

}  // namespace
}  // namespace rw
