#include "checks/PathwayCheck.h"

#include <fmt/format.h>

#include <array>
#include <cmath>
#include <optional>

#include "router/RoutingWorld.h"
#include "router/RuleResolver.h"

namespace rw {
namespace {

// The tray kind a cable rides, or nothing when it needs none (both ends in one rack) or its media
// is not known yet.
std::optional<TrayKind> trayKindOf(const Model& model, const Cable& cable, const CableRoute& route) {
    if (route.status == RouteStatus::InRack) return std::nullopt;
    if (route.status == RouteStatus::Unrouted && route.reason != UnroutedReason::NoTrayPath) return std::nullopt;
    Media media = route.media != Media::Auto ? route.media : cable.media;
    if (media == Media::Auto) {
        const Link* link = model.links().find(cable.first);
        if (!link || link->fabric != Fabric::Power) return std::nullopt;
        media = Media::PowerCord;
    }
    return trayFor(media);
}

}  // namespace

std::vector<Finding> checkPathways(const Model& model, const Catalog& catalog, const RoutingResult& routes,
                                   const PathwayLimits& limits) {
    // Cables per rack and tray kind.
    std::vector<std::array<std::uint32_t, kTrayKinds>> need(model.racks().capacity(), {0, 0, 0});
    const auto rackOf = [&](PortId id) -> const Device* {
        const Port* port = model.ports().find(id);
        return port ? model.devices().find(port->device) : nullptr;
    };
    bool any = false;
    model.cables().forEach([&](CableId id, const Cable& cable) {
        const CableRoute* route = routes.find(id);
        const Link* link = model.links().find(cable.first);
        if (!route || !link) return;
        const std::optional<TrayKind> kind = trayKindOf(model, cable, *route);
        if (!kind) return;
        for (PortId end : {link->a, link->b})
            if (const Device* device = rackOf(end); device && device->rack.value < need.size()) {
                ++need[device->rack.value][std::size_t(*kind)];
                any = true;
            }
    });
    if (!any) return {};

    const RoutingWorld world(model, catalog);
    std::vector<Finding> out;
    model.racks().forEach([&](RackId id, const Rack& rack) {
        if (id.value >= world.rackCapacity()) return;
        const RackGeometry& g = world.rack(id);
        for (std::size_t k = 0; k < kTrayKinds; ++k) {
            const std::uint32_t cables = need[id.value][k];
            if (cables == 0) continue;
            const std::string_view kind = toString(TrayKind(k));
            if (g.drop[k] == kNoNode) {
                out.push_back({Severity::Warning, FindingSource::Routing, EntityKind::Rack, id.value,
                               fmt::format("rack {} is not under any {} tray: its hall has none, and {} of its cables need one",
                                           rack.name, kind, cables)});
                continue;
            }
            const Point3& node = world.node(g.drop[k]);
            const double offsetMm = std::hypot(double(node.x) - g.centre.x, double(node.y) - g.centre.y);
            if (offsetMm > limits.maxDropOffsetMm)
                out.push_back({Severity::Warning, FindingSource::Routing, EntityKind::Rack, id.value,
                               fmt::format("rack {} is not under a {} tray: the nearest is {:.1f} m away (limit {:.1f} m), so {} "
                                           "of its cables run {:.1f} m through open air to reach it",
                                           rack.name, kind, offsetMm / 1000.0, limits.maxDropOffsetMm / 1000.0, cables,
                                           offsetMm / 1000.0)});
        }
    });
    return out;
}

}  // namespace rw
