#pragma once
// How close a routing is to the shortest it could be: per fabric, the total length of the cables
// routed through the trays against the sum of each one's shortest tray path with no capacity
// limit (a lower bound). 1.00 means no cable detoured; congestion detours raise it
// (docs/routing.md, "Route quality").
#include <map>

#include "catalog/Catalog.h"
#include "model/Model.h"
#include "router/RoutingResult.h"

namespace rw {

struct FabricRouteQuality {
    std::size_t cables = 0;   // routed through the trays (in-rack cables are left out)
    double routedM = 0.0;     // their routed lengths
    double shortestM = 0.0;   // their shortest lengths, no capacity limits
    [[nodiscard]] double ratio() const noexcept { return shortestM > 0.0 ? routedM / shortestM : 1.0; }
};

struct RouteQuality {
    std::map<Fabric, FabricRouteQuality> fabrics;
    FabricRouteQuality total;
};

/// `routes` must be a routing of `model` (routeAll or a saved result). Plans the cables once more
/// for the lower bound (shortest paths only; no congestion pass).
[[nodiscard]] RouteQuality measureRouteQuality(const Model& model, const Catalog& catalog, const RoutingResult& routes);

}  // namespace rw
