#include "router/TrayDemand.h"

#include "router/RuleResolver.h"

namespace rw {

std::vector<TrayDemand> trayDemand(const Model& model, const Catalog& catalog, const RoutingResult& result) {
    std::vector<TrayDemand> demand(model.trays().capacity());
    RuleResolver resolver(model, catalog);
    model.cables().forEach([&](CableId id, const Cable&) {
        const CableRoute* c = result.find(id);
        if (!c || c->status != RouteStatus::Routed || c->route >= result.routes.size()) return;
        const MediaOption* option = resolver.optionOf(id, c->media);
        if (!option) return;
        for (TrayId s : result.routes[c->route].segments) {
            if (s.value >= demand.size()) continue;  // a riser
            TrayDemand& d = demand[s.value];
            d.areaMm2 += option->areaMm2;
            d.kgPerM += option->kgPerM;
            ++d.cables;
        }
    });
    return demand;
}

}  // namespace rw
