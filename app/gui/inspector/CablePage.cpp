#include "inspector/CablePage.h"

#include <fmt/format.h>

#include "docks/CableEnds.h"
#include "docks/DesignContext.h"
#include "install/CableLabels.h"
#include "router/RoutingResult.h"

namespace rw::gui {

bool CablePage::shows(const Model& model, EntityRef ref) const {
    return ref.kind == EntityKind::Cable && model.cables().contains(CableId(ref.id));
}

std::vector<PropertyValue> CablePage::rows(const Model& model, EntityRef ref) const {
    const CableId id(ref.id);
    const Link* link = model.links().find(model.cables()[id].first);
    std::vector<PropertyValue> out{{"id", install::cableIdText(id), false},
                                   {"a_end", link ? portLabel(model, link->a) : "?", false},
                                   {"b_end", link ? portLabel(model, link->b) : "?", false}};
    const RoutingResult* routes = context_.routes();
    if (!routes || ref.id >= routes->cables.size()) {
        out.push_back({"status", "not routed (Tools > Route Cables)", false});
        return out;
    }
    const CableRoute& route = routes->cables[ref.id];
    out.push_back({"status", route.status == RouteStatus::Unrouted
                                 ? fmt::format("unrouted: {}", toString(route.reason))
                                 : std::string(toString(route.status)), false});
    if (route.status == RouteStatus::Unrouted) return out;
    out.push_back({"routed_length_m", fmt::format("{:.1f}", route.lengthMm / 1000.0), false});
    if (route.sku < routes->skus.size()) out.push_back({"part", routes->skus[route.sku], false});
    out.push_back({"routed_media", std::string(toString(route.media)), false});
    if (route.route < routes->routes.size())
        out.push_back({"tray_segments", std::to_string(routes->routes[route.route].segments.size()), false});
    return out;
}

}  // namespace rw::gui
