#pragma once
// The base-path search of a tray kind whose segments all run along the axes (every generated
// design): A* from one rack's drop to another's on length, with the remaining L1 distance as its
// estimate. On such trays the L1 distance is a consistent lower bound, and it is exact wherever a
// staircase of trays joins the two ends, so the search dives straight along one shortest path
// instead of sweeping every node nearer than the target: its work follows the path's length, not
// the hall's size (issue 13, docs/routing.md "Scale").
//
// Which of the many equally short staircases it takes: among open nodes of equal estimate it
// expands the one furthest along (most edges), and among those the winner of a pseudo-random
// race drawn from (seed, node position) and weighted by the steps left along each axis. So the
// path is a staircase drawn as if uniformly from all the shortest ones, its turns spread along
// the way; searches with different seeds (one per rack pair) take different staircases, which
// is what keeps the trays within their limits. Positions, not ids, feed the draw: a tray edit
// that renumbers nodes does not change the paths it does not touch.
#include <cstdint>
#include <vector>

#include "router/RoutingWorld.h"
#include "router/SearchSpace.h"

namespace rw::routing {

/// A fixed pseudo-random key drawn from a position.
[[nodiscard]] std::uint64_t positionKey(const Point3& p);
/// A fixed pseudo-random key per node of `world`, drawn from its position.
[[nodiscard]] std::vector<std::uint64_t> nodePositionKeys(const RoutingWorld& world);

/// Shortest path by length from `source` to `target` in `sp` (read it with sp.distance and the
/// predecessor edges). Exact only where `world.axisAligned(kind)` holds for the nodes' kind.
void axisSearch(const RoutingWorld& world, SearchSpace& sp, const std::vector<std::uint64_t>& nodeKeys, std::uint32_t source,
                std::uint32_t target, std::uint64_t seed);

/// splitmix64's finaliser: every input bit moves every output bit.
[[nodiscard]] constexpr std::uint64_t mixBits(std::uint64_t x) noexcept {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

}  // namespace rw::routing
