#pragma once
// Internals of the router, shared by its three translation units (not a public header):
// Router.cpp (planning, results, the pipeline, reroute()), RouterCongestion.cpp (history costs,
// the ordered pass, remembered congestion searches) and RouterGeometry.cpp (carrying the kept
// state over a tray geometry edit). The algorithm and why an incremental run equals a full one:
// docs/routing.md, "Router" and "Incremental rerouting". In short: routeAll() and reroute() run
// the same pipeline
//   plan (media, base paths) -> bundles -> base usage and history costs -> one ordered pass
//   (base path if it fits, else a congestion-cost search, else split) -> results,
// and reroute() only skips work whose complete inputs are unchanged: plans of untouched cables,
// base paths between untouched racks, and congestion searches whose every read edge still
// costs (or holds) exactly what it did.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <queue>
#include <tuple>
#include <utility>
#include <vector>

#include "router/Router.h"
#include "router/RoutingWorld.h"
#include "router/AxisSearch.h"
#include "router/RuleResolver.h"
#include "router/SearchSpace.h"

namespace rw {

namespace routing {

inline constexpr double kEps = 1e-9;

inline std::size_t kindIndex(TrayKind k) noexcept { return static_cast<std::size_t>(k); }

struct Demand {
    double area = 0.0;
    double kg = 0.0;
    friend bool operator==(const Demand&, const Demand&) = default;
};

/// Cables between two racks (lo < hi) on one tray kind; the unit of bundling and base paths.
struct GroupKey {
    std::uint32_t lo = 0;
    std::uint32_t hi = 0;
    std::uint32_t kind = 0;
    friend auto operator<=>(const GroupKey&, const GroupKey&) = default;
};

/// A shortest tray path between two racks' drops (on length only): the route every bundle
/// takes unless capacity forbids it.
struct BasePath {
    double lengthMm = kInf;
    std::vector<std::uint32_t> edges;  // from the lo rack's drop
};

/// What the planner decided for one cable; valid until the cable or one of its racks changes.
struct CablePlan {
    bool grouped = false;               // an inter-rack cable: routed with its group
    GroupKey group;
    const MediaOption* option = nullptr;
    std::uint32_t fixedMm = 0;          // in-rack runs and drops, no tray, no slack
    // Cables decided without trays (in rack, or unrouted for media or tray path):
    RouteStatus status = RouteStatus::Unrouted;
    UnroutedReason reason = UnroutedReason::None;
    std::uint32_t lengthMm = 0;
    const CatalogEntry* sku = nullptr;
};

/// Where a congested bundle's cables went: paths[pathOf[i]] for its i-th cable (kNoRoute: none fits).
struct Outcome {
    std::vector<std::vector<std::uint32_t>> paths;
    std::vector<std::uint32_t> pathOf;
};

/// A congestion search remembered with everything it read. Valid again exactly when the
/// bundle is the same and every edge it read would be read the same. Cost mode (the whole
/// bundle found a path): the edge's search cost is unchanged. Raw mode (the bundle was split,
/// and the outcome follows from "does this demand fit here" tests at several fill states): the
/// edge's limits are unchanged and its usage moved, if at all, only where no test could flip
/// (every test passed and the usage fell, or every test failed and it rose).
struct Memo {
    std::uint32_t source = kNoNode, target = kNoNode;
    std::vector<CableId> cables;
    std::vector<const MediaOption*> options;
    bool raw = false;
    std::uint32_t run = 0;
    std::vector<std::pair<std::uint32_t, double>> costReads;  // sorted by edge
    struct RawRead {
        std::uint32_t edge;
        bool anyFit = false, anyMiss = false;
        double area, kg;  // usage when the search began
    };
    std::vector<RawRead> rawReads;  // sorted by edge
    Outcome outcome;
};

/// A bundle across calls: its remembered search and what it committed last time.
struct BundleState {
    Memo memo;
    std::uint32_t committedRun = kNoNode;  // the call that last committed this bundle
    std::uint32_t memoUsedRun = kNoNode;   // the call that last committed the memo's outcome
    bool wasCongested = false;
    std::vector<std::uint32_t> commitEdges;  // edges the last commit used (sorted, unique)
};

struct Bundle {
    GroupKey group;
    std::uint32_t chunk = 0;
    std::uint32_t source = kNoNode, target = kNoNode;
    const CableId* cables = nullptr;
    std::size_t count = 0;
    Demand demand;
    const BasePath* base = nullptr;
    double reachSlackMm = 0.0;           // how much longer its tightest cable could be (media reach, longest SKU)
    const Outcome* congested = nullptr;  // null: the bundle follows its base path
};

}  // namespace routing

struct Router::Impl {
    using Demand = routing::Demand;
    using GroupKey = routing::GroupKey;
    using BasePath = routing::BasePath;
    using CablePlan = routing::CablePlan;
    using Outcome = routing::Outcome;
    using Memo = routing::Memo;
    using BundleState = routing::BundleState;
    using Bundle = routing::Bundle;
    static constexpr double kInf = routing::kInf;
    static constexpr double kEps = routing::kEps;

