#include "reports/TrayFill.h"

#include <algorithm>

#include "catalog/Catalog.h"
#include "router/RoutingWorld.h"
#include "router/TrayDemand.h"

namespace rw {

double TrayLoad::fillPercent() const noexcept {
    double share = 0.0;
    if (capacityMm2 > 0.0) share = areaMm2 / capacityMm2;
    if (loadLimitKgPerM > 0.0) share = std::max(share, kgPerM / loadLimitKgPerM);
    return share * 100.0;
}

std::vector<TrayLoad> computeTrayLoads(const Model& model, const Catalog& catalog, const RoutingResult& routes) {
    const RoutingWorld world(model, catalog);
    const std::vector<TrayDemand> demand = trayDemand(model, catalog, routes);
    std::vector<TrayLoad> out(demand.size());
    for (std::uint32_t e = 0; e < out.size(); ++e) {
        const TrayEdge& edge = world.edges()[e];
        out[e] = {edge.alive, demand[e].cables, demand[e].areaMm2, demand[e].kgPerM, edge.capacityMm2, edge.loadKgPerM};
    }
    return out;
}

}  // namespace rw
