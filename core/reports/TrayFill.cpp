#include "reports/TrayFill.h"

#include <algorithm>

#include "catalog/Catalog.h"
#include "router/RoutingWorld.h"
#include "router/RuleResolver.h"

namespace rw {

double TrayLoad::fillPercent() const noexcept {
    double share = 0.0;
    if (capacityMm2 > 0.0) share = areaMm2 / capacityMm2;
    if (loadLimitKgPerM > 0.0) share = std::max(share, kgPerM / loadLimitKgPerM);
    return share * 100.0;
}

std::vector<TrayLoad> computeTrayLoads(const Model& model, const Catalog& catalog, const RoutingResult& routes) {
    const RoutingWorld world(model, catalog);
    RuleResolver resolver(model, catalog);
    std::vector<TrayLoad> out(model.trays().capacity());
    for (std::uint32_t e = 0; e < out.size(); ++e) {
        const TrayEdge& edge = world.edges()[e];
        out[e].alive = edge.alive;
        out[e].capacityMm2 = edge.capacityMm2;
        out[e].loadLimitKgPerM = edge.loadKgPerM;
    }
    model.cables().forEach([&](CableId id, const Cable&) {
        const CableRoute* c = routes.find(id);
        if (!c || c->status != RouteStatus::Routed || c->route >= routes.routes.size()) return;
        const MediaOption* option = resolver.optionOf(id, c->media);
        if (!option) return;
        for (TrayId segment : routes.routes[c->route].segments) {
            if (segment.value >= out.size()) continue;  // a riser joining stacked levels: no limits
            TrayLoad& load = out[segment.value];
            ++load.cables;
            load.areaMm2 += option->areaMm2;
            load.kgPerM += option->kgPerM;
        }
    });
    return out;
}

}  // namespace rw
