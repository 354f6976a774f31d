#pragma once
// One shortest-path search's workspace over the tray graph, reused from search to search: a
// stamp marks which nodes the current search has reached, so nothing is cleared in between.
// Each thread of a parallel phase has its own (a search only reads the world).
#include <cstdint>
#include <limits>
#include <vector>

#include "router/RoutingWorld.h"

namespace rw::routing {

inline constexpr double kInf = std::numeric_limits<double>::infinity();

struct SearchSpace {
    // A node's state in one record, so relaxing an edge touches one cache line, not three (the
    // base-path searches of a large hall relax tens of millions of edges).
    struct Node {
        double dist = kInf;
        std::uint32_t predEdge = kNoNode;
        std::uint32_t seen = 0;  // == stamp: dist and predEdge belong to this search
    };
    std::vector<Node> node;
    std::uint32_t stamp = 0;
    std::vector<std::uint32_t> targetMark;  // dijkstraToAll's targets, by stamp
    std::uint32_t targetStamp = 0;
    /// The open list of axisSearch (AxisSearch.h), kept for its capacity.
    struct AxisItem {
        std::uint64_t f;     // length so far + the L1 distance left (mm)
        std::uint32_t hops;  // edges so far
        std::uint32_t node;
        std::uint64_t tie;   // a pseudo-random race time (AxisSearch.cpp): a non-negative double's bits
    };
    std::vector<AxisItem> axisHeap;

    void reset(std::size_t nodes) {
        node.assign(nodes, Node{});
        stamp = 0;
    }
    /// Starts a search over `nodes` nodes: every node unreached.
    void begin(std::size_t nodes) {
        if (node.size() != nodes) reset(nodes);
        if (++stamp == 0) {
            for (Node& x : node) x.seen = 0;
            stamp = 1;
        }
    }
    /// Reaches `n` in the current search (unreached: infinite distance, no predecessor).
    Node& touch(std::uint32_t n) {
        Node& x = node[n];
        if (x.seen != stamp) x = {kInf, kNoNode, stamp};
        return x;
    }
    [[nodiscard]] double distance(std::uint32_t n) const { return node[n].seen == stamp ? node[n].dist : kInf; }
};

}  // namespace rw::routing