    const Model& model;
    const Catalog& catalog;
    RouterOptions opt;
    std::unique_ptr<RoutingWorld> world;
    RuleResolver resolver;
    RoutingStats stats;

    // Search workspace of the calling thread (base-path searches give each worker its own).
    routing::SearchSpace space;

    // Per edge: limits, base usage, history cost, usage of the ordered pass so far.
    std::vector<double> cap, load, baseArea, baseKg, history, area, kg;
    std::vector<std::uint32_t> limitsRun;  // run in which the edge's limits last changed

    // State kept between calls (the incremental part).
    std::uint32_t run = 0;
    std::uint32_t trayCount = 0;                        // tray edges of the current world (risers follow)
    std::vector<HallId> trayHall;                       // each tray's hall when the world was built (nodes are per hall)
    std::vector<CablePlan> plans;                       // by CableId::value
    std::map<GroupKey, BasePath> basePaths;             // (lo, hi, kind), only for untouched racks
    std::map<GroupKey, std::vector<CableId>> groups;    // members, sorted by id
    std::map<std::pair<GroupKey, std::uint32_t>, BundleState> states;  // by (group, chunk); nodes stay put
    std::vector<GroupKey> dirtyGroups;                  // groups whose members or base path changed (sorted)

    // Edges whose usage so far in the ordered pass (or history, or limits) may differ from the
    // previous call's at the same point: only these need rechecking in a search used last call.
    std::vector<std::uint32_t> changed;
    std::vector<std::uint8_t> isChanged;
    std::optional<RoutingResult> last;                  // what the last call returned

    // Recording of what a congestion search reads.
    Memo* recording = nullptr;
    std::vector<std::uint32_t> readStamp, readIndex;
    std::vector<std::pair<std::uint32_t, double>> costReadScratch;  // radixSortBy's buffer
    std::uint32_t readToken = 0;

    Impl(const Model& m, const Catalog& c, RouterOptions o) : model(m), catalog(c), opt(o), resolver(m, c) {}

    [[nodiscard]] std::uint32_t withSlack(double mm) const {
        return static_cast<std::uint32_t>(std::ceil((mm + 2.0 * opt.slackPerEndMm) * (1.0 + opt.slackPercent / 100.0)));
    }
    const TrayEdge& edge(std::uint32_t e) const { return world->edges()[e]; }

    // ---- setup ----------------------------------------------------------------------------

    void reset();
    /// Notes what the current world was built from that its graph does not show (tray halls).
    void rememberTrays();

    /// Limits of an edge as the routing world states them (risers have none).
    void refreshLimits(std::uint32_t e);

    // ---- tray geometry edits --------------------------------------------------------------

