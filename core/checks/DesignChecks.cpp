// checkModel, checkLoads and checkRouting (checkLayout is in LayoutCheck.cpp).
#include "checks/DesignChecks.h"

#include <fmt/format.h>

#include "catalog/Catalog.h"
#include "checks/PathwayCheck.h"
#include "power/CoolingCheck.h"
#include "power/PowerCheck.h"
#include "reports/RackMetrics.h"
#include "router/Router.h"

namespace rw {
namespace {

std::string portLabel(const Model& model, PortId id) {
    const Port* port = model.ports().find(id);
    if (!port) return "?";
    const Device* device = model.devices().find(port->device);
    return fmt::format("{} {}", device ? device->name : std::string("?"), model.text(port->name));
}

// "r001-n01 OSFP1 - su1-leaf3 17", or the id when the cable's link is gone.
std::string cableLabel(const Model& model, CableId id, const Cable& cable) {
    const Link* link = model.links().find(cable.first);
    if (!link) return fmt::format("#{}", id.value);
    return fmt::format("{} - {}", portLabel(model, link->a), portLabel(model, link->b));
}

std::string rackName(const Model& model, RackId id) {
    const Rack& rack = model.racks()[id];
    return rack.name.empty() ? fmt::format("#{}", id.value) : rack.name;
}

}  // namespace

std::vector<Finding> checkModel(const Model& model) {
    std::vector<Finding> out;
    for (ModelProblem& problem : model.validate())
        out.push_back({Severity::Error, FindingSource::Model, problem.kind, problem.id, std::move(problem.message)});
    return out;
}

std::vector<Finding> checkLoads(const Model& model, const std::vector<RackMetrics>& metrics) {
    std::vector<Finding> out;
    model.racks().forEach([&](RackId id, const Rack&) {
        if (id.value >= metrics.size()) return;
        const RackMetrics& m = metrics[id.value];
        if (m.rackRatedKg && m.equipmentKg > *m.rackRatedKg)
            out.push_back({Severity::Warning, FindingSource::Load, EntityKind::Rack, id.value,
                           fmt::format("rack {} carries {:.0f} kg of equipment; its rack type is rated {:.0f} kg",
                                       rackName(model, id), m.equipmentKg, *m.rackRatedKg)});
        if (m.floorRatedKg && m.weightKg > *m.floorRatedKg)
            out.push_back({Severity::Warning, FindingSource::Load, EntityKind::Rack, id.value,
                           fmt::format("rack {} weighs {:.0f} kg on {:.2f} m2: {:.0f} kg/m2, over the floor rating of {:.0f} kg/m2",
                                       rackName(model, id), m.weightKg, m.footprintM2().value_or(0.0),
                                       m.weightKg / m.footprintM2().value_or(1.0),
                                       *m.floorRatedKg / m.footprintM2().value_or(1.0))});
    });
    return out;
}

std::vector<Finding> checkRouting(const Model& model, const Catalog& catalog, const RoutingResult& routes) {
    std::vector<Finding> out;
    model.cables().forEach([&](CableId id, const Cable& cable) {
        const CableRoute* route = routes.find(id);
        if (route && route->status != RouteStatus::Unrouted) return;
        const UnroutedReason reason = route ? route->reason : UnroutedReason::None;
        // For want of a part, the run the router measured: the length a catalog part must reach.
        const std::string needed = reason == UnroutedReason::NoMedia && route->lengthMm > 0
                                       ? fmt::format(" (a {:.1f} m run is needed)", route->lengthMm / 1000.0)
                                       : std::string();
        out.push_back({Severity::Warning, FindingSource::Routing, EntityKind::Cable, id.value,
                       fmt::format("cable {} is unrouted: {}{}", cableLabel(model, id, cable),
                                   reason == UnroutedReason::None ? std::string_view("not routed yet") : toString(reason), needed)});
    });
    for (TrayId tray : overfilledSegments(model, catalog, routes))
        out.push_back({Severity::Error, FindingSource::Routing, EntityKind::Tray, tray.value,
                       fmt::format("tray segment #{} is over its fill or load limit", tray.value)});
    std::vector<Finding> pathways = checkPathways(model, catalog, routes);
    out.insert(out.end(), pathways.begin(), pathways.end());
    return out;
}

std::vector<Finding> checkPower(const Model& model, const Catalog& catalog) { return power::checkPower(model, catalog); }

std::vector<Finding> checkCooling(const Model& model, const Catalog& catalog) { return power::checkCooling(model, catalog); }

std::vector<Finding> checkDesign(const Model& model, const Catalog& catalog, const RoutingResult* routes) {
    std::vector<Finding> out = checkModel(model);
    const auto append = [&out](std::vector<Finding> more) { out.insert(out.end(), more.begin(), more.end()); };
    append(checkLayout(model, catalog));
    append(checkLoads(model, computeRackMetrics(model, catalog)));
    if (routes) append(checkRouting(model, catalog, *routes));
    append(checkPower(model, catalog));
    append(checkCooling(model, catalog));
    append(checkConnectivity(model, catalog));
    return out;
}

}  // namespace rw
