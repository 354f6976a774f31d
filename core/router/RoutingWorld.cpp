#include "router/RoutingWorld.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

namespace rw {

namespace {

std::size_t kindIndex(TrayKind k) noexcept { return static_cast<std::size_t>(k); }

}  // namespace

RoutingWorld::RoutingWorld(const Model& model, const Catalog& catalog) : model_(model), catalog_(catalog) {
    buildGraph();
    racks_.resize(model_.racks().capacity());
    model_.racks().forEach([&](RackId id, const Rack&) { updateRack(id); });
}

void RoutingWorld::buildGraph() {
    std::map<std::tuple<std::uint32_t, int, std::int32_t, std::int32_t, std::int32_t>, std::uint32_t> index;
    const auto nodeAt = [&](HallId hall, TrayKind kind, Point3 p) {
        const auto key = std::make_tuple(hall.value, static_cast<int>(kind), p.x, p.y, p.z);
        auto [it, fresh] = index.emplace(key, static_cast<std::uint32_t>(nodes_.size()));
        if (fresh) {
            nodes_.push_back(p);
            nodeHall_.push_back(hall);
            nodeKind_.push_back(kind);
        }
        return it->second;
    };
    const auto& trays = model_.trays();
    edges_.assign(trays.capacity(), TrayEdge{});
    trays.forEach([&](TrayId id, const TraySegment& s) {
        TrayEdge& e = edges_[id.value];
        e.a = nodeAt(s.hall, s.kind, s.a);
        e.b = nodeAt(s.hall, s.kind, s.b);
        const double dx = s.a.x - s.b.x, dy = s.a.y - s.b.y, dz = s.a.z - s.b.z;
        e.lengthMm = static_cast<std::uint32_t>(std::lround(std::sqrt(dx * dx + dy * dy + dz * dz)));
        e.capacityMm2 = double{s.widthMm} * s.depthMm * s.maxFillPercent / 100.0;
        e.loadKgPerM = s.maxLoadKgPerM;
        e.kind = s.kind;
        e.alive = e.a != e.b;
    });
    // Risers: nodes of one kind straight above each other (stacked levels of the same kind) are
    // joined by virtual vertical edges with the height difference as length and no limit. Their
    // ids follow the tray ids; routes store only real segments.
    {
        std::map<std::tuple<std::uint32_t, int, std::int32_t, std::int32_t>, std::vector<std::uint32_t>> columns;
        for (std::uint32_t n = 0; n < nodes_.size(); ++n)
            columns[std::make_tuple(nodeHall_[n].value, static_cast<int>(nodeKind_[n]), nodes_[n].x, nodes_[n].y)].push_back(n);
        for (auto& [key, stack] : columns) {
            if (stack.size() < 2) continue;
            std::sort(stack.begin(), stack.end(), [&](std::uint32_t p, std::uint32_t q) { return nodes_[p].z < nodes_[q].z; });
            for (std::size_t i = 0; i + 1 < stack.size(); ++i) {
                TrayEdge e;
                e.a = stack[i];
                e.b = stack[i + 1];
                e.lengthMm = static_cast<std::uint32_t>(nodes_[stack[i + 1]].z - nodes_[stack[i]].z);
                e.capacityMm2 = std::numeric_limits<double>::infinity();
                e.loadKgPerM = std::numeric_limits<double>::infinity();
                e.kind = nodeKind_[stack[i]];
                e.alive = e.lengthMm > 0;
                edges_.push_back(e);
            }
        }
    }
    std::vector<std::uint32_t> degree(nodes_.size() + 1, 0);
    for (const TrayEdge& e : edges_)
        if (e.alive) ++degree[e.a], ++degree[e.b];
    adjStart_.assign(nodes_.size() + 1, 0);
    for (std::size_t n = 0; n < nodes_.size(); ++n) adjStart_[n + 1] = adjStart_[n] + degree[n];
    adj_.assign(adjStart_.back(), 0);
    std::vector<std::uint32_t> fill(adjStart_.begin(), adjStart_.end() - 1);
    for (std::uint32_t id = 0; id < edges_.size(); ++id) {
        const TrayEdge& e = edges_[id];
        if (!e.alive) continue;
        adj_[fill[e.a]++] = id;
        adj_[fill[e.b]++] = id;
    }
}

std::uint32_t RoutingWorld::nearestNode(HallId hall, TrayKind kind, Point2 p) const {
    std::uint32_t best = kNoNode;
    std::int64_t bestD = 0;
    for (std::uint32_t n = 0; n < nodes_.size(); ++n) {
        if (nodeHall_[n] != hall || nodeKind_[n] != kind || adjStart_[n] == adjStart_[n + 1]) continue;
        const std::int64_t d = std::abs(std::int64_t{nodes_[n].x} - p.x) + std::abs(std::int64_t{nodes_[n].y} - p.y);
        // Nearest in plan; among stacked levels the lowest (closest to the rack top).
        if (best == kNoNode || d < bestD || (d == bestD && nodes_[n].z < nodes_[best].z)) best = n, bestD = d;
    }
    return best;
}

void RoutingWorld::updateRack(RackId id) {
    if (id.value >= racks_.size()) racks_.resize(id.value + 1);
    RackGeometry& g = racks_[id.value];
    g = RackGeometry{};
    const Rack* r = model_.racks().find(id);
    if (!r) return;
    g.alive = true;
    g.hall = r->hall;
    g.centre = r->position;
    const CatalogEntry* e = catalog_.find(model_.text(r->catalog));
    const double height = e && e->dimensions.heightMm > 0 ? e->dimensions.heightMm
                          : e && e->rack ? e->rack->uHeight * kRackUnitMm
                                         : 48 * kRackUnitMm;
    g.topMm = static_cast<std::int32_t>(std::lround(height));
    g.sideRunMm = static_cast<std::int32_t>(std::lround((e && e->dimensions.widthMm > 0 ? e->dimensions.widthMm : 600.0) / 2.0));
    for (TrayKind k : {TrayKind::Data, TrayKind::Fiber, TrayKind::Power})
        g.drop[kindIndex(k)] = nearestNode(r->hall, k, r->position);
}

std::int32_t RoutingWorld::portHeightMm(PortId port) const {
    const Device& d = model_.devices()[model_.ports()[port].device];
    const CatalogEntry* e = catalog_.find(model_.text(d.catalog));
    const int units = e && e->uHeight > 0 ? e->uHeight : 1;
    return static_cast<std::int32_t>(std::lround((d.uPosition - 1 + units / 2.0) * kRackUnitMm));
}

}  // namespace rw
