#include "router/Router.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <map>
#include <queue>
#include <unordered_map>

#include "router/RoutingWorld.h"
#include "router/RuleResolver.h"

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
};

/// One planned inter-rack cable.
struct Plan {
    CableId cable;
    RackId lo;                 // the rack the route starts at (lower id)
    RackId hi;
    const MediaOption* option = nullptr;
    std::uint32_t fixedMm = 0;  // in-rack runs and drops, no tray, no slack
};

struct Bundle {
    std::uint32_t source = kNoNode;
    std::uint32_t target = kNoNode;
    TrayKind kind = TrayKind::Data;
    std::size_t first = 0;     // range in the plans vector
    std::size_t count = 0;
    Demand demand;
    std::vector<std::uint32_t> path;  // TrayId values, from source
    bool routed = false;
};

}  // namespace

struct Router::Impl {
    const Model& model;
    const Catalog& catalog;
    RouterOptions opt;
    std::unique_ptr<RoutingWorld> world;
    RuleResolver resolver;
    RoutingStats stats;

    // Dijkstra workspace (reused; stamps avoid clearing).
    std::vector<double> dist;
    std::vector<std::uint32_t> predEdge;
    std::vector<std::uint32_t> seen;
    std::uint32_t stamp = 0;

    std::vector<double> area, kg, history;

    Impl(const Model& m, const Catalog& c, RouterOptions o) : model(m), catalog(c), opt(o), resolver(m, c) {}

    void rebuildWorld() {
        world = std::make_unique<RoutingWorld>(model, catalog);
        const std::size_t n = world->nodeCount();
        dist.assign(n, kInf);
        predEdge.assign(n, kNoNode);
        seen.assign(n, 0);
        stamp = 0;
    }

    [[nodiscard]] std::uint32_t withSlack(double mm) const {
        return static_cast<std::uint32_t>(std::ceil((mm + 2.0 * opt.slackPerEndMm) * (1.0 + opt.slackPercent / 100.0)));
    }

    const TrayEdge& edge(std::uint32_t e) const { return world->edges()[e]; }

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
        using Item = std::pair<double, std::uint32_t>;
        std::priority_queue<Item, std::vector<Item>, std::greater<>> heap;
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

    // ---- geometry -------------------------------------------------------------------------

    /// In-rack run of one end plus its drop to the tray node above (no slack).
    [[nodiscard]] std::int64_t endRunMm(RackId rack, std::int32_t portZ, std::uint32_t node) const {
        const RackGeometry& g = world->rack(rack);
        const Point3& p = world->node(node);
        return (g.topMm - portZ) + g.sideRunMm + std::abs(p.z - g.topMm) + std::abs(std::int64_t{p.x} - g.centre.x) +
               std::abs(std::int64_t{p.y} - g.centre.y);
    }

    // ---- planning -------------------------------------------------------------------------

