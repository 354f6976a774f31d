#pragma once
// The racks at the two ends of a cable (through its first link's ports and their devices).
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

}  // namespace rw::gui
