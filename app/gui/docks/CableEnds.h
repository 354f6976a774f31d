#pragma once
// The ends of a cable (through its first link's ports and their devices): their racks, and a
// port as the user reads it.
#include <string>
#include <utility>

#include "model/Model.h"

namespace rw::gui {

/// {a-side rack, b-side rack}; an id is invalid where the chain is broken.
[[nodiscard]] inline std::pair<RackId, RackId> cableEndRacks(const Model& model, CableId id) {
    const auto rackOfPort = [&](PortId portId) {
        const Port* port = model.ports().find(portId);
        const Device* device = port ? model.devices().find(port->device) : nullptr;
        return device && model.racks().contains(device->rack) ? device->rack : RackId{};
    };
    const Cable* cable = model.cables().find(id);
    const Link* link = cable ? model.links().find(cable->first) : nullptr;
    if (!link) return {};
    return {rackOfPort(link->a), rackOfPort(link->b)};
}

/// "r001-n01 eth0": the port's device and name; "?" where the chain is broken.
[[nodiscard]] inline std::string portLabel(const Model& model, PortId id) {
    const Port* port = model.ports().find(id);
    const Device* device = port ? model.devices().find(port->device) : nullptr;
    if (!port || !device) return "?";
    return device->name + ' ' + std::string(model.text(port->name));
}

}  // namespace rw::gui
