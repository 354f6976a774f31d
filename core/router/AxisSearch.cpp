#include "router/AxisSearch.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace rw::routing {

std::uint64_t positionKey(const Point3& p) {
    std::uint64_t h = 0x9e3779b97f4a7c15ULL;
    for (std::int64_t v : {std::int64_t{p.x}, std::int64_t{p.y}, std::int64_t{p.z}}) h = mixBits(h ^ static_cast<std::uint64_t>(v));
    return h;
}

std::vector<std::uint64_t> nodePositionKeys(const RoutingWorld& world) {
    std::vector<std::uint64_t> keys(world.nodeCount());
    for (std::uint32_t n = 0; n < keys.size(); ++n) keys[n] = positionKey(world.node(n));
    return keys;
}

void axisSearch(const RoutingWorld& world, SearchSpace& sp, const std::vector<std::uint64_t>& nodeKeys, std::uint32_t source,
                std::uint32_t target, std::uint64_t seed) {
    sp.begin(world.nodeCount());
    const Point3 q = world.node(target);
    const auto estimate = [&](std::uint32_t n) {
        const Point3& p = world.node(n);
        return static_cast<std::uint64_t>(std::llabs(std::int64_t{p.x} - q.x) + std::llabs(std::int64_t{p.y} - q.y) +
                                          std::llabs(std::int64_t{p.z} - q.z));
    };
    // Which step to take where several keep to a shortest path: an exponential race. The step
    // along an axis gets a time -ln(u) / rate, u drawn from (seed, the node it reaches), rate the
    // steps still to go along that axis (remaining distance over the step's length); the
    // earliest wins. So each step goes along an axis with the probability a uniformly drawn
    // staircase would: turns spread evenly along the way rather than all at the start.
    const auto race = [&](std::uint32_t from, std::uint32_t to, std::uint32_t lengthMm) {
        const Point3& a = world.node(from);
        const Point3& b = world.node(to);
        const std::int64_t left = b.x != a.x ? std::llabs(std::int64_t{q.x} - a.x)
                                  : b.y != a.y ? std::llabs(std::int64_t{q.y} - a.y)
                                               : std::llabs(std::int64_t{q.z} - a.z);
        const double rate = double(std::max<std::int64_t>(left, 1)) / double(std::max<std::uint32_t>(lengthMm, 1));
        const double u = (double(mixBits(nodeKeys[to] ^ seed) >> 11) + 1.0) * 0x1.0p-53;  // (0, 1]
        const double time = -std::log(u) / rate;
        std::uint64_t bits;  // a non-negative double's bits order as the number does
        std::memcpy(&bits, &time, sizeof bits);
        return bits;
    };
    using Item = SearchSpace::AxisItem;
    // std::push_heap keeps the largest on top: "larger" is the one to expand later.
    const auto later = [](const Item& x, const Item& y) {
        if (x.f != y.f) return x.f > y.f;
        if (x.hops != y.hops) return x.hops < y.hops;
        if (x.tie != y.tie) return x.tie > y.tie;
        return x.node > y.node;
    };
    std::vector<Item>& heap = sp.axisHeap;
    heap.clear();
    sp.touch(source).dist = 0.0;
    heap.push_back({estimate(source), 0, source, 0});
    const auto& starts = world.adjStart();
    const auto& adj = world.adjacency();
    const auto& other = world.adjacentNodes();
    const auto& edges = world.edges();
    while (!heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), later);
        const Item it = heap.back();
        heap.pop_back();
        const std::uint32_t n = it.node;
        const auto g = static_cast<std::uint64_t>(sp.node[n].dist);
        if (it.f > g + estimate(n)) continue;  // stale: reached more cheaply since
        if (n == target) return;
        for (std::uint32_t i = starts[n]; i < starts[n + 1]; ++i) {
            const std::uint32_t m = other[i];
            const std::uint64_t d = g + edges[adj[i]].lengthMm;
            SearchSpace::Node& x = sp.touch(m);
            if (double(d) < x.dist) {
                x.dist = double(d);
                x.predEdge = adj[i];
                heap.push_back({d + estimate(m), it.hops + 1, m, race(n, m, edges[adj[i]].lengthMm)});
                std::push_heap(heap.begin(), heap.end(), later);
            }
        }
    }
}

}  // namespace rw::routing
