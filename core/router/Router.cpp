#include "router/Router.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <queue>
#include <unordered_map>

#include "router/RoutingWorld.h"
#include "router/RuleResolver.h"

// The algorithm and why an incremental run equals a full one: docs/routing.md, "Router" and
// "Incremental rerouting". In short: routeAll() and reroute() run the same pipeline
//   plan (media, base paths) -> bundles -> base usage and history costs -> one ordered pass
//   (base path if it fits, else a congestion-cost search, else split) -> results,
// and reroute() only skips work whose complete inputs are unchanged: plans of untouched cables,
// base paths between untouched racks, and congestion searches whose every read edge still
// costs (or holds) exactly what it did.

namespace rw {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kEps = 1e-9;

std::size_t kindIndex(TrayKind k) noexcept { return static_cast<std::size_t>(k); }

std::uint64_t hashOf(const std::vector<TrayId>& segments) noexcept {
    std::uint64_t h = 1469598103934665603ULL;  // FNV-1a
    for (TrayId s : segments) {
        h ^= s.value;
        h *= 1099511628211ULL;
    }
    return h;
}

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
    const Outcome* congested = nullptr;  // null: the bundle follows its base path
};

}  // namespace

struct Router::Impl {
    const Model& model;
    const Catalog& catalog;
    RouterOptions opt;
    std::unique_ptr<RoutingWorld> world;
    RuleResolver resolver;
    RoutingStats stats;

    // Search workspace (reused; stamps avoid clearing).
    std::vector<double> dist;
    std::vector<std::uint32_t> predEdge;
    std::vector<std::uint32_t> seen;
    std::uint32_t stamp = 0;

    // Per edge: limits, base usage, history cost, usage of the ordered pass so far.
    std::vector<double> cap, load, baseArea, baseKg, history, area, kg;
    std::vector<std::uint32_t> limitsRun;  // run in which the edge's limits last changed

    // State kept between calls (the incremental part).
    std::uint32_t run = 0;
    std::uint32_t trayCount = 0;                        // tray edges of the current world (risers follow)
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
    std::uint32_t readToken = 0;

    Impl(const Model& m, const Catalog& c, RouterOptions o) : model(m), catalog(c), opt(o), resolver(m, c) {}

    [[nodiscard]] std::uint32_t withSlack(double mm) const {
        return static_cast<std::uint32_t>(std::ceil((mm + 2.0 * opt.slackPerEndMm) * (1.0 + opt.slackPercent / 100.0)));
    }
    const TrayEdge& edge(std::uint32_t e) const { return world->edges()[e]; }

    // ---- setup ----------------------------------------------------------------------------

    void reset() {
        run = 0;
        world = std::make_unique<RoutingWorld>(model, catalog);
        trayCount = world->traySegmentCount();
        const std::size_t n = world->nodeCount(), m = world->edges().size();
        dist.assign(n, kInf);
        predEdge.assign(n, kNoNode);
        seen.assign(n, 0);
        stamp = 0;
        readStamp.assign(m, 0);
        readToken = 0;
        cap.assign(m, kInf);
        load.assign(m, kInf);
        limitsRun.assign(m, 0);
        history.assign(m, 0.0);
        for (std::uint32_t e = 0; e < m; ++e) refreshLimits(e);
        plans.clear();
        basePaths.clear();
        groups.clear();
        states.clear();
        dirtyGroups.clear();
        changed.clear();
        isChanged.assign(m, 0);
        readIndex.assign(m, 0);
        last.reset();
    }

    /// Limits of an edge as the routing world states them (risers have none).
    void refreshLimits(std::uint32_t e) {
        const TrayEdge& te = edge(e);
        const double c = te.alive ? te.capacityMm2 : 0.0, l = te.alive ? te.loadKgPerM : 0.0;
        if (c != cap[e] || l != load[e]) limitsRun[e] = run;
        cap[e] = c;
        load[e] = l;
    }

    // ---- tray geometry edits --------------------------------------------------------------

    /// Whether tray `id` is the same graph edge in `old` as in the current world.
    [[nodiscard]] bool sameSegment(const RoutingWorld& old, std::uint32_t id) const {
        const bool inOld = id < trayCount && old.edges()[id].alive;
        const bool inNew = id < world->traySegmentCount() && world->edges()[id].alive;
        if (inOld != inNew) return false;
        if (!inOld) return true;
        const TrayEdge& a = old.edges()[id];
        const TrayEdge& b = world->edges()[id];
        return a.kind == b.kind && old.node(a.a) == world->node(b.a) && old.node(a.b) == world->node(b.b);
    }

    [[nodiscard]] static bool sameRack(const RoutingWorld& old, const RoutingWorld& now, RackId r) {
        const bool inOld = r.value < old.rackCapacity(), inNew = r.value < now.rackCapacity();
        if (!inOld || !inNew) return inOld == inNew;
        const RackGeometry& a = old.rack(r);
        const RackGeometry& b = now.rack(r);
        if (a.alive != b.alive || a.hall != b.hall || !(a.centre == b.centre) || a.topMm != b.topMm || a.sideRunMm != b.sideRunMm)
            return false;
        for (std::size_t k = 0; k < kTrayKinds; ++k) {
            if ((a.drop[k] == kNoNode) != (b.drop[k] == kNoNode)) return false;
            if (a.drop[k] != kNoNode && !(old.node(a.drop[k]) == now.node(b.drop[k]))) return false;
        }
        return true;
    }