    /// Chooses media for `cables` and fills in-rack and failed entries of `result`; returns the
    /// inter-rack plans (sorted) with their base paths grouped into bundles.
    void plan(const std::vector<CableId>& cables, RoutingResult& result, std::vector<Plan>& plans, std::vector<Bundle>& bundles,
              std::map<std::string, std::uint32_t>& skuIndex) {
        struct Pending {
            CableId cable;
            RackId lo, hi;
        };
        std::vector<Pending> pending;
        for (CableId id : cables) {
            CableRoute& out = result.cables[id.value];
            out = CableRoute{};
            const Cable& c = model.cables()[id];
            const Link& l = model.links()[c.first];
            const RackId ra = world->rackOf(l.a), rb = world->rackOf(l.b);
            const auto& options = resolver.optionsFor(id);
            out.reason = options.empty() ? UnroutedReason::NoMedia : UnroutedReason::NoTrayPath;
            if (options.empty() || !ra || !rb) continue;
            if (ra == rb) {
                const RackGeometry& g = world->rack(ra);
                const std::uint32_t len =
                    withSlack(std::abs(world->portHeightMm(l.a) - world->portHeightMm(l.b)) + 2.0 * g.sideRunMm);
                out.reason = UnroutedReason::NoMedia;
                for (const MediaOption& o : options)
                    if (const CatalogEntry* sku = o.skuFor(len)) {
                        setPart(out, o, sku, len, skuIndex, result);
                        out.status = RouteStatus::InRack;
                        break;
                    }
                continue;
            }
            if (world->rack(ra).hall != world->rack(rb).hall) continue;
            pending.push_back({id, std::min(ra, rb), std::max(ra, rb)});
        }
        std::sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) {
            return std::tie(a.lo, a.hi, a.cable) < std::tie(b.lo, b.hi, b.cable);
        });

        // One Dijkstra per (source rack, tray kind), computed when first needed.
        std::map<std::tuple<std::uint32_t, std::uint32_t, int>, std::vector<std::uint32_t>> basePaths;  // (lo, hi, kind)
        std::size_t i = 0;
        while (i < pending.size()) {
            const RackId lo = pending[i].lo;
            std::size_t j = i;
            while (j < pending.size() && pending[j].lo == lo) ++j;
            // Distances per kind for this source, kept for the group.
            std::array<std::vector<std::pair<std::uint32_t, double>>, kTrayKinds> distCache{};
            std::array<bool, kTrayKinds> done{};
            std::array<std::map<std::uint32_t, std::vector<std::uint32_t>>, kTrayKinds> pathsFromSource;
            const auto ensure = [&](std::size_t k, std::uint32_t source, const std::vector<std::uint32_t>& targets) {
                if (done[k]) return;
                done[k] = true;
                dijkstra(source, kNoNode, [&](std::uint32_t e) { return double(edge(e).lengthMm); });
                for (std::uint32_t t : targets) {
                    distCache[k].emplace_back(t, distanceTo(t));
                    if (distanceTo(t) != kInf) pathsFromSource[k].emplace(t, pathTo(source, t));
                }
            };
            std::vector<std::uint32_t> targetsByKind[kTrayKinds];
            for (std::size_t p = i; p < j; ++p)
                for (std::size_t k = 0; k < kTrayKinds; ++k) targetsByKind[k].push_back(world->rack(pending[p].hi).drop[k]);
            for (auto& t : targetsByKind) {
                std::sort(t.begin(), t.end());
                t.erase(std::unique(t.begin(), t.end()), t.end());
            }
            for (std::size_t p = i; p < j; ++p) {
                const Pending& pc = pending[p];
                CableRoute& out = result.cables[pc.cable.value];
                const Link& l = model.links()[model.cables()[pc.cable].first];
                const bool aIsLo = world->rackOf(l.a) == pc.lo;
                const std::int32_t zLo = world->portHeightMm(aIsLo ? l.a : l.b), zHi = world->portHeightMm(aIsLo ? l.b : l.a);
                bool anyPath = false;
                for (const MediaOption& o : resolver.optionsFor(pc.cable)) {
                    const std::size_t k = kindIndex(o.tray);
                    const std::uint32_t s = world->rack(pc.lo).drop[k], t = world->rack(pc.hi).drop[k];
                    if (s == kNoNode || t == kNoNode) continue;
                    ensure(k, s, targetsByKind[k]);
                    const auto it = std::lower_bound(distCache[k].begin(), distCache[k].end(), std::make_pair(t, -kInf));
                    if (it == distCache[k].end() || it->first != t || it->second == kInf) continue;
                    anyPath = true;
                    const std::int64_t fixed = endRunMm(pc.lo, zLo, s) + endRunMm(pc.hi, zHi, t);
                    if (!o.skuFor(withSlack(double(fixed) + it->second))) continue;
                    plans.push_back({pc.cable, pc.lo, pc.hi, &o, static_cast<std::uint32_t>(fixed)});
                    basePaths.try_emplace({pc.lo.value, pc.hi.value, static_cast<int>(k)}, pathsFromSource[k].at(t));
                    break;
                }
                if (plans.empty() || plans.back().cable != pc.cable) out.reason = anyPath ? UnroutedReason::NoMedia : UnroutedReason::NoTrayPath;
            }
            i = j;
        }
        std::stable_sort(plans.begin(), plans.end(), [](const Plan& a, const Plan& b) {
            return std::make_tuple(a.lo, a.hi, a.option->tray, a.cable) < std::make_tuple(b.lo, b.hi, b.option->tray, b.cable);
        });
        for (std::size_t p = 0; p < plans.size();) {
            std::size_t q = p;
            const Plan& head = plans[p];
            while (q < plans.size() && q - p < opt.maxBundleCables && plans[q].lo == head.lo && plans[q].hi == head.hi &&
                   plans[q].option->tray == head.option->tray)
                ++q;
            Bundle b;
            const std::size_t k = kindIndex(head.option->tray);
            b.source = world->rack(head.lo).drop[k];
            b.target = world->rack(head.hi).drop[k];
            b.kind = head.option->tray;
            b.first = p;
            b.count = q - p;
            for (std::size_t r = p; r < q; ++r) {
                b.demand.area += plans[r].option->areaMm2;
                b.demand.kg += plans[r].option->kgPerM;
            }
            b.path = basePaths.at({head.lo.value, head.hi.value, static_cast<int>(k)});
            b.routed = true;
            bundles.push_back(std::move(b));
            p = q;
        }
        stats.bundles += bundles.size();
    }

    void setPart(CableRoute& out, const MediaOption& o, const CatalogEntry* sku, std::uint32_t len,
                 std::map<std::string, std::uint32_t>& skuIndex, RoutingResult& result) {
        out.media = o.media;
        out.lengthMm = len;
        out.orderedMm = static_cast<std::uint32_t>(std::lround(sku->cable->lengthM * 1000.0));
        auto [it, fresh] = skuIndex.emplace(sku->id, static_cast<std::uint32_t>(result.skus.size()));
        if (fresh) result.skus.push_back(sku->id);
        out.sku = it->second;
        out.reason = UnroutedReason::None;
    }

    // ---- capacity -------------------------------------------------------------------------

    void resetUsage() {
        area.assign(world->edges().size(), 0.0);
        kg.assign(world->edges().size(), 0.0);
    }
    void apply(const std::vector<std::uint32_t>& path, Demand d, double sign) {
        for (std::uint32_t e : path) {
            area[e] += sign * d.area;
            kg[e] += sign * d.kg;
        }
    }
    [[nodiscard]] bool over(std::uint32_t e) const {
        const TrayEdge& te = edge(e);
        return area[e] > te.capacityMm2 + kEps || kg[e] > te.loadKgPerM + kEps;
    }
    [[nodiscard]] bool fits(std::uint32_t e, Demand d) const {
        const TrayEdge& te = edge(e);
        return area[e] + d.area <= te.capacityMm2 + kEps && kg[e] + d.kg <= te.loadKgPerM + kEps;
    }
    [[nodiscard]] std::vector<std::uint32_t> overused() const {
        std::vector<std::uint32_t> out;
        for (std::uint32_t e = 0; e < area.size(); ++e)
            if (world->edges()[e].alive && over(e)) out.push_back(e);
        return out;
    }

    /// PathFinder negotiation; returns the rounds run.
    int negotiate(std::vector<Bundle>& bundles) {
        history.assign(world->edges().size(), 0.0);
        double present = opt.presentCostStart;
        int round = 0, stale = 0;
        double bestOverflow = kInf;
        for (std::vector<std::uint32_t> hot = overused(); !hot.empty() && round < opt.maxIterations; hot = overused()) {
            // Stop negotiating when the total overflow has not improved for a few rounds: the
            // trays are simply too small, and legalisation reports what does not fit.
            double overflowSum = 0.0;
            for (std::uint32_t e : hot) overflowSum += std::max(0.0, area[e] - edge(e).capacityMm2);
            if (overflowSum < bestOverflow * 0.98) {
                bestOverflow = overflowSum;
                stale = 0;
            } else if (++stale >= opt.staleRounds) {
                break;
            }
            ++round;
            std::vector<std::uint8_t> isHot(area.size(), 0);
            for (std::uint32_t e : hot) {
                isHot[e] = 1;
                const TrayEdge& te = edge(e);
                const double overflow = std::max(area[e] / std::max(te.capacityMm2, kEps), kg[e] / std::max(te.loadKgPerM, kEps)) - 1.0;
                history[e] += opt.historyCost * std::max(overflow, 0.1);
            }
            for (Bundle& b : bundles) {
                if (!b.routed || std::none_of(b.path.begin(), b.path.end(), [&](std::uint32_t e) { return isHot[e] != 0; }))
                    continue;
                ++stats.rippedUp;
                apply(b.path, b.demand, -1.0);
                dijkstra(b.source, b.target, [&](std::uint32_t e) {
                    const TrayEdge& te = edge(e);
                    if (b.demand.area > te.capacityMm2 + kEps || b.demand.kg > te.loadKgPerM + kEps) return kInf;
                    const double use = std::max((area[e] + b.demand.area) / std::max(te.capacityMm2, kEps),
                                                (kg[e] + b.demand.kg) / std::max(te.loadKgPerM, kEps));
                    return te.lengthMm * (1.0 + history[e]) * (1.0 + present * std::max(0.0, use - 1.0) * 10.0);
                });
                if (distanceTo(b.target) != kInf) b.path = pathTo(b.source, b.target);
                apply(b.path, b.demand, 1.0);
            }
            present *= opt.presentCostGrowth;
        }
        return round;
    }

    /// Hard-capacity shortest path for a demand (only edges with room).
    bool hardPath(std::uint32_t s, std::uint32_t t, Demand d, std::vector<std::uint32_t>& path) {
        dijkstra(s, t, [&](std::uint32_t e) { return fits(e, d) ? double(edge(e).lengthMm) : kInf; });
        if (distanceTo(t) == kInf) return false;
        path = pathTo(s, t);
        return true;
    }

    /// Commits bundles only where they fit; splits the rest into single cables; what still
    /// does not fit stays unrouted. Afterwards no segment is over a limit.
    void legalise(std::vector<Bundle>& bundles, std::vector<Plan>& plans) {
        resetUsage();
        std::vector<Bundle> singles;
        for (Bundle& b : bundles) {
            const bool ok = b.routed && std::all_of(b.path.begin(), b.path.end(), [&](std::uint32_t e) { return fits(e, b.demand); });
            if (ok || hardPath(b.source, b.target, b.demand, b.path)) {
                apply(b.path, b.demand, 1.0);
                b.routed = true;
                continue;
            }
            ++stats.splitBundles;
            b.routed = false;
            // Split: the smallest cables first; each hard path found takes as many of the
            // remaining cables as fit along it, so the Dijkstra count follows distinct paths,
            // not cables. When the smallest cable finds no path, none of the rest can.
            std::vector<std::size_t> rest;
            for (std::size_t p = b.first; p < b.first + b.count; ++p) rest.push_back(p);
            std::stable_sort(rest.begin(), rest.end(),
                             [&](std::size_t x, std::size_t y) { return plans[x].option->areaMm2 < plans[y].option->areaMm2; });
            std::size_t next = 0;
            while (next < rest.size()) {
                const Demand first{plans[rest[next]].option->areaMm2, plans[rest[next]].option->kgPerM};
                std::vector<std::uint32_t> path;
                if (!hardPath(b.source, b.target, first, path)) break;
                // The plans of a bundle are contiguous; single cables become one-cable bundles.
                while (next < rest.size()) {
                    const Demand d{plans[rest[next]].option->areaMm2, plans[rest[next]].option->kgPerM};
                    if (!std::all_of(path.begin(), path.end(), [&](std::uint32_t e) { return fits(e, d); })) break;
                    Bundle one = b;
                    one.first = rest[next];
                    one.count = 1;
                    one.demand = d;
                    one.path = path;
                    one.routed = true;
                    apply(path, d, 1.0);
                    singles.push_back(std::move(one));
                    ++next;
                }
            }
        }
        for (Bundle& s : singles) bundles.push_back(std::move(s));
    }

    // ---- results --------------------------------------------------------------------------

    void finish(std::vector<Bundle>& bundles, std::vector<Plan>& plans, RoutingResult& result,
                std::map<std::string, std::uint32_t>& skuIndex) {
        // Routes already in the result (an incremental reroute) are shared too. Keyed by a
        // hash of the segment list, confirmed by comparing the lists.
        std::unordered_multimap<std::uint64_t, std::uint32_t> routeIndex;
        routeIndex.reserve(result.routes.size() + bundles.size());
        for (std::uint32_t r = 0; r < result.routes.size(); ++r) routeIndex.emplace(hashOf(result.routes[r].segments), r);
        for (const Bundle& b : bundles) {
            if (!b.routed) continue;
            TrayRoute candidate;
            candidate.segments.reserve(b.path.size());
            for (std::uint32_t e : b.path) {
                if (!world->isRiser(e)) candidate.segments.push_back(TrayId(e));  // risers are not parts
                candidate.trayLengthMm += edge(e).lengthMm;
            }
            const std::uint64_t h = hashOf(candidate.segments);
            std::uint32_t routeId = kNoRoute;
            for (auto [lo, hi] = routeIndex.equal_range(h); lo != hi; ++lo)
                if (result.routes[lo->second].segments == candidate.segments) routeId = lo->second;
            if (routeId == kNoRoute) {
                routeId = static_cast<std::uint32_t>(result.routes.size());
                routeIndex.emplace(h, routeId);
                result.routes.push_back(std::move(candidate));
            }
            const std::uint32_t trayLen = result.routes[routeId].trayLengthMm;
            for (std::size_t p = b.first; p < b.first + b.count; ++p) {
                const Plan& pl = plans[p];
                CableRoute& out = result.cables[pl.cable.value];
                const std::uint32_t len = withSlack(double(pl.fixedMm) + trayLen);
                if (const CatalogEntry* sku = pl.option->skuFor(len)) {
                    setPart(out, *pl.option, sku, len, skuIndex, result);
                    out.route = routeId;
                    out.status = RouteStatus::Routed;
                } else {
                    out = CableRoute{};
                    out.reason = UnroutedReason::OverReach;
                }
            }
        }
        for (const Bundle& b : bundles) {
            if (b.routed) continue;
            for (std::size_t p = b.first; p < b.first + b.count; ++p) {
                CableRoute& out = result.cables[plans[p].cable.value];
                if (out.status != RouteStatus::Routed) out.reason = UnroutedReason::NoCapacity;
            }
        }
    }

    RoutingResult routeAll() {
        stats = RoutingStats{};
        rebuildWorld();
        RoutingResult result;
        result.cables.assign(model.cables().capacity(), CableRoute{});
        const std::vector<CableId> cables = model.cables().ids();
        std::vector<Plan> plans;
        std::vector<Bundle> bundles;
        std::map<std::string, std::uint32_t> skuIndex;
        plans.reserve(cables.size());
        using Clock = std::chrono::steady_clock;
        const auto t0 = Clock::now();
        plan(cables, result, plans, bundles, skuIndex);
        resetUsage();
        for (const Bundle& b : bundles) apply(b.path, b.demand, 1.0);
        const auto t1 = Clock::now();
        result.iterations = negotiate(bundles);
        result.negotiated = result.iterations > 0;
        const auto t2 = Clock::now();
        legalise(bundles, plans);
        finish(bundles, plans, result, skuIndex);
        const auto t3 = Clock::now();
        stats.planSeconds = std::chrono::duration<double>(t1 - t0).count();
        stats.negotiateSeconds = std::chrono::duration<double>(t2 - t1).count();
        stats.legaliseSeconds = std::chrono::duration<double>(t3 - t2).count();
        stats.reroutedCables = cables.size();
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

    RoutingResult reroute(const RoutingResult& previous, const ChangeSet& changes);
};