    /// Whether tray `id` is the same graph edge in `old` as in the current world.
    [[nodiscard]] bool sameSegment(const RoutingWorld& old, std::uint32_t id) const;

    [[nodiscard]] static bool sameRack(const RoutingWorld& old, const RoutingWorld& now, RackId r);

    /// After segments in `geometry` were added, removed or moved (the current world is already
    /// the new one): carries every kept path, search and per-edge value over into the new
    /// numbering and drops what the edit can change -- base paths that used a segment that went,
    /// or that a new segment could shorten or tie; searches that read an edge at a node whose
    /// neighbours changed; racks whose drop moved. Everything else is provably what a full route
    /// computes: ties break on positions, which the renumbering keeps.
    void carryOver(const RoutingWorld& old, const std::vector<std::uint32_t>& geometry, std::vector<std::uint8_t>& rackTouched,
                   std::vector<std::pair<std::uint32_t, std::uint32_t>>& pairsTouched);

    // ---- shortest paths -------------------------------------------------------------------

    /// Dijkstra from `source` in `sp`; with a `target`, A* towards it (the straight 3D distance,
    /// or the L1 distance on axis-aligned trays, is a consistent lower bound: every edge costs at
    /// least its length). `cost(edge)` returns
    /// kInf for an unusable edge. `done(node)` is asked once per settled node and ends the
    /// search when true. Reads only the world, so searches in separate spaces may run at once.
    template <class Cost, class Done>
    void dijkstraIn(routing::SearchSpace& sp, std::uint32_t source, std::uint32_t target, Cost&& cost, Done&& done) const {
        sp.begin(world->nodeCount());
        // On axis-aligned trays every path is at least the L1 distance long, a much closer bound
        // than the straight line (AxisSearch.h); every cost is at least the edge's length.
        const bool l1 = target != kNoNode && world->axisAligned(world->nodeKind(target));
        const auto estimate = [&](std::uint32_t n) {
            if (target == kNoNode) return 0.0;
            const Point3& p = world->node(n);
            const Point3& q = world->node(target);
            const double dx = p.x - q.x, dy = p.y - q.y, dz = p.z - q.z;
            return (l1 ? std::abs(dx) + std::abs(dy) + std::abs(dz) : std::sqrt(dx * dx + dy * dy + dz * dz)) * (1.0 - 1e-9);
        };
        // Ties between equal keys break on the node's position, not its id: ids are renumbered
        // when segments are added or removed, positions are not (tray geometry edits stay local).
        using Item = std::pair<double, std::uint32_t>;
        const auto later = [&](const Item& x, const Item& y) {
            if (x.first != y.first) return x.first > y.first;
            const Point3& p = world->node(x.second);
            const Point3& q = world->node(y.second);
            return std::tie(p.x, p.y, p.z, x.second) > std::tie(q.x, q.y, q.z, y.second);
        };
        std::priority_queue<Item, std::vector<Item>, decltype(later)> heap(later);
        sp.touch(source).dist = 0.0;
        heap.emplace(estimate(source), source);
        const auto& starts = world->adjStart();
        const auto& adj = world->adjacency();
        const auto& other = world->adjacentNodes();
        while (!heap.empty()) {
            const auto [f, n] = heap.top();
            heap.pop();
            const double d = sp.node[n].dist;
            if (f > d + estimate(n) + 1e-6) continue;  // stale entry
            if (n == target || done(n)) return;
            for (std::uint32_t i = starts[n]; i < starts[n + 1]; ++i) {
                const std::uint32_t e = adj[i];
                const std::uint32_t m = other[i];
                const double c = cost(e);
                if (c == kInf) continue;
                routing::SearchSpace::Node& x = sp.touch(m);
                if (d + c < x.dist) {
                    x.dist = d + c;
                    x.predEdge = e;
                    heap.emplace(d + c + estimate(m), m);
                }
            }
        }
    }
    /// The same in this thread's space.
    template <class Cost>
    void dijkstra(std::uint32_t source, std::uint32_t target, Cost&& cost) {
        ++stats.dijkstras;
        dijkstraIn(space, source, target, cost, [](std::uint32_t) { return false; });
    }
    /// Dijkstra from `source` that stops once every node of `targets` is settled (or unreachable).
    /// A settled node's distance and predecessor are final and settling order does not depend on
    /// when the search stops, so the paths are exactly those of a search over the whole graph.
    template <class Cost>
    void dijkstraToAll(routing::SearchSpace& sp, std::uint32_t source, const std::vector<std::uint32_t>& targets, Cost&& cost) const {
        if (++sp.targetStamp == 0) {
            std::fill(sp.targetMark.begin(), sp.targetMark.end(), 0);
            sp.targetStamp = 1;
        }
        sp.targetMark.resize(world->nodeCount(), 0);
        std::size_t left = 0;
        for (std::uint32_t t : targets)
            if (sp.targetMark[t] != sp.targetStamp) {
                sp.targetMark[t] = sp.targetStamp;
                ++left;
            }
        // A node can come off the heap twice when two keys differ by less than the stale-entry
        // tolerance (the base paths' tie-break terms are that small): count each target once.
        dijkstraIn(sp, source, kNoNode, cost, [&](std::uint32_t settled) {
            if (sp.targetMark[settled] != sp.targetStamp) return false;
            sp.targetMark[settled] = 0;
            return --left == 0;
        });
    }
    [[nodiscard]] double distanceTo(const routing::SearchSpace& sp, std::uint32_t n) const {
        return sp.distance(n);
    }
    [[nodiscard]] double distanceTo(std::uint32_t n) const { return distanceTo(space, n); }
    [[nodiscard]] std::vector<std::uint32_t> pathTo(const routing::SearchSpace& sp, std::uint32_t source, std::uint32_t target) const {
        std::vector<std::uint32_t> path;
        if (distanceTo(sp, target) == kInf) return path;
        for (std::uint32_t n = target; n != source;) {
            const std::uint32_t e = sp.node[n].predEdge;
            path.push_back(e);
            n = edge(e).a == n ? edge(e).b : edge(e).a;
        }
        std::reverse(path.begin(), path.end());
        return path;
    }
    [[nodiscard]] std::vector<std::uint32_t> pathTo(std::uint32_t source, std::uint32_t target) const {
        return pathTo(space, source, target);
    }

