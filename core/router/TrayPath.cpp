#include "router/TrayPath.h"

#include <cmath>
#include <functional>
#include <limits>
#include <queue>

namespace rw {
namespace {

/// Plain Dijkstra on segment length from `source` to `target`; the edges of the path, target
/// first, or nothing when the target is not reached.
std::vector<std::uint32_t> shortestEdges(const RoutingWorld& world, std::uint32_t source, std::uint32_t target, double& length) {
    const double kInf = std::numeric_limits<double>::infinity();
    std::vector<double> dist(world.nodeCount(), kInf);
    std::vector<std::uint32_t> via(world.nodeCount(), kNoNode);
    using Item = std::pair<double, std::uint32_t>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> heap;
    dist[source] = 0.0;
    heap.emplace(0.0, source);
    const auto& starts = world.adjStart();
    const auto& adj = world.adjacency();
    while (!heap.empty()) {
        const auto [d, n] = heap.top();
        heap.pop();
        if (d > dist[n]) continue;  // stale
        if (n == target) break;
        for (std::uint32_t i = starts[n]; i < starts[n + 1]; ++i) {
            const TrayEdge& e = world.edges()[adj[i]];
            const std::uint32_t m = e.a == n ? e.b : e.a;
            if (d + e.lengthMm < dist[m]) {
                dist[m] = d + e.lengthMm;
                via[m] = adj[i];
                heap.emplace(dist[m], m);
            }
        }
    }
    std::vector<std::uint32_t> out;
    if (dist[target] == kInf) return out;
    length = dist[target];
    for (std::uint32_t n = target; n != source;) {
        const TrayEdge& e = world.edges()[via[n]];
        out.push_back(via[n]);
        n = e.a == n ? e.b : e.a;
    }
    return out;
}

TrayPath pathOn(const RoutingWorld& world, RackId from, RackId to, TrayKind kind) {
    TrayPath path;
    path.kind = kind;
    if (from.value >= world.rackCapacity() || to.value >= world.rackCapacity()) return path;
    const RackGeometry& a = world.rack(from);
    const RackGeometry& b = world.rack(to);
    const std::size_t k = static_cast<std::size_t>(kind);
    if (!a.alive || !b.alive || a.drop[k] == kNoNode || b.drop[k] == kNoNode) return path;
    double trayMm = 0.0;
    const std::vector<std::uint32_t> edges = a.drop[k] == b.drop[k] ? std::vector<std::uint32_t>{}
                                                                    : shortestEdges(world, a.drop[k], b.drop[k], trayMm);
    if (edges.empty() && a.drop[k] != b.drop[k]) return path;
    path.found = true;
    path.trayMm = trayMm;
    for (auto it = edges.rbegin(); it != edges.rend(); ++it)
        if (!world.isRiser(*it)) path.segments.push_back(TrayId(*it));
    for (const RackGeometry* g : {&a, &b}) {
        const Point3& node = world.node(g->drop[k]);
        path.dropsMm += std::max(0.0, double(node.z) - g->topMm);
        path.offsetsMm += std::hypot(double(node.x) - g->centre.x, double(node.y) - g->centre.y);
    }
    return path;
}

}  // namespace

TrayPath shortestTrayPath(const Model& model, const Catalog& catalog, RackId from, RackId to, TrayKind kind) {
    return pathOn(RoutingWorld(model, catalog), from, to, kind);
}

std::array<TrayPath, kTrayKinds> shortestTrayPaths(const Model& model, const Catalog& catalog, RackId from, RackId to) {
    const RoutingWorld world(model, catalog);
    std::array<TrayPath, kTrayKinds> out;
    for (std::size_t k = 0; k < kTrayKinds; ++k) out[k] = pathOn(world, from, to, TrayKind(k));
    return out;
}

}  // namespace rw