RoutingResult Router::Impl::reroute(const RoutingResult& previous, const ChangeSet& changes) {
    const auto full = [&] {
        RoutingResult r = routeAll();
        stats.fullReroute = true;
        return r;
    };
    if (!world || previous.negotiated || previous.cables.size() > model.cables().capacity()) return full();
    for (EntityKind k : {EntityKind::Hall, EntityKind::Row, EntityKind::Port, EntityKind::Link})
        if (!changes.untouched(k)) return full();
    if (!changes.addedOf(EntityKind::Tray).empty() || !changes.removedOf(EntityKind::Tray).empty()) return full();
    bool trayProps = false;
    for (std::uint32_t id : changes.modifiedOf(EntityKind::Tray)) {
        const TraySegment* s = model.trays().find(TrayId(id));
        if (!s || id >= world->edges().size() || !world->edges()[id].alive) return full();
        const TrayEdge& e = world->edges()[id];
        if (!(world->node(e.a) == s->a && world->node(e.b) == s->b) || e.kind != s->kind) return full();
        trayProps = true;
    }
    stats = RoutingStats{};
    if (trayProps) {
        // Same geometry, new limits: the graph and every drop stay; only capacities change.
        world = std::make_unique<RoutingWorld>(model, catalog);
    }
    std::vector<std::uint8_t> rackTouched(std::max<std::size_t>(model.racks().capacity(), world->rackCapacity()), 0);
    const auto touchRack = [&](std::uint32_t r) {
        if (r >= rackTouched.size()) rackTouched.resize(r + 1, 0);
        rackTouched[r] = 1;
        world->updateRack(RackId(r));
    };
    for (const auto* list : {&changes.addedOf(EntityKind::Rack), &changes.modifiedOf(EntityKind::Rack), &changes.removedOf(EntityKind::Rack)})
        for (std::uint32_t r : *list) touchRack(r);
    for (const auto* list : {&changes.addedOf(EntityKind::Device), &changes.modifiedOf(EntityKind::Device)})
        for (std::uint32_t d : *list)
            if (const Device* dev = model.devices().find(DeviceId(d))) touchRack(dev->rack.value);
    if (!changes.removedOf(EntityKind::Device).empty()) return full();

    RoutingResult result = previous;
    result.cables.resize(model.cables().capacity(), CableRoute{});
    std::vector<std::uint8_t> affected(result.cables.size(), 0);
    for (const auto* list : {&changes.addedOf(EntityKind::Cable), &changes.modifiedOf(EntityKind::Cable), &changes.removedOf(EntityKind::Cable)})
        for (std::uint32_t c : *list) affected[c] = 1;
    std::vector<CableId> replan;
    model.cables().forEach([&](CableId id, const Cable& c) {
        const Link& l = model.links()[c.first];
        const std::uint32_t ra = world->rackOf(l.a).value, rb = world->rackOf(l.b).value;
        if ((ra < rackTouched.size() && rackTouched[ra]) || (rb < rackTouched.size() && rackTouched[rb])) affected[id.value] = 1;
        if (affected[id.value]) replan.push_back(id);
    });
    for (std::uint32_t c = 0; c < affected.size(); ++c)
        if (affected[c]) result.cables[c] = CableRoute{};

    // Usage of everything that stays, accumulated per route and then per segment.
    resetUsage();
    std::vector<Demand> perRoute(result.routes.size());
    model.cables().forEach([&](CableId id, const Cable&) {
        const CableRoute& c = result.cables[id.value];
        if (c.status != RouteStatus::Routed) return;
        const MediaOption* o = resolver.optionOf(id, c.media);
        if (!o) return;
        perRoute[c.route].area += o->areaMm2;
        perRoute[c.route].kg += o->kgPerM;
    });
    for (std::size_t r = 0; r < perRoute.size(); ++r)
        for (TrayId e : result.routes[r].segments) {
            area[e.value] += perRoute[r].area;
            kg[e.value] += perRoute[r].kg;
        }
    if (!overused().empty()) return full();

    std::vector<Plan> plans;
    std::vector<Bundle> bundles;
    std::map<std::string, std::uint32_t> skuIndex;
    for (std::uint32_t i = 0; i < result.skus.size(); ++i) skuIndex.emplace(result.skus[i], i);
    plan(replan, result, plans, bundles, skuIndex);
    for (const Bundle& b : bundles) apply(b.path, b.demand, 1.0);
    if (!overused().empty()) return full();
    finish(bundles, plans, result, skuIndex);
    stats.reroutedCables = replan.size();
    return canonical(std::move(result));
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
