#include "router/Router.h"

#include <atomic>
#include <chrono>
#include <thread>
#include <tuple>
#include <unordered_map>

#include "router/RouterImpl.h"
#include "router/TrayDemand.h"

// The router: planning, results, the pipeline and reroute(); see RouterImpl.h.

namespace rw {

using namespace routing;

namespace {

std::uint64_t hashOf(const std::vector<TrayId>& segments) noexcept {
    std::uint64_t h = 1469598103934665603ULL;  // FNV-1a
    for (TrayId s : segments) {
        h ^= s.value;
        h *= 1099511628211ULL;
    }
    return h;
}

}  // namespace

void Router::Impl::reset() {
    run = 0;
    world = std::make_unique<RoutingWorld>(model, catalog);
    rememberTrays();
    const std::size_t n = world->nodeCount(), m = world->edges().size();
    space.reset(n);
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

void Router::Impl::rememberTrays() {
    trayCount = world->traySegmentCount();
    trayHall.assign(trayCount, HallId{});
    model.trays().forEach([&](TrayId id, const TraySegment& s) { trayHall[id.value] = s.hall; });
}

void Router::Impl::refreshLimits(std::uint32_t e) {
    const TrayEdge& te = edge(e);
    const double c = te.alive ? te.capacityMm2 : 0.0, l = te.alive ? te.loadKgPerM : 0.0;
    if (c != cap[e] || l != load[e]) limitsRun[e] = run;
    cap[e] = c;
    load[e] = l;
}

std::int64_t Router::Impl::endRunMm(RackId rack, std::int32_t portZ, std::uint32_t node) const {
    const RackGeometry& g = world->rack(rack);
    const Point3& p = world->node(node);
    return (g.topMm - portZ) + g.sideRunMm + std::abs(p.z - g.topMm) + std::abs(std::int64_t{p.x} - g.centre.x) +
           std::abs(std::int64_t{p.y} - g.centre.y);
}

void Router::Impl::ensureBasePaths(const std::vector<CableId>& cables) {
    std::vector<GroupKey> missing;
    for (CableId id : cables) {
        const Cable* c = model.cables().find(id);
        if (!c) continue;
        const Link& l = model.links()[c->first];
        const RackId ra = world->rackOf(l.a), rb = world->rackOf(l.b);
        if (!ra || !rb || ra == rb || world->rack(ra).hall != world->rack(rb).hall) continue;
        for (const MediaOption& o : resolver.optionsFor(id)) {
            const GroupKey key{std::min(ra, rb).value, std::max(ra, rb).value, static_cast<std::uint32_t>(kindIndex(o.tray))};
            // The cables of one rack pair mostly come one after another: skip the repeats early.
            if (missing.empty() || !(missing.back() == key)) missing.push_back(key);
        }
    }
    std::sort(missing.begin(), missing.end());
    missing.erase(std::unique(missing.begin(), missing.end()), missing.end());
    std::erase_if(missing, [&](const GroupKey& k) { return basePaths.contains(k); });

    // One Dijkstra serves every key of one source rack and kind. The source is the key's hub end
    // (hubOf), so the few network racks every compute rack cables to are searched from once each
    // rather than every compute rack searching its way to them. The choice depends on the key
    // alone, so a reroute computes the same path a full route does.
    struct Search {
        std::uint32_t source, kind, other;
        GroupKey key;
    };
    std::vector<Search> searches;
    searches.reserve(missing.size());
    for (const GroupKey& k : missing) {
        const std::uint32_t hub = hubOf(k);
        searches.push_back({hub, k.kind, hub == k.lo ? k.hi : k.lo, k});
    }
    std::sort(searches.begin(), searches.end(), [](const Search& a, const Search& b) {
        return std::tie(a.source, a.kind, a.other) < std::tie(b.source, b.kind, b.other);
    });
    // Jobs: the searches of one source rack and kind, run in parallel, each worker in its own
    // search space (a search reads only the world). Results land by index, so they are the same
    // whatever the number of threads.
    std::vector<std::pair<std::size_t, std::size_t>> jobs;
    for (std::size_t i = 0; i < searches.size();) {
        std::size_t j = i;
        while (j < searches.size() && searches[j].source == searches[i].source && searches[j].kind == searches[i].kind) ++j;
        jobs.emplace_back(i, j);
        i = j;
    }
    if (jobs.empty()) return;
    stats.dijkstras += jobs.size();
    const bool anyGrid = std::any_of(searches.begin(), searches.end(), [&](const Search& x) { return world->axisAligned(TrayKind(x.kind)); });
    const bool anyOther = std::any_of(searches.begin(), searches.end(), [&](const Search& x) { return !world->axisAligned(TrayKind(x.kind)); });
    const std::vector<std::uint64_t> nodeKeys = anyGrid ? nodePositionKeys(*world) : std::vector<std::uint64_t>{};
    const std::vector<std::uint64_t> tie = anyOther ? tieBreakKeys() : std::vector<std::uint64_t>{};
    std::vector<BasePath> found(searches.size());
    const auto runJob = [&](SearchSpace& sp, std::vector<std::uint32_t>& targets, std::size_t job) {
        const auto [i, j] = jobs[job];
        const std::uint32_t kind = searches[i].kind;
        const auto dropOf = [&](std::uint32_t rack) { return world->rack(RackId(rack)).drop[kind]; };
        const std::uint32_t s = dropOf(searches[i].source);
        if (s == kNoNode) return;
        const std::uint64_t from = routing::positionKey(world->node(s));
        const bool grid = world->axisAligned(TrayKind(kind));
        if (!grid) {
            targets.clear();
            for (std::size_t k = i; k < j; ++k)
                if (const std::uint32_t t = dropOf(searches[k].other); t != kNoNode) targets.push_back(t);
            dijkstraToAll(sp, s, targets, [&](std::uint32_t e) { return double(edge(e).lengthMm) * (1.0 + unitMix(tie[e] ^ from) * kTieScale); });
        }
        for (std::size_t k = i; k < j; ++k) {
            const std::uint32_t t = dropOf(searches[k].other);
            if (t == kNoNode) continue;
            if (grid) axisSearch(*world, sp, nodeKeys, s, t, from ^ routing::mixBits(nodeKeys[t]));
            if (distanceTo(sp, t) == kInf) continue;
            BasePath& b = found[k];
            b.edges = pathTo(sp, s, t);
            b.lengthMm = 0.0;  // the path's length alone, without the tie-break terms
            for (std::uint32_t e : b.edges) b.lengthMm += edge(e).lengthMm;
            if (searches[k].source != searches[k].key.lo) std::reverse(b.edges.begin(), b.edges.end());  // stored from lo
        }
    };
    // Threads only pay for themselves on a design with many source racks (a few SUs and up).
    constexpr std::size_t kJobsPerThreadPool = 64;
    const std::size_t threads =
        jobs.size() < kJobsPerThreadPool ? 1 : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
    std::atomic<std::size_t> next{0};
    const auto worker = [&](SearchSpace& sp) {
        std::vector<std::uint32_t> targets;
        for (std::size_t job; (job = next.fetch_add(1)) < jobs.size();) runJob(sp, targets, job);
    };
    std::vector<SearchSpace> spaces(threads - 1);
    std::vector<std::thread> pool;
    for (SearchSpace& sp : spaces) pool.emplace_back(worker, std::ref(sp));
    worker(space);
    for (std::thread& t : pool) t.join();
    for (std::size_t k = 0; k < searches.size(); ++k) basePaths[searches[k].key] = std::move(found[k]);
}

std::uint32_t Router::Impl::hubOf(const GroupKey& key) const {
    // Compute racks are the many spokes; any other role (network, storage, management...) is
    // a hub. Between two of a kind, the lower id.
    const auto spoke = [&](std::uint32_t rack) {
        const Rack* r = model.racks().find(RackId(rack));
        return r == nullptr || r->role == RackRole::Compute;
    };
    return spoke(key.lo) && !spoke(key.hi) ? key.hi : key.lo;
}

std::vector<std::uint64_t> Router::Impl::tieBreakKeys() const {
    // Between paths of equal length (a tray grid has many: every staircase between two racks)
    // a base-path search takes the one with the least sum of length x weight, a fixed
    // pseudo-random weight in [0, 1) per (source, edge) drawn from their positions (ids are
    // renumbered by tray edits, positions are not). Ties then fall on staircases spread over
    // the grid instead of all on the same rows, which is what keeps the trays within their
    // limits. Scaled by kTieScale the terms add at most 0.25 mm to a path of 100 km, so they
    // never outweigh 1 mm of length (lengths are whole millimetres): they only order ties.
    std::vector<std::uint64_t> keys(world->edges().size());
    for (std::uint32_t e = 0; e < keys.size(); ++e) {
        const TrayEdge& te = edge(e);
        if (!te.alive) continue;  // a removed segment's slot: no ends
        const Point3& a = world->node(te.a);
        const Point3& b = world->node(te.b);
        keys[e] = routing::positionKey(Point3{a.x + b.x, a.y + b.y, a.z + b.z}) * 0x94d049bb133111ebULL;
    }
    return keys;
}

void Router::Impl::plan(const std::vector<CableId>& cables) {
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
            p.lengthMm = len;  // what a part would need: said in the finding when none fits
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
        std::uint32_t neededMm = 0;  // the shortest run any media would take
        for (const MediaOption& o : options) {
            const std::size_t k = kindIndex(o.tray);
            const GroupKey key{lo.value, hi.value, static_cast<std::uint32_t>(k)};
            const auto it = basePaths.find(key);
            if (it == basePaths.end() || it->second.lengthMm == kInf) continue;
            anyPath = true;
            const std::int64_t fixed = endRunMm(lo, zLo, world->rack(lo).drop[k]) + endRunMm(hi, zHi, world->rack(hi).drop[k]);
            const std::uint32_t runMm = withSlack(double(fixed) + it->second.lengthMm);
            if (neededMm == 0 || runMm < neededMm) neededMm = runMm;
            if (!o.skuFor(runMm)) continue;
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
        if (!p.grouped) {
            p.reason = anyPath ? UnroutedReason::NoMedia : UnroutedReason::NoTrayPath;
            p.lengthMm = neededMm;
        }
    }
}

std::vector<routing::Bundle> Router::Impl::makeBundles() const {
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
            b.reachSlackMm = kInf;
            for (std::size_t i = 0; i < b.count; ++i) {
                const CablePlan& p = plans[b.cables[i].value];
                b.demand.area += p.option->areaMm2;
                b.demand.kg += p.option->kgPerM;
                const double longest = p.option->skus.empty() ? 0.0 : p.option->skus.back()->cable->lengthM * 1000.0;
                b.reachSlackMm = std::min(b.reachSlackMm, std::min(p.option->reachMm, longest) - withSlack(p.fixedMm + base.lengthMm));
            }
            b.base = &base;
            bundles.push_back(b);
        }
    }
    // Tightest first: a bundle with little reach to spare gets the short paths; one with room
    // takes the detour. The order is a function of each bundle's own inputs, so it changes only
    // for bundles that are replanned anyway.
    std::stable_sort(bundles.begin(), bundles.end(), [](const Bundle& x, const Bundle& y) { return x.reachSlackMm < y.reachSlackMm; });
    return bundles;
}