    // ---- planning -------------------------------------------------------------------------

    /// In-rack run of one end plus its drop to the tray node above (no slack).
    [[nodiscard]] std::int64_t endRunMm(RackId rack, std::int32_t portZ, std::uint32_t node) const;

    /// Base paths for every (lo, hi, kind) the cables may ask for and the cache lacks, each
    /// searched from the key's hub end: on axis-aligned trays one axisSearch per key; else one
    /// Dijkstra (on length) per source rack and kind, stopped once its targets are settled. Either
    /// way a path is the same whichever call computed it.
    void ensureBasePaths(const std::vector<CableId>& cables);
    /// The rack a key's base path is searched from: the hub end (not a compute rack), else lo.
    [[nodiscard]] std::uint32_t hubOf(const GroupKey& key) const;
    /// Per edge, the key that (mixed with the source's) orders equal-length base paths (Router.cpp).
    [[nodiscard]] std::vector<std::uint64_t> tieBreakKeys() const;
    /// routing::mixBits (AxisSearch.h) as a number in [0, 1).
    [[nodiscard]] static double unitMix(std::uint64_t x) noexcept { return double(routing::mixBits(x) >> 11) * 0x1.0p-53; }
    static constexpr double kTieScale = 0.25 / 1.0e8;  // at most 0.25 mm over a path of 100 km

    /// Chooses media and (for inter-rack cables) the group of every cable in `cables`.
    void plan(const std::vector<CableId>& cables);