    /// After segments in `geometry` were added, removed or moved (the current world is already
    /// the new one): carries every kept path, search and per-edge value over into the new
    /// numbering and drops what the edit can change -- base paths that used a segment that went,
    /// or that a new segment could shorten or tie; searches that read an edge at a node whose
    /// neighbours changed; racks whose drop moved. Everything else is provably what a full route
    /// computes: ties break on positions, which the renumbering keeps.
    void carryOver(const RoutingWorld& old, const std::vector<std::uint32_t>& geometry, std::vector<std::uint8_t>& rackTouched,
                   std::vector<std::pair<std::uint32_t, std::uint32_t>>& pairsTouched) {
        const RoutingWorld& now = *world;
        const std::uint32_t oldTrays = trayCount, newTrays = now.traySegmentCount();
        const auto oldEdges = static_cast<std::uint32_t>(old.edges().size()), newEdges = static_cast<std::uint32_t>(now.edges().size());
        std::vector<std::uint8_t> moved(std::max(oldTrays, newTrays), 0);
        for (std::uint32_t id : geometry)
            if (id < moved.size()) moved[id] = 1;
        const auto keeps = [&](std::uint32_t e) {
            return e < oldTrays && e < newTrays && !moved[e] && old.edges()[e].alive && now.edges()[e].alive;
        };
        // Nodes through the segments that stayed; risers by their (carried) ends; trays keep ids.
        std::vector<std::uint32_t> nodeMap(old.nodeCount(), kNoNode), nodeBack(now.nodeCount(), kNoNode);
        for (std::uint32_t e = 0; e < std::min(oldTrays, newTrays); ++e)
            if (keeps(e)) {
                nodeMap[old.edges()[e].a] = now.edges()[e].a;
                nodeMap[old.edges()[e].b] = now.edges()[e].b;
            }
        for (std::uint32_t n = 0; n < nodeMap.size(); ++n)
            if (nodeMap[n] != kNoNode) nodeBack[nodeMap[n]] = n;
        const auto pairKey = [](std::uint32_t a, std::uint32_t b) { return (std::uint64_t{a} << 32) | b; };
        std::unordered_map<std::uint64_t, std::uint32_t> risers;
        for (std::uint32_t e = newTrays; e < newEdges; ++e)
            if (now.edges()[e].alive) risers.emplace(pairKey(now.edges()[e].a, now.edges()[e].b), e);
        std::vector<std::uint32_t> edgeMap(oldEdges, kNoNode), edgeBack(newEdges, kNoNode);
        for (std::uint32_t e = 0; e < oldEdges; ++e) {
            if (e < oldTrays) {
                if (keeps(e)) edgeMap[e] = e;
            } else if (old.edges()[e].alive) {
                const std::uint32_t a = nodeMap[old.edges()[e].a], b = nodeMap[old.edges()[e].b];
                if (a == kNoNode || b == kNoNode) continue;
                if (const auto it = risers.find(pairKey(a, b)); it != risers.end()) edgeMap[e] = it->second;
            }
            if (edgeMap[e] != kNoNode) edgeBack[edgeMap[e]] = e;
        }
        // Nodes whose neighbours changed, and the old edges next to them: a search that expanded
        // such a node read one of those, and would now see other neighbours.
        std::vector<std::uint8_t> touchedNode(old.nodeCount(), 0), stale(oldEdges, 0);
        for (std::uint32_t e = 0; e < oldEdges; ++e)
            if (old.edges()[e].alive && edgeMap[e] == kNoNode) touchedNode[old.edges()[e].a] = touchedNode[old.edges()[e].b] = 1;
        std::vector<std::uint32_t> fresh;  // edges of the new world that did not exist
        for (std::uint32_t e = 0; e < newEdges; ++e) {
            if (!now.edges()[e].alive || edgeBack[e] != kNoNode) continue;
            fresh.push_back(e);
            for (std::uint32_t n : {now.edges()[e].a, now.edges()[e].b})
                if (nodeBack[n] != kNoNode) touchedNode[nodeBack[n]] = 1;
        }
        for (std::uint32_t n = 0; n < old.nodeCount(); ++n)
            if (touchedNode[n])
                for (std::uint32_t i = old.adjStart()[n]; i < old.adjStart()[n + 1]; ++i) stale[old.adjacency()[i]] = 1;
        for (std::uint32_t e = 0; e < oldEdges; ++e)
            if (edgeMap[e] == kNoNode) stale[e] = 1;

        // Per-edge values in the new numbering; the search workspace for the new graph.
        const auto carry = [&](auto& values, auto fill) {
            std::remove_reference_t<decltype(values)> out(newEdges, fill);
            for (std::uint32_t e = 0; e < newEdges; ++e)
                if (edgeBack[e] != kNoNode) out[e] = values[edgeBack[e]];
            values = std::move(out);
        };
        carry(history, 0.0);
        carry(limitsRun, run);
        carry(cap, -1.0);
        carry(load, -1.0);
        isChanged.assign(newEdges, 0);
        changed.clear();
        readStamp.assign(newEdges, 0);
        readIndex.assign(newEdges, 0);
        dist.assign(now.nodeCount(), kInf);
        predEdge.assign(now.nodeCount(), kNoNode);
        seen.assign(now.nodeCount(), 0);
        stamp = 0;
        for (std::uint32_t e = 0; e < newEdges; ++e) {
            refreshLimits(e);
            if (limitsRun[e] == run) markChanged(e);
        }
        trayCount = newTrays;

        // Racks whose drop or geometry moved are replanned like moved racks.
        for (std::uint32_t r = 0; r < std::max(old.rackCapacity(), now.rackCapacity()); ++r)
            if (!sameRack(old, now, RackId(r))) {
                if (r >= rackTouched.size()) rackTouched.resize(r + 1, 0);
                rackTouched[r] = 1;
            }
        // Base paths: gone with a segment they used, or when a new edge (u, v) could shorten or
        // tie them: d(s,u) + len + d(v,t) <= d(s,t) either way round (distances in the new graph).
        struct Through {
            std::vector<double> fromA, fromB;
            double length;
        };
        std::vector<Through> through;
        for (std::uint32_t e : fresh) {
            Through t;
            t.length = now.edges()[e].lengthMm;
            for (const auto& [from, end] : {std::pair{&t.fromA, now.edges()[e].a}, std::pair{&t.fromB, now.edges()[e].b}}) {
                dijkstra(end, kNoNode, [&](std::uint32_t x) { return double(edge(x).lengthMm); });
                from->assign(now.nodeCount(), kInf);
                for (std::uint32_t n = 0; n < now.nodeCount(); ++n) (*from)[n] = distanceTo(n);
            }
            through.push_back(std::move(t));
        }
        for (auto it = basePaths.begin(); it != basePaths.end();) {
            const GroupKey& key = it->first;
            BasePath& path = it->second;
            bool drop = key.lo >= now.rackCapacity() || key.hi >= now.rackCapacity() || !sameRack(old, now, RackId(key.lo)) ||
                        !sameRack(old, now, RackId(key.hi));
            for (std::uint32_t e : path.edges) drop = drop || edgeMap[e] == kNoNode;
            if (!drop) {
                const std::uint32_t s = now.rack(RackId(key.lo)).drop[key.kind], t = now.rack(RackId(key.hi)).drop[key.kind];
                for (const Through& th : through)
                    if (s != kNoNode && t != kNoNode &&
                        (th.fromA[s] + th.length + th.fromB[t] <= path.lengthMm || th.fromB[s] + th.length + th.fromA[t] <= path.lengthMm))
                        drop = true;
            }
            if (drop) {
                pairsTouched.emplace_back(key.lo, key.hi);
                it = basePaths.erase(it);
                continue;
            }
            for (std::uint32_t& e : path.edges) e = edgeMap[e];
            ++it;
        }
        std::sort(pairsTouched.begin(), pairsTouched.end());
        pairsTouched.erase(std::unique(pairsTouched.begin(), pairsTouched.end()), pairsTouched.end());

        // Bundle states: commits carried over; searches that read a stale edge forgotten.
        for (auto& [key, st] : states) {
            std::vector<std::uint32_t> edges;
            for (std::uint32_t e : st.commitEdges)
                if (edgeMap[e] != kNoNode) edges.push_back(edgeMap[e]);
            std::sort(edges.begin(), edges.end());
            st.commitEdges = std::move(edges);
            Memo& m = st.memo;
            if (m.source == kNoNode) continue;
            bool ok = nodeMap[m.source] != kNoNode && nodeMap[m.target] != kNoNode;
            for (const auto& r : m.costReads) ok = ok && !stale[r.first];
            for (const auto& r : m.rawReads) ok = ok && !stale[r.edge];
            for (const auto& p : m.outcome.paths)
                for (std::uint32_t e : p) ok = ok && edgeMap[e] != kNoNode;
            if (!ok) {
                m = Memo{};
                continue;
            }
            m.source = nodeMap[m.source];
            m.target = nodeMap[m.target];
            for (auto& r : m.costReads) r.first = edgeMap[r.first];
            for (auto& r : m.rawReads) r.edge = edgeMap[r.edge];
            std::sort(m.costReads.begin(), m.costReads.end());
            std::sort(m.rawReads.begin(), m.rawReads.end(), [](const Memo::RawRead& x, const Memo::RawRead& y) { return x.edge < y.edge; });
            for (auto& p : m.outcome.paths)
                for (std::uint32_t& e : p) e = edgeMap[e];
        }
    }