RoutingResult Router::Impl::results(const std::vector<Bundle>& bundles) {
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
        if (p.reason == UnroutedReason::NoMedia) out.lengthMm = p.lengthMm;
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
            const MediaOption* option = p.option;
            const CatalogEntry* sku = option->skuFor(len);
            if (!sku) std::tie(option, sku) = replanOverReach(b.cables[i], *p.option, len);
            if (sku) {
                setPart(out, *option, sku, len);
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

std::pair<const MediaOption*, const CatalogEntry*> Router::Impl::replanOverReach(CableId cable, const MediaOption& planned,
                                                                                  std::uint32_t lengthMm) {
    // The congestion detour outgrew the planned media's reach: the next media in preference
    // order that reaches takes over, provided it runs in the same trays and takes no more
    // room or weight there, so the tray fill the detour was found with still holds.
    const std::vector<MediaOption>& options = resolver.optionsFor(cable);
    bool after = false;
    for (const MediaOption& o : options) {
        if (&o == &planned) {
            after = true;
            continue;
        }
        if (!after || o.tray != planned.tray || o.areaMm2 > planned.areaMm2 + 1e-9 || o.kgPerM > planned.kgPerM + 1e-12) continue;
        if (const CatalogEntry* sku = o.skuFor(lengthMm)) {
            ++stats.replannedMedia;
            return {&o, sku};
        }
    }
    return {nullptr, nullptr};
}

RoutingResult Router::Impl::canonical(RoutingResult in) {
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

RoutingResult Router::Impl::update(const std::vector<CableId>& dirty) {
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

std::vector<std::uint32_t> Router::Impl::shortestLengths() {
    if (!world) {
        stats = RoutingStats{};
        reset();
        plan(model.cables().ids());
        dirtyGroups.clear();
    }
    std::vector<std::uint32_t> out(model.cables().capacity(), 0);
    model.cables().forEach([&](CableId id, const Cable&) {
        const CablePlan& p = plans[id.value];
        if (p.grouped) out[id.value] = withSlack(double(p.fixedMm) + basePaths.at(p.group).lengthMm);
        else if (p.status == RouteStatus::InRack) out[id.value] = p.lengthMm;
    });
    return out;
}

RoutingResult Router::Impl::routeAll() {
    stats = RoutingStats{};
    reset();
    return update(model.cables().ids());
}


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
            rememberTrays();
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

RoutingResult routeOnce(const Model& model, const Catalog& catalog) {
    RouterOptions once;
    once.rememberSearches = false;
    return Router(model, catalog, once).routeAll();
}
const RoutingStats& Router::stats() const noexcept { return impl_->stats; }
std::vector<std::uint32_t> Router::shortestLengthsMm() { return impl_->shortestLengths(); }

std::vector<TrayId> overfilledSegments(const Model& model, const Catalog& catalog, const RoutingResult& result) {
    RoutingWorld world(model, catalog);
    const std::vector<TrayDemand> demand = trayDemand(model, catalog, result);
    std::vector<TrayId> out;
    for (std::uint32_t e = 0; e < demand.size(); ++e) {
        const TrayEdge& te = world.edges()[e];
        if (te.alive && (demand[e].areaMm2 > te.capacityMm2 + 1e-6 || demand[e].kgPerM > te.loadKgPerM + 1e-6))
            out.push_back(TrayId(e));
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
