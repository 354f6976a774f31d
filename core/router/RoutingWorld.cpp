#include "router/RoutingWorld.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <map>
#include <tuple>

namespace rw {

namespace {

std::size_t kindIndex(TrayKind k) noexcept { return static_cast<std::size_t>(k); }

}  // namespace

RoutingWorld::RoutingWorld(const Model& model, const Catalog& catalog) : model_(model), catalog_(catalog) {
    joinHalls();
    buildGraph();
    racks_.resize(model_.racks().capacity());
    model_.racks().forEach([&](RackId id, const Rack&) { updateRack(id); });
}

namespace {

/// A hall's extent along x (its outline), the walls corridor points lie beyond.
struct Walls {
    std::int32_t minX = 0;
    std::int32_t maxX = 0;
    bool known = false;
};

Walls wallsOf(const Hall& h) {
    Walls w;
    for (const Point2& p : h.outline) {
        w.minX = w.known ? std::min(w.minX, p.x) : p.x;
        w.maxX = w.known ? std::max(w.maxX, p.x) : p.x;
        w.known = true;
    }
    return w;
}

}  // namespace

void RoutingWorld::joinHalls() {
    const std::uint32_t halls = model_.halls().capacity();
    hallOffset_.assign(halls, Point2{});
    area_.resize(halls);
    for (std::uint32_t h = 0; h < halls; ++h) area_[h] = HallId(h);
    std::vector<Walls> walls(halls);
    std::vector<HallId> order;
    model_.halls().forEach([&](HallId id, const Hall& h) {
        walls[id.value] = wallsOf(h);
        order.push_back(id);
    });
    // Corridor points per hall: (kind, y, z) -> x, beyond the east and the west wall.
    using Key = std::tuple<int, std::int32_t, std::int32_t>;
    std::vector<std::map<Key, std::int32_t>> east(halls), west(halls);
    model_.trays().forEach([&](TrayId, const TraySegment& s) {
        if (s.hall.value >= halls || !walls[s.hall.value].known) return;
        const Walls& w = walls[s.hall.value];
        for (const Point3& p : {s.a, s.b}) {
            const Key key{static_cast<int>(s.kind), p.y, p.z};
            if (p.x > w.maxX) east[s.hall.value].emplace(key, p.x);
            if (p.x < w.minX) west[s.hall.value].emplace(key, p.x);
        }
    });
    for (std::size_t i = 0; i + 1 < order.size(); ++i) {
        const HallId here = order[i], next = order[i + 1];
        for (const auto& [key, x] : east[here.value]) {
            const auto match = west[next.value].find(key);
            if (match == west[next.value].end()) continue;
            // The first shared corridor point (in key order) places the next hall; the others
            // coincide when the halls' trays were laid out for the same corridor.
            hallOffset_[next.value] = {hallOffset_[here.value].x + x - match->second, hallOffset_[here.value].y};
            area_[next.value] = area_[here.value];
            break;
        }
    }
    corridorWalls_.assign(halls, {0, -1});
    for (std::uint32_t h = 0; h < halls; ++h)
        if (walls[h].known) corridorWalls_[h] = {walls[h].minX, walls[h].maxX};
}

void RoutingWorld::buildGraph() {
    // Nodes are keyed in the site frame: per hall (kinds never mix), except corridor points,
    // which the halls on both sides of a corridor share (keyed by their routing area).
    std::map<std::tuple<std::uint32_t, int, std::int32_t, std::int32_t, std::int32_t>, std::uint32_t> index;
    constexpr std::uint32_t kCorridorKey = 0x80000000U;
    const auto nodeAt = [&](HallId hall, TrayKind kind, Point3 local) {
        const Point2 offset = hallOffset(hall);
        const Point3 p{local.x + offset.x, local.y + offset.y, local.z};
        const auto [wallMin, wallMax] = hall.value < corridorWalls_.size() ? corridorWalls_[hall.value] : std::pair{0, -1};
        const bool corridor = wallMin <= wallMax && (local.x < wallMin || local.x > wallMax);
        const std::uint32_t owner = corridor ? kCorridorKey | areaOf(hall).value : hall.value;
        const auto key = std::make_tuple(owner, static_cast<int>(kind), p.x, p.y, p.z);
        auto [it, fresh] = index.emplace(key, static_cast<std::uint32_t>(nodes_.size()));
        if (fresh) {
            nodes_.push_back(p);
            nodeHall_.push_back(hall);
            nodeKind_.push_back(kind);
            nodeInCorridor_.push_back(corridor ? 1 : 0);
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
        e.capacityMm2 = static_cast<double>(s.widthMm) * s.depthMm * s.maxFillPercent / 100.0;
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
    axisAligned_ = {true, true, true};
    for (const TrayEdge& e : edges_) {
        if (!e.alive) continue;
        const Point3& a = nodes_[e.a];
        const Point3& b = nodes_[e.b];
        const std::int64_t d[3] = {std::int64_t{b.x} - a.x, std::int64_t{b.y} - a.y, std::int64_t{b.z} - a.z};
        const int axes = (d[0] != 0) + (d[1] != 0) + (d[2] != 0);
        if (axes > 1 || std::llabs(d[0] + d[1] + d[2]) != std::int64_t{e.lengthMm})
            axisAligned_[static_cast<std::size_t>(e.kind)] = false;
    }
    std::vector<std::uint32_t> degree(nodes_.size() + 1, 0);
    for (const TrayEdge& e : edges_)
        if (e.alive) ++degree[e.a], ++degree[e.b];
    adjStart_.assign(nodes_.size() + 1, 0);
    for (std::size_t n = 0; n < nodes_.size(); ++n) adjStart_[n + 1] = adjStart_[n] + degree[n];
    adj_.assign(adjStart_.back(), 0);
    adjOther_.assign(adjStart_.back(), 0);
    std::vector<std::uint32_t> fill(adjStart_.begin(), adjStart_.end() - 1);
    for (std::uint32_t id = 0; id < edges_.size(); ++id) {
        const TrayEdge& e = edges_[id];
        if (!e.alive) continue;
        adjOther_[fill[e.a]] = e.b;
        adj_[fill[e.a]++] = id;
        adjOther_[fill[e.b]] = e.a;
        adj_[fill[e.b]++] = id;
    }
    // Drop candidates per hall and kind: connected nodes inside the hall.
    std::map<std::pair<std::uint32_t, int>, std::vector<std::uint32_t>> candidates;
    for (std::uint32_t n = 0; n < nodes_.size(); ++n)
        if (!nodeInCorridor_[n] && adjStart_[n] != adjStart_[n + 1])
            candidates[{nodeHall_[n].value, static_cast<int>(nodeKind_[n])}].push_back(n);
    dropCandidates_.clear();
    for (const auto& [key, nodes] : candidates) dropCandidates_.emplace(key, NearestNodeIndex(nodes_, nodes));
}

std::uint32_t RoutingWorld::nearestNode(HallId hall, TrayKind kind, Point2 p) const {
    // Nearest in plan; among stacked levels the lowest (closest to the rack top).
    const auto it = dropCandidates_.find({hall.value, static_cast<int>(kind)});
    return it == dropCandidates_.end() ? kNoNode : it->second.nearest(p, kNoNode);
}

void RoutingWorld::updateRack(RackId id) {
    if (id.value >= racks_.size()) racks_.resize(id.value + 1);
    RackGeometry& g = racks_[id.value];
    g = RackGeometry{};
    const Rack* r = model_.racks().find(id);
    if (!r) return;
    g.alive = true;
    g.hall = areaOf(r->hall);
    const Point2 offset = hallOffset(r->hall);
    g.centre = {r->position.x + offset.x, r->position.y + offset.y};
    const CatalogEntry* e = catalog_.find(model_.text(r->catalog));
    const double height = e && e->dimensions.heightMm > 0 ? e->dimensions.heightMm
                          : e && e->rack ? e->rack->uHeight * kRackUnitMm
                                         : 48 * kRackUnitMm;
    g.topMm = static_cast<std::int32_t>(std::lround(height));
    g.sideRunMm = static_cast<std::int32_t>(std::lround((e && e->dimensions.widthMm > 0 ? e->dimensions.widthMm : 600.0) / 2.0));
    for (TrayKind k : {TrayKind::Data, TrayKind::Fiber, TrayKind::Power})
        g.drop[kindIndex(k)] = nearestNode(r->hall, k, g.centre);
}

std::int32_t RoutingWorld::portHeightMm(PortId port) const {
    const Port& p = model_.ports()[port];
    const Device& d = model_.devices()[p.device];
    const CatalogEntry* e = catalog_.find(model_.text(d.catalog));
    const double base = (d.uPosition - 1) * kRackUnitMm;
    // A 0U device is a vertical strip in the rack's side channel (a 0U PDU): its connectors are
    // spread along its height, those of one kind evenly over the whole strip (C13 and C19
    // groups alternate on real PDUs), so a cord runs to an outlet beside its PSU rather than to
    // the bottom of the rack.
    if (e && e->uHeight == 0 && e->device && e->dimensions.heightMm > 0) {
        const std::string_view name = model_.text(p.name);
        int index = -1, count = 0;
        for (const PortSpec& s : e->device->ports) {
            if (s.kind != p.kind) continue;
            if (s.name == name) index = count;
            ++count;
        }
        if (index >= 0) return static_cast<std::int32_t>(std::lround(base + stripConnectorMm(e->dimensions.heightMm, index, count)));
    }
    const int units = e && e->uHeight > 0 ? e->uHeight : 1;
    return static_cast<std::int32_t>(std::lround(base + units / 2.0 * kRackUnitMm));
}

}  // namespace rw