    // ---- shortest paths -------------------------------------------------------------------

    /// Dijkstra from `source`; with a `target`, A* towards it (the straight 3D distance is a
    /// consistent lower bound: every edge costs at least its length). `cost(edge)` returns kInf
    /// for an unusable edge. Ties break on node id, so results are deterministic.
    template <class Cost>
    void dijkstra(std::uint32_t source, std::uint32_t target, Cost&& cost) {
        ++stats.dijkstras;
        if (++stamp == 0) {
            std::fill(seen.begin(), seen.end(), 0);
            stamp = 1;
        }
        const auto estimate = [&](std::uint32_t n) {
            if (target == kNoNode) return 0.0;
            const Point3& p = world->node(n);
            const Point3& q = world->node(target);
            const double dx = p.x - q.x, dy = p.y - q.y, dz = p.z - q.z;
            return std::sqrt(dx * dx + dy * dy + dz * dz) * (1.0 - 1e-9);
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
        const auto touch = [&](std::uint32_t n) {
            if (seen[n] != stamp) {
                seen[n] = stamp;
                dist[n] = kInf;
                predEdge[n] = kNoNode;
            }
        };
        touch(source);
        dist[source] = 0.0;
        heap.emplace(estimate(source), source);
        const auto& starts = world->adjStart();
        const auto& adj = world->adjacency();
        while (!heap.empty()) {
            const auto [f, n] = heap.top();
            heap.pop();
            const double d = dist[n];
            if (f > d + estimate(n) + 1e-6) continue;  // stale entry
            if (n == target) return;
            for (std::uint32_t i = starts[n]; i < starts[n + 1]; ++i) {
                const std::uint32_t e = adj[i];
                const TrayEdge& te = edge(e);
                const std::uint32_t m = te.a == n ? te.b : te.a;
                const double c = cost(e);
                if (c == kInf) continue;
                touch(m);
                if (d + c < dist[m]) {
                    dist[m] = d + c;
                    predEdge[m] = e;
                    heap.emplace(d + c + estimate(m), m);
                }
            }
        }
    }
    [[nodiscard]] double distanceTo(std::uint32_t n) const { return seen[n] == stamp ? dist[n] : kInf; }
    [[nodiscard]] std::vector<std::uint32_t> pathTo(std::uint32_t source, std::uint32_t target) const {
        std::vector<std::uint32_t> path;
        if (distanceTo(target) == kInf) return path;
        for (std::uint32_t n = target; n != source;) {
            const std::uint32_t e = predEdge[n];
            path.push_back(e);
            n = edge(e).a == n ? edge(e).b : edge(e).a;
        }
        std::reverse(path.begin(), path.end());
        return path;
    }

    // ---- planning -------------------------------------------------------------------------

    /// In-rack run of one end plus its drop to the tray node above (no slack).
    [[nodiscard]] std::int64_t endRunMm(RackId rack, std::int32_t portZ, std::uint32_t node) const {
        const RackGeometry& g = world->rack(rack);
        const Point3& p = world->node(node);
        return (g.topMm - portZ) + g.sideRunMm + std::abs(p.z - g.topMm) + std::abs(std::int64_t{p.x} - g.centre.x) +
               std::abs(std::int64_t{p.y} - g.centre.y);
    }

    /// Base paths for every (lo, hi, kind) the cables may ask for and the cache lacks: one
    /// Dijkstra (on length) per source rack and kind, so a path is the same whichever call
    /// computed it.
    void ensureBasePaths(const std::vector<CableId>& cables) {
        std::vector<GroupKey> missing;
        for (CableId id : cables) {
            const Cable* c = model.cables().find(id);
            if (!c) continue;
            const Link& l = model.links()[c->first];
            const RackId ra = world->rackOf(l.a), rb = world->rackOf(l.b);
            if (!ra || !rb || ra == rb || world->rack(ra).hall != world->rack(rb).hall) continue;
            for (const MediaOption& o : resolver.optionsFor(id)) {
                const GroupKey key{std::min(ra, rb).value, std::max(ra, rb).value, static_cast<std::uint32_t>(kindIndex(o.tray))};
                if (!basePaths.contains(key)) missing.push_back(key);
            }
        }
        // By (lo, kind, hi): one Dijkstra serves a run of keys.
        const auto bySource = [](const GroupKey& a, const GroupKey& b) { return std::tie(a.lo, a.kind, a.hi) < std::tie(b.lo, b.kind, b.hi); };
        std::sort(missing.begin(), missing.end(), bySource);
        missing.erase(std::unique(missing.begin(), missing.end()), missing.end());
        for (std::size_t i = 0; i < missing.size();) {
            std::size_t j = i;
            while (j < missing.size() && missing[j].lo == missing[i].lo && missing[j].kind == missing[i].kind) ++j;
            const std::uint32_t s = world->rack(RackId(missing[i].lo)).drop[missing[i].kind];
            if (s != kNoNode) dijkstra(s, kNoNode, [&](std::uint32_t e) { return double(edge(e).lengthMm); });
            for (std::size_t k = i; k < j; ++k) {
                BasePath& b = basePaths[missing[k]];
                const std::uint32_t t = world->rack(RackId(missing[k].hi)).drop[missing[k].kind];
                if (s == kNoNode || t == kNoNode || distanceTo(t) == kInf) continue;
                b.lengthMm = distanceTo(t);
                b.edges = pathTo(s, t);
            }
            i = j;
        }
    }

    /// Chooses media and (for inter-rack cables) the group of every cable in `cables`.
    void plan(const std::vector<CableId>& cables) {
        if (plans.size() < model.cables().capacity()) plans.resize(model.cables().capacity());
        ensureBasePaths(cables);
        for (CableId id : cables) {
            CablePlan& p = plans[id.value];
            if (p.grouped) {
                dirtyGroups.push_back(p.group);
                std::vector<CableId>& members = groups[p.group];
                members.erase(std::lower_bound(members.begin(), members.end(), id));
                if (members.empty()) groups.erase(p.group);
            }
            p = CablePlan{};
            const Cable* c = model.cables().find(id);
            if (!c) continue;
            const Link& l = model.links()[c->first];
            const RackId ra = world->rackOf(l.a), rb = world->rackOf(l.b);
            const auto& options = resolver.optionsFor(id);
            p.reason = options.empty() ? UnroutedReason::NoMedia : UnroutedReason::NoTrayPath;
            if (options.empty() || !ra || !rb) continue;
            if (ra == rb) {
                const std::uint32_t len = withSlack(std::abs(world->portHeightMm(l.a) - world->portHeightMm(l.b)) +
                                                    2.0 * world->rack(ra).sideRunMm);
                p.reason = UnroutedReason::NoMedia;
                for (const MediaOption& o : options)
                    if (const CatalogEntry* sku = o.skuFor(len)) {
                        p = CablePlan{};
                        p.option = &o;
                        p.status = RouteStatus::InRack;
                        p.lengthMm = len;
                        p.sku = sku;
                        break;
                    }
                continue;
            }
            if (world->rack(ra).hall != world->rack(rb).hall) continue;
            const RackId lo = std::min(ra, rb), hi = std::max(ra, rb);
            const bool aIsLo = ra == lo;
            const std::int32_t zLo = world->portHeightMm(aIsLo ? l.a : l.b), zHi = world->portHeightMm(aIsLo ? l.b : l.a);
            bool anyPath = false;
            for (const MediaOption& o : options) {
                const std::size_t k = kindIndex(o.tray);
                const GroupKey key{lo.value, hi.value, static_cast<std::uint32_t>(k)};
                const auto it = basePaths.find(key);
                if (it == basePaths.end() || it->second.lengthMm == kInf) continue;
                anyPath = true;
                const std::int64_t fixed = endRunMm(lo, zLo, world->rack(lo).drop[k]) + endRunMm(hi, zHi, world->rack(hi).drop[k]);
                if (!o.skuFor(withSlack(double(fixed) + it->second.lengthMm))) continue;
                p = CablePlan{};
                p.grouped = true;
                p.group = key;
                p.option = &o;
                p.fixedMm = static_cast<std::uint32_t>(fixed);
                std::vector<CableId>& members = groups[key];
                members.insert(std::upper_bound(members.begin(), members.end(), id), id);
                dirtyGroups.push_back(key);
                break;
            }
            if (!p.grouped) p.reason = anyPath ? UnroutedReason::NoMedia : UnroutedReason::NoTrayPath;
        }
    }

    /// Every group cut into bundles of at most `maxBundleCables`, in group order.
    [[nodiscard]] std::vector<Bundle> makeBundles() const {
        std::vector<Bundle> bundles;
        for (const auto& [key, members] : groups) {
            const BasePath& base = basePaths.at(key);
            for (std::size_t first = 0, chunk = 0; first < members.size(); first += opt.maxBundleCables, ++chunk) {
                Bundle b;
                b.group = key;
                b.chunk = static_cast<std::uint32_t>(chunk);
                b.source = world->rack(RackId(key.lo)).drop[key.kind];
                b.target = world->rack(RackId(key.hi)).drop[key.kind];
                b.cables = members.data() + first;
                b.count = std::min(opt.maxBundleCables, members.size() - first);
                for (std::size_t i = 0; i < b.count; ++i) {
                    b.demand.area += plans[b.cables[i].value].option->areaMm2;
                    b.demand.kg += plans[b.cables[i].value].option->kgPerM;
                }
                b.base = &base;
                bundles.push_back(b);
            }
        }
        return bundles;
    }

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
    void computeHistory(const std::vector<Bundle>& bundles) {
        baseArea.assign(cap.size(), 0.0);
        baseKg.assign(cap.size(), 0.0);
        for (const Bundle& b : bundles)
            for (std::uint32_t e : b.base->edges) {
                baseArea[e] += b.demand.area;
                baseKg[e] += b.demand.kg;
            }
        for (std::uint32_t e = 0; e < cap.size(); ++e) {
            const double overflow = std::max(baseArea[e] / std::max(cap[e], kEps), baseKg[e] / std::max(load[e], kEps)) - 1.0;
            const double h = overflow > 0.0 ? opt.historyCost * std::ceil(overflow * opt.costSteps) / opt.costSteps : 0.0;
            if (h != history[e]) markChanged(e);
            history[e] = h;
        }
    }

    /// Search cost of an edge for a demand: kInf where it does not fit; else its length times
    /// the history cost times the present cost (how full the edge would be, in steps).
    [[nodiscard]] double congestionCost(std::uint32_t e, Demand d) const {
        if (!fits(e, d)) return kInf;
        const double fill = std::max((area[e] + d.area) / std::max(cap[e], kEps), (kg[e] + d.kg) / std::max(load[e], kEps));
        const double present = std::floor(std::min(fill, 1.0) * opt.costSteps) / opt.costSteps;
        return edge(e).lengthMm * (1.0 + history[e]) * (1.0 + opt.presentCost * present);
    }
    void markChanged(std::uint32_t e) {
        if (!isChanged[e]) {
            isChanged[e] = 1;
            changed.push_back(e);
        }
    }
    void readCost(std::uint32_t e, double c) {
        if (recording && readStamp[e] != readToken) {
            readStamp[e] = readToken;
            recording->costReads.emplace_back(e, c);
        }
    }
    /// `fits` in a split, recorded: the usage at the edge's first test and whether tests passed or failed.
    bool fitsRecorded(std::uint32_t e, Demand d) {
        if (readStamp[e] != readToken) {
            readStamp[e] = readToken;
            readIndex[e] = static_cast<std::uint32_t>(recording->rawReads.size());
            recording->rawReads.push_back({e, false, false, area[e], kg[e]});
        }
        const bool ok = fits(e, d);
        Memo::RawRead& r = recording->rawReads[readIndex[e]];
        (ok ? r.anyFit : r.anyMiss) = true;
        return ok;
    }

    [[nodiscard]] bool readStillHolds(const Memo& m, const Memo::RawRead& r) const {
        const double a = area[r.edge], k = kg[r.edge];
        if (m.outcome.paths.empty()) {
            // Nothing fitted anywhere: that stays so while every failed test still fails (an
            // edge that passed may fill up: fewer usable edges never make a path appear).
            return !r.anyMiss || (limitsRun[r.edge] <= m.run && a >= r.area && k >= r.kg);
        }
        if (limitsRun[r.edge] > m.run) return false;
        if (a == r.area && k == r.kg) return true;
        if (!r.anyMiss && a <= r.area && k <= r.kg) return true;  // fuller never; every test still passes
        return !r.anyFit && a >= r.area && k >= r.kg;             // emptier never; every test still fails
    }
    [[nodiscard]] bool readStillHolds(const Memo&, const Bundle& b, std::uint32_t e, double c) const {
        return congestionCost(e, b.demand) == c;
    }

    /// Whether a remembered search still gives its outcome. `usedLastCall`: it was valid and
    /// committed in the previous call, so only edges that changed since need checking.
    [[nodiscard]] bool stillValid(const Memo& m, const Bundle& b, bool usedLastCall) const {
        if (m.source != b.source || m.target != b.target || m.cables.size() != b.count) return false;
        for (std::size_t i = 0; i < b.count; ++i)
            if (m.cables[i] != b.cables[i] || m.options[i] != plans[b.cables[i].value].option) return false;
        const auto check = [&](const auto& reads, auto&& holds) {
            if (usedLastCall && changed.size() * 16 < reads.size()) {
                for (std::uint32_t e : changed) {
                    const auto it = std::lower_bound(reads.begin(), reads.end(), e,
                                                     [](const auto& r, std::uint32_t x) { return edgeOf(r) < x; });
                    if (it != reads.end() && edgeOf(*it) == e && !holds(*it)) return false;
                }
                return true;
            }
            for (const auto& r : reads)
                if ((!usedLastCall || isChanged[edgeOf(r)]) && !holds(r)) return false;
            return true;
        };
        if (m.raw) return check(m.rawReads, [&](const Memo::RawRead& r) { return readStillHolds(m, r); });
        return check(m.costReads, [&](const std::pair<std::uint32_t, double>& r) { return readStillHolds(m, b, r.first, r.second); });
    }
    static std::uint32_t edgeOf(const Memo::RawRead& r) noexcept { return r.edge; }
    static std::uint32_t edgeOf(const std::pair<std::uint32_t, double>& r) noexcept { return r.first; }

    /// A bundle whose base path does not fit: the cheapest path under congestion costs among
    /// edges with room; else split into single cables (smallest first), each taking a
    /// hard-capacity shortest path, as many per path as fit; what fits nowhere stays unrouted.
    void search(const Bundle& b, Memo& m) {
        m = Memo{};
        m.source = b.source;
        m.target = b.target;
        m.run = run;
        for (std::size_t i = 0; i < b.count; ++i) {
            m.cables.push_back(b.cables[i]);
            m.options.push_back(plans[b.cables[i].value].option);
        }
        recording = &m;
        if (++readToken == 0) {
            std::fill(readStamp.begin(), readStamp.end(), 0);
            readToken = 1;
        }
        dijkstra(b.source, b.target, [&](std::uint32_t e) {
            const double c = congestionCost(e, b.demand);
            readCost(e, c);
            return c;
        });
        if (distanceTo(b.target) != kInf) {
            m.outcome.paths.push_back(pathTo(b.source, b.target));
            m.outcome.pathOf.assign(b.count, 0);
            std::sort(m.costReads.begin(), m.costReads.end());
            recording = nullptr;
            return;
        }
        // Split: from here on the outcome follows from fit tests at changing fill states.
        ++stats.splitBundles;
        m.raw = true;
        for (const auto& [e, c] : m.costReads) {  // the failed search: a finite cost is a passed test
            readIndex[e] = static_cast<std::uint32_t>(m.rawReads.size());
            m.rawReads.push_back({e, c != kInf, c == kInf, area[e], kg[e]});
        }
        m.costReads.clear();
        m.outcome.pathOf.assign(b.count, kNoRoute);
        std::vector<std::size_t> rest(b.count);
        for (std::size_t i = 0; i < b.count; ++i) rest[i] = i;
        const auto demandOf = [&](std::size_t i) {
            const MediaOption* o = m.options[i];
            return Demand{o->areaMm2, o->kgPerM};
        };
        std::stable_sort(rest.begin(), rest.end(), [&](std::size_t x, std::size_t y) { return demandOf(x).area < demandOf(y).area; });
        std::size_t next = 0;
        while (next < rest.size()) {
            const Demand first = demandOf(rest[next]);
            dijkstra(b.source, b.target, [&](std::uint32_t e) { return fitsRecorded(e, first) ? double(edge(e).lengthMm) : kInf; });
            if (distanceTo(b.target) == kInf) break;  // the smallest cable fits nowhere: none of the rest does
            std::vector<std::uint32_t> path = pathTo(b.source, b.target);
            const auto index = static_cast<std::uint32_t>(m.outcome.paths.size());
            while (next < rest.size()) {
                const Demand d = demandOf(rest[next]);
                if (!std::all_of(path.begin(), path.end(), [&](std::uint32_t e) { return fitsRecorded(e, d); })) break;
                apply(path, d);
                m.outcome.pathOf[rest[next]] = index;
                ++next;
            }
            m.outcome.paths.push_back(std::move(path));
        }
        // Restore the usage bit for bit (every edge used was read first): the caller applies
        // the outcome the same way whether it was just found or reused.
        for (const Memo::RawRead& r : m.rawReads) {
            area[r.edge] = r.area;
            kg[r.edge] = r.kg;
        }
        std::sort(m.rawReads.begin(), m.rawReads.end(), [](const Memo::RawRead& x, const Memo::RawRead& y) { return x.edge < y.edge; });
        recording = nullptr;
    }

    /// The ordered pass: bundles in group order; each takes its base path where every edge has
    /// room for it, else a congestion search (reused when still valid). No edge is ever filled
    /// over a limit, so this is also the legalisation. Alongside, `changed` collects the edges
    /// whose usage may differ from the previous call's (bundles whose commit differs add the
    /// edges of their old and new commits), which keeps revalidating remembered searches cheap.
    void route(std::vector<Bundle>& bundles) {
        area.assign(cap.size(), 0.0);
        kg.assign(cap.size(), 0.0);
        const std::uint32_t previous = run - 1;  // run 0 has no previous call: nothing matches kNoNode - 1
        for (Bundle& b : bundles) {
            BundleState& st = states[{b.group, b.chunk}];
            const bool existed = run > 0 && st.committedRun == previous;
            bool differs = !existed || std::binary_search(dirtyGroups.begin(), dirtyGroups.end(), b.group);
            const auto& base = b.base->edges;
            const bool onBase = std::all_of(base.begin(), base.end(), [&](std::uint32_t e) { return fits(e, b.demand); });
            differs = differs || st.wasCongested == onBase;
            if (onBase) {
                apply(base, b.demand);
            } else {
                ++stats.congestedBundles;
                Memo& m = st.memo;
                const bool usedLastCall = run > 0 && st.memoUsedRun == previous;
                if (m.source != kNoNode && stillValid(m, b, usedLastCall)) {
                    ++stats.reusedSearches;
                } else {
                    ++stats.rippedUp;
                    Outcome before = std::move(m.outcome);
                    search(b, m);
                    const bool same = before.pathOf == m.outcome.pathOf && before.paths == m.outcome.paths;
                    differs = differs || !same;
                }
                st.memoUsedRun = run;
                b.congested = &m.outcome;  // map nodes do not move; each key is one bundle of this pass
                if (!m.raw) {
                    apply(m.outcome.paths.front(), b.demand);
                } else {
                    for (std::size_t i = 0; i < b.count; ++i)
                        if (m.outcome.pathOf[i] != kNoRoute) {
                            const MediaOption* o = plans[b.cables[i].value].option;
                            apply(m.outcome.paths[m.outcome.pathOf[i]], Demand{o->areaMm2, o->kgPerM});
                        }
                }
            }
            if (differs) {
                if (existed)
                    for (std::uint32_t e : st.commitEdges) markChanged(e);
                st.commitEdges.clear();
                if (b.congested)
                    for (const auto& path : b.congested->paths) st.commitEdges.insert(st.commitEdges.end(), path.begin(), path.end());
                else
                    st.commitEdges = base;
                std::sort(st.commitEdges.begin(), st.commitEdges.end());
                st.commitEdges.erase(std::unique(st.commitEdges.begin(), st.commitEdges.end()), st.commitEdges.end());
                for (std::uint32_t e : st.commitEdges) markChanged(e);
            }
            st.committedRun = run;
            st.wasCongested = !onBase;
        }
    }

    // ---- results --------------------------------------------------------------------------

    RoutingResult results(const std::vector<Bundle>& bundles) {
        RoutingResult result;
        result.cables.assign(model.cables().capacity(), CableRoute{});
        std::unordered_map<const CatalogEntry*, std::uint32_t> skuIndex;
        const auto setPart = [&](CableRoute& out, const MediaOption& o, const CatalogEntry* sku, std::uint32_t len) {
            out.media = o.media;
            out.lengthMm = len;
            out.orderedMm = static_cast<std::uint32_t>(std::lround(sku->cable->lengthM * 1000.0));
            auto [it, fresh] = skuIndex.emplace(sku, static_cast<std::uint32_t>(result.skus.size()));
            if (fresh) result.skus.push_back(sku->id);
            out.sku = it->second;
            out.reason = UnroutedReason::None;
        };
        model.cables().forEach([&](CableId id, const Cable&) {
            const CablePlan& p = plans[id.value];
            if (p.grouped) return;
            CableRoute& out = result.cables[id.value];
            out.reason = p.reason;
            if (p.status == RouteStatus::InRack) {
                setPart(out, *p.option, p.sku, p.lengthMm);
                out.status = RouteStatus::InRack;
            }
        });
        std::unordered_multimap<std::uint64_t, std::uint32_t> routeIndex;
        routeIndex.reserve(bundles.size());
        const auto routeOf = [&](const std::vector<std::uint32_t>& path) {
            TrayRoute candidate;
            candidate.segments.reserve(path.size());
            for (std::uint32_t e : path) {
                if (!world->isRiser(e)) candidate.segments.push_back(TrayId(e));  // risers are not parts
                candidate.trayLengthMm += edge(e).lengthMm;
            }
            const std::uint64_t h = hashOf(candidate.segments);
            for (auto [lo, hi] = routeIndex.equal_range(h); lo != hi; ++lo)
                if (result.routes[lo->second] == candidate) return lo->second;
            const auto id = static_cast<std::uint32_t>(result.routes.size());
            routeIndex.emplace(h, id);
            result.routes.push_back(std::move(candidate));
            return id;
        };
        for (const Bundle& b : bundles) {
            std::vector<std::uint32_t> routeIds;
            if (b.congested)
                for (const auto& path : b.congested->paths) routeIds.push_back(routeOf(path));
            else
                routeIds.push_back(routeOf(b.base->edges));
            for (std::size_t i = 0; i < b.count; ++i) {
                const CablePlan& p = plans[b.cables[i].value];
                CableRoute& out = result.cables[b.cables[i].value];
                const std::uint32_t which = b.congested ? b.congested->pathOf[i] : 0;
                if (which == kNoRoute) {
                    out.reason = UnroutedReason::NoCapacity;
                    continue;
                }
                const std::uint32_t routeId = routeIds[which];
                const std::uint32_t len = withSlack(double(p.fixedMm) + result.routes[routeId].trayLengthMm);
                if (const CatalogEntry* sku = p.option->skuFor(len)) {
                    setPart(out, *p.option, sku, len);
                    out.route = routeId;
                    out.status = RouteStatus::Routed;
                } else {
                    out.reason = UnroutedReason::OverReach;
                }
            }
        }
        result.negotiated = stats.congestedBundles > 0;
        result.iterations = result.negotiated ? 1 : 0;
        return canonical(std::move(result));
    }

    /// Numbers routes and SKUs in order of first use by cable id, so equal routings compare equal.
    static RoutingResult canonical(RoutingResult in) {
        RoutingResult out;
        out.negotiated = in.negotiated;
        out.iterations = in.iterations;
        out.cables = std::move(in.cables);
        std::vector<std::uint32_t> routeMap(in.routes.size(), kNoRoute), skuMap(in.skus.size(), kNoRoute);
        for (CableRoute& c : out.cables) {
            if (c.route != kNoRoute) {
                if (routeMap[c.route] == kNoRoute) {
                    routeMap[c.route] = static_cast<std::uint32_t>(out.routes.size());
                    out.routes.push_back(std::move(in.routes[c.route]));
                }
                c.route = routeMap[c.route];
            }
            if (c.sku != kNoRoute) {
                if (skuMap[c.sku] == kNoRoute) {
                    skuMap[c.sku] = static_cast<std::uint32_t>(out.skus.size());
                    out.skus.push_back(std::move(in.skus[c.sku]));
                }
                c.sku = skuMap[c.sku];
            }
        }
        return out;
    }

    // ---- the pipeline ---------------------------------------------------------------------

    /// Plans `dirty` cables, then runs bundles, history, the ordered pass and results over the
    /// whole design (cheap, linear) with every expensive step reused where its inputs hold.
    RoutingResult update(const std::vector<CableId>& dirty) {
        using Clock = std::chrono::steady_clock;
        const auto t0 = Clock::now();
        plan(dirty);
        std::sort(dirtyGroups.begin(), dirtyGroups.end());
        dirtyGroups.erase(std::unique(dirtyGroups.begin(), dirtyGroups.end()), dirtyGroups.end());
        std::vector<Bundle> bundles = makeBundles();
        stats.bundles = bundles.size();
        // What the previous call committed for groups that changed no longer holds.
        for (const GroupKey& g : dirtyGroups)
            for (auto it = states.lower_bound({g, 0}); it != states.end() && it->first.first == g; ++it)
                if (run > 0 && it->second.committedRun == run - 1)
                    for (std::uint32_t e : it->second.commitEdges) markChanged(e);
        computeHistory(bundles);
        const auto t1 = Clock::now();
        route(bundles);
        const auto t2 = Clock::now();
        RoutingResult result = results(bundles);
        // Bundles that no longer exist: a key that comes back starts afresh.
        std::erase_if(states, [&](const auto& entry) { return entry.second.committedRun != run; });
        dirtyGroups.clear();
        for (std::uint32_t e : changed) isChanged[e] = 0;
        changed.clear();
        const auto t3 = Clock::now();
        stats.planSeconds = std::chrono::duration<double>(t1 - t0).count();
        stats.negotiateSeconds = std::chrono::duration<double>(t2 - t1).count();
        stats.legaliseSeconds = std::chrono::duration<double>(t3 - t2).count();
        stats.reroutedCables = dirty.size();
        last = result;
        ++run;
        return result;
    }

    RoutingResult routeAll() {
        stats = RoutingStats{};
        reset();
        return update(model.cables().ids());
    }

    RoutingResult reroute(const RoutingResult& previous, const ChangeSet& changes);
};

RoutingResult Router::Impl::reroute(const RoutingResult& previous, const ChangeSet& changes) {
    const auto full = [&] {
        RoutingResult r = routeAll();
        stats.fullReroute = true;
        return r;
    };
    // The kept state must be the one `previous` came from.
    if (!world || !last || !(*last == previous)) return full();
    if (changes.siteChanged) return full();
    for (EntityKind k : {EntityKind::Hall, EntityKind::Row})
        if (!changes.untouched(k)) return full();
    stats = RoutingStats{};
    std::vector<std::uint8_t> rackTouched(std::max<std::size_t>(model.racks().capacity(), world->rackCapacity()), 0);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairsTouched;  // (lo, hi) whose base paths were dropped
    if (!changes.untouched(EntityKind::Tray)) {
        // A fresh world for the new limits (and geometry); with unchanged geometry its node and
        // edge ids are the same, else everything kept is carried over into the new numbering.
        std::unique_ptr<RoutingWorld> old = std::move(world);
        world = std::make_unique<RoutingWorld>(model, catalog);
        std::vector<std::uint32_t> geometry;
        for (const auto* list : {&changes.addedOf(EntityKind::Tray), &changes.removedOf(EntityKind::Tray), &changes.modifiedOf(EntityKind::Tray)})
            for (std::uint32_t id : *list)
                if (!sameSegment(*old, id)) geometry.push_back(id);
        if (!geometry.empty() || world->traySegmentCount() != trayCount) {
            carryOver(*old, geometry, rackTouched, pairsTouched);
        } else {
            for (std::uint32_t id : changes.modifiedOf(EntityKind::Tray)) {
                refreshLimits(id);
                if (limitsRun[id] == run) markChanged(id);
            }
        }
    }
    const auto touchRack = [&](std::uint32_t r) {
        if (r >= rackTouched.size()) rackTouched.resize(r + 1, 0);
        rackTouched[r] = 1;
    };
    for (const auto* list : {&changes.addedOf(EntityKind::Rack), &changes.modifiedOf(EntityKind::Rack), &changes.removedOf(EntityKind::Rack)})
        for (std::uint32_t r : *list) touchRack(r);
    for (const auto* list : {&changes.addedOf(EntityKind::Device), &changes.modifiedOf(EntityKind::Device)})
        for (std::uint32_t d : *list)
            if (const Device* dev = model.devices().find(DeviceId(d))) touchRack(dev->rack.value);
    for (std::uint32_t r = 0; r < rackTouched.size(); ++r)
        if (rackTouched[r]) world->updateRack(RackId(r));
    std::erase_if(basePaths, [&](const auto& entry) {
        return (entry.first.lo < rackTouched.size() && rackTouched[entry.first.lo]) ||
               (entry.first.hi < rackTouched.size() && rackTouched[entry.first.hi]);
    });

    // Cables to replan: edited ones, those on edited links or ports, those with an end in a touched rack.
    std::vector<std::uint8_t> dirty(std::max<std::size_t>(model.cables().capacity(), plans.size()), 0);
    for (const auto* list : {&changes.addedOf(EntityKind::Cable), &changes.modifiedOf(EntityKind::Cable), &changes.removedOf(EntityKind::Cable)})
        for (std::uint32_t c : *list) dirty[c] = 1;
    std::vector<std::uint8_t> linkTouched(model.links().capacity(), 0), portTouched(model.ports().capacity(), 0);
    for (const auto* list : {&changes.addedOf(EntityKind::Link), &changes.modifiedOf(EntityKind::Link), &changes.removedOf(EntityKind::Link)})
        for (std::uint32_t l : *list)
            if (l < linkTouched.size()) linkTouched[l] = 1;
    for (const auto* list : {&changes.addedOf(EntityKind::Port), &changes.modifiedOf(EntityKind::Port), &changes.removedOf(EntityKind::Port)})
        for (std::uint32_t p : *list)
            if (p < portTouched.size()) portTouched[p] = 1;
    const bool linksOrPorts = !changes.untouched(EntityKind::Link) || !changes.untouched(EntityKind::Port);
    const auto touchedLink = [&](LinkId id) {
        if (!id) return false;
        if (id.value < linkTouched.size() && linkTouched[id.value]) return true;
        const Link& l = model.links()[id];
        return portTouched[l.a.value] || portTouched[l.b.value];
    };
    model.cables().forEach([&](CableId id, const Cable& c) {
        if (dirty[id.value]) return;
        if (linksOrPorts && (touchedLink(c.first) || touchedLink(c.second))) {
            dirty[id.value] = 1;
            return;
        }
        const Link& l = model.links()[c.first];
        const std::uint32_t ra = world->rackOf(l.a).value, rb = world->rackOf(l.b).value;
        if ((ra < rackTouched.size() && rackTouched[ra]) || (rb < rackTouched.size() && rackTouched[rb])) dirty[id.value] = 1;
        if (!pairsTouched.empty() &&
            std::binary_search(pairsTouched.begin(), pairsTouched.end(), std::make_pair(std::min(ra, rb), std::max(ra, rb))))
            dirty[id.value] = 1;
    });
    std::vector<CableId> replan;
    for (std::uint32_t c = 0; c < dirty.size(); ++c)
        if (dirty[c] && (c < plans.size() || model.cables().find(CableId(c)))) replan.push_back(CableId(c));
    if (plans.size() < dirty.size()) plans.resize(dirty.size());
    return update(replan);
}

Router::Router(const Model& model, const Catalog& catalog, RouterOptions options)
    : impl_(std::make_unique<Impl>(model, catalog, options)) {}
Router::~Router() = default;
RoutingResult Router::routeAll() { return impl_->routeAll(); }
RoutingResult Router::reroute(const RoutingResult& previous, const ChangeSet& changes) {
    return impl_->reroute(previous, changes);
}
const RoutingStats& Router::stats() const noexcept { return impl_->stats; }

std::vector<TrayId> overfilledSegments(const Model& model, const Catalog& catalog, const RoutingResult& result) {
    RoutingWorld world(model, catalog);
    RuleResolver resolver(model, catalog);
    std::vector<double> area(world.edges().size(), 0.0), kg(world.edges().size(), 0.0);
    model.cables().forEach([&](CableId id, const Cable&) {
        const CableRoute* c = result.find(id);
        if (!c || c->status != RouteStatus::Routed) return;
        const MediaOption* o = resolver.optionOf(id, c->media);
        if (!o) return;
        for (TrayId e : result.routes[c->route].segments) {
            area[e.value] += o->areaMm2;
            kg[e.value] += o->kgPerM;
        }
    });
    std::vector<TrayId> out;
    for (std::uint32_t e = 0; e < area.size(); ++e) {
        const TrayEdge& te = world.edges()[e];
        if (te.alive && !world.isRiser(e) && (area[e] > te.capacityMm2 + 1e-6 || kg[e] > te.loadKgPerM + 1e-6)) out.push_back(TrayId(e));
    }
    return out;
}

std::string_view toString(RouteStatus s) noexcept {
    switch (s) {
        case RouteStatus::Routed: return "routed";
        case RouteStatus::InRack: return "in-rack";
        case RouteStatus::Unrouted: return "unrouted";
    }
    return "?";
}

std::string_view toString(UnroutedReason r) noexcept {
    switch (r) {
        case UnroutedReason::None: return "";
        case UnroutedReason::NoMedia: return "no catalog cable fits";
        case UnroutedReason::NoTrayPath: return "no tray path";
        case UnroutedReason::NoCapacity: return "trays full";
        case UnroutedReason::OverReach: return "detour beyond media reach";
    }
    return "?";
}

}  // namespace rw
