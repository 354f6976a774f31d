#include "router/RouteQuality.h"

#include "router/Router.h"

namespace rw {

RouteQuality measureRouteQuality(const Model& model, const Catalog& catalog, const RoutingResult& routes) {
    Router router(model, catalog);
    const std::vector<std::uint32_t> shortest = router.shortestLengthsMm();
    RouteQuality q;
    model.cables().forEach([&](CableId id, const Cable& c) {
        if (id.value >= routes.cables.size() || id.value >= shortest.size()) return;
        const CableRoute& r = routes.cables[id.value];
        if (r.status != RouteStatus::Routed || shortest[id.value] == 0) return;
        for (FabricRouteQuality* f : {&q.fabrics[model.links()[c.first].fabric], &q.total}) {
            ++f->cables;
            f->routedM += r.lengthMm / 1000.0;
            f->shortestM += shortest[id.value] / 1000.0;
        }
    });
    return q;
}

}  // namespace rw
