#include "router/RouterImpl.h"

#include <unordered_map>

// Carrying the router's kept state over a tray geometry edit (docs/routing.md, "Incremental rerouting").

namespace rw {

using namespace routing;

bool Router::Impl::sameSegment(const RoutingWorld& old, std::uint32_t id) const {
    const bool inOld = id < trayCount && old.edges()[id].alive;
    const bool inNew = id < world->traySegmentCount() && world->edges()[id].alive;
    if (inOld != inNew) return false;
    if (!inOld) return true;
    const TrayEdge& a = old.edges()[id];
    const TrayEdge& b = world->edges()[id];
    return a.kind == b.kind && old.node(a.a) == world->node(b.a) && old.node(a.b) == world->node(b.b) &&
           trayHall[id] == model.trays()[TrayId(id)].hall;
}

bool Router::Impl::sameRack(const RoutingWorld& old, const RoutingWorld& now, RackId r) {
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

void Router::Impl::carryOver(const RoutingWorld& old, const std::vector<std::uint32_t>& geometry,
                             std::vector<std::uint8_t>& rackTouched,
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
    space.reset(now.nodeCount());
    for (std::uint32_t e = 0; e < newEdges; ++e) {
        refreshLimits(e);
        if (limitsRun[e] == run) markChanged(e);
    }

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
        // A kind that gained or lost its last off-axis segment changes search (AxisSearch.h).
        const TrayKind kind = static_cast<TrayKind>(key.kind);
        bool drop = key.lo >= now.rackCapacity() || key.hi >= now.rackCapacity() || !sameRack(old, now, RackId(key.lo)) ||
                    !sameRack(old, now, RackId(key.hi)) || old.axisAligned(kind) != now.axisAligned(kind);
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
        const TrayKind kind = static_cast<TrayKind>(key.first.kind);  // its estimate depends on this (dijkstraIn)
        bool ok = nodeMap[m.source] != kNoNode && nodeMap[m.target] != kNoNode && old.axisAligned(kind) == now.axisAligned(kind);
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

}  // namespace rw