    /// Every group cut into bundles of at most `maxBundleCables`, in group order.
    [[nodiscard]] std::vector<Bundle> makeBundles() const;

    // ---- capacity -------------------------------------------------------------------------

    [[nodiscard]] bool fits(std::uint32_t e, Demand d) const {
        return area[e] + d.area <= cap[e] + kEps && kg[e] + d.kg <= load[e] + kEps;
    }
    void apply(const std::vector<std::uint32_t>& path, Demand d) {
        for (std::uint32_t e : path) {
            area[e] += d.area;
            kg[e] += d.kg;
        }
    }

    /// History cost from the base usage: how far every bundle on its shortest path would
    /// overfill the edge (PathFinder's history after its first round), in steps of 1/steps.
    void computeHistory(const std::vector<Bundle>& bundles);

    /// Search cost of an edge for a demand: kInf where it does not fit; else its length times
    /// the history cost times the present cost (how full the edge would be, in steps).
    [[nodiscard]] double congestionCost(std::uint32_t e, Demand d) const;
    void markChanged(std::uint32_t e) {
        if (!isChanged[e]) {
            isChanged[e] = 1;
            changed.push_back(e);
        }
    }
    void readCost(std::uint32_t e, double c);
    /// `fits` in a split, recorded: the usage at the edge's first test and whether tests passed or failed.
    bool fitsRecorded(std::uint32_t e, Demand d);

    [[nodiscard]] bool readStillHolds(const Memo& m, const Memo::RawRead& r) const;
    [[nodiscard]] bool readStillHolds(const Memo&, const Bundle& b, std::uint32_t e, double c) const;

    /// Whether a remembered search still gives its outcome. `usedLastCall`: it was valid and
    /// committed in the previous call, so only edges that changed since need checking.
    [[nodiscard]] bool stillValid(const Memo& m, const Bundle& b, bool usedLastCall) const;
    static std::uint32_t edgeOf(const Memo::RawRead& r) noexcept { return r.edge; }
    static std::uint32_t edgeOf(const std::pair<std::uint32_t, double>& r) noexcept { return r.first; }

    /// Drops what a search read (RouterOptions::rememberSearches off), keeping its outcome.
    static void forget(Memo& m);
    /// A bundle whose base path does not fit: the cheapest path under congestion costs among
    /// edges with room; else split into single cables (smallest first), each taking a
    /// hard-capacity shortest path, as many per path as fit; what fits nowhere stays unrouted.
    void search(const Bundle& b, Memo& m);

    /// The ordered pass: bundles in group order; each takes its base path where every edge has
    /// room for it, else a congestion search (reused when still valid). No edge is ever filled
    /// over a limit, so this is also the legalisation. Alongside, `changed` collects the edges
    /// whose usage may differ from the previous call's (bundles whose commit differs add the
    /// edges of their old and new commits), which keeps revalidating remembered searches cheap.
    void route(std::vector<Bundle>& bundles);

    // ---- results --------------------------------------------------------------------------

    RoutingResult results(const std::vector<Bundle>& bundles);
    std::vector<std::uint32_t> shortestLengths();
    std::pair<const MediaOption*, const CatalogEntry*> replanOverReach(CableId cable, const MediaOption& planned, std::uint32_t lengthMm);

    /// Numbers routes and SKUs in order of first use by cable id, so equal routings compare equal.
    static RoutingResult canonical(RoutingResult in);

    // ---- the pipeline ---------------------------------------------------------------------

    /// Plans `dirty` cables, then runs bundles, history, the ordered pass and results over the
    /// whole design (cheap, linear) with every expensive step reused where its inputs hold.
    RoutingResult update(const std::vector<CableId>& dirty);

    RoutingResult routeAll();

    RoutingResult reroute(const RoutingResult& previous, const ChangeSet& changes);
};

}  // namespace rw
