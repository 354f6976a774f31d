#include "checks/ConnectivityCheck.h"

#include <fmt/format.h>

#include <array>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "catalog/Catalog.h"

namespace rw {
namespace {

// Roles whose ports are cabled when the device is in use; switch data ports, consoles and PDU
// outlets are used as the design needs and never required.
bool isCabledRole(PortRole role) {
    switch (role) {
        case PortRole::Compute:
        case PortRole::Storage:
        case PortRole::Inband:
        case PortRole::Bmc:
        case PortRole::Mgmt:
        case PortRole::Nvlink:
        case PortRole::Psu: return true;
        default: return false;
    }
}

std::string_view roleWord(PortRole role) {
    switch (role) {
        case PortRole::Compute: return "compute";
        case PortRole::Storage: return "storage";
        case PortRole::Inband: return "in-band";
        case PortRole::Bmc: return "BMC";
        case PortRole::Mgmt: return "management";
        case PortRole::Nvlink: return "NVLink";
        case PortRole::Psu: return "PSU";
        default: return "other";
    }
}

std::uint64_t key(StringId catalog, StringId port) { return (std::uint64_t{catalog.value} << 32) | port.value; }

// The catalog role of each (catalog entry, port name), looked up once per pair.
class PortRoles {
public:
    PortRoles(const Model& model, const Catalog& catalog) : model_(model), catalog_(catalog) {}
    PortRole of(StringId entryId, StringId portName) {
        const auto [it, fresh] = roles_.try_emplace(key(entryId, portName), PortRole::Other);
        if (fresh) {
            const CatalogEntry* entry = catalog_.find(model_.text(entryId));
            if (entry && entry->device)
                if (const PortSpec* spec = entry->device->findPort(model_.text(portName))) it->second = spec->role;
        }
        return it->second;
    }

private:
    const Model& model_;
    const Catalog& catalog_;
    std::unordered_map<std::uint64_t, PortRole> roles_;
};

std::uint8_t allSubs(const Port& port) { return static_cast<std::uint8_t>((1U << std::min<unsigned>(port.split, 8)) - 1U); }

std::string portText(const Model& model, const Port& port, unsigned sub) {
    return port.split > 1 ? fmt::format("{}/{}", model.text(port.name), sub + 1) : std::string(model.text(port.name));
}

}  // namespace

std::vector<Finding> checkPortConnections(const Model& model, const Catalog& catalog) {
    // Sub-ports in use, as bits per port.
    std::vector<std::uint8_t> used(model.ports().capacity(), 0);
    model.links().forEach([&](LinkId, const Link& link) {
        if (link.a.value < used.size()) used[link.a.value] |= std::uint8_t(1U << (link.aSub & 7));
        if (link.b.value < used.size()) used[link.b.value] |= std::uint8_t(1U << (link.bSub & 7));
    });

    // What the peers of each catalog entry connect: sub-port bits per (entry, port name), and
    // the port roles any device of the entry connects.
    PortRoles roles(model, catalog);
    std::unordered_map<std::uint64_t, std::uint8_t> peerUse;
    std::unordered_set<std::uint64_t> roleInUse;  // (entry, role)
    std::vector<std::uint8_t> deviceConnected(model.devices().capacity(), 0);
    model.ports().forEach([&](PortId id, const Port& port) {
        const Device* device = model.devices().find(port.device);
        if (!device || !used[id.value]) return;
        peerUse[key(device->catalog, port.name)] |= used[id.value];
        roleInUse.insert((std::uint64_t{device->catalog.value} << 8) | unsigned(roles.of(device->catalog, port.name)));
        deviceConnected[port.device.value] = 1;
    });

    // Missing sub-ports per device, in port order, grouped into one finding per device.
    struct Missing {
        std::vector<std::string> ports;
        std::array<int, 11> byRole{};
    };
    std::unordered_map<std::uint32_t, Missing> missing;
    std::vector<DeviceId> order;
    model.ports().forEach([&](PortId id, const Port& port) {
        const Device* device = model.devices().find(port.device);
        if (!device) return;
        const PortRole role = roles.of(device->catalog, port.name);
        if (!isCabledRole(role)) return;
        std::uint8_t expected = 0;
        if (roleInUse.contains((std::uint64_t{device->catalog.value} << 8) | unsigned(role))) {
            const auto use = peerUse.find(key(device->catalog, port.name));
            expected = use == peerUse.end() ? 0 : use->second;
        } else if (device->role == DeviceRole::GpuNode && role != PortRole::Mgmt && role != PortRole::Nvlink) {
            expected = allSubs(port);  // a node is wired into every fabric it has ports for
        }
        const std::uint8_t absent = expected & std::uint8_t(~used[id.value]);
        if (!absent) return;
        auto [it, fresh] = missing.try_emplace(port.device.value);
        if (fresh) order.push_back(port.device);
        for (unsigned sub = 0; sub < 8; ++sub)
            if (absent & (1U << sub)) {
                it->second.ports.push_back(portText(model, port, sub));
                ++it->second.byRole[std::size_t(role)];
            }
    });

    std::vector<Finding> out;
    out.reserve(order.size());
    for (DeviceId id : order) {
        const Device& device = model.devices()[id];
        const Missing& m = missing[id.value];
        std::string roleList;
        for (std::size_t r = 0; r < m.byRole.size(); ++r)
            if (m.byRole[r])
                roleList += fmt::format("{}{} {}", roleList.empty() ? "" : ", ", m.byRole[r], roleWord(PortRole(r)));
        std::string names;
        const std::size_t shown = std::min<std::size_t>(m.ports.size(), 6);
        for (std::size_t i = 0; i < shown; ++i) names += fmt::format("{}{}", i ? ", " : "", m.ports[i]);
        if (m.ports.size() > shown) names += fmt::format(" and {} more", m.ports.size() - shown);
        const Rack* rack = model.racks().find(device.rack);
        out.push_back({Severity::Warning, FindingSource::Connectivity, EntityKind::Device, id.value,
                       fmt::format("{} {} in rack {} has {} port(s) not connected: {}{}", toString(device.role),
                                   device.name, rack ? rack->name : std::string("?"), roleList, names,
                                   deviceConnected[id.value] ? "" : "; it has no links at all")});
    }
    return out;
}

std::vector<Finding> checkUncabledLinks(const Model& model) {
    std::vector<std::uint8_t> cabled(model.links().capacity(), 0);
    model.cables().forEach([&](CableId, const Cable& cable) {
        if (cable.first.value < cabled.size()) cabled[cable.first.value] = 1;
        if (cable.second.valid() && cable.second.value < cabled.size()) cabled[cable.second.value] = 1;
    });
    const auto end = [&](PortId id) {
        const Port* port = model.ports().find(id);
        const Device* device = port ? model.devices().find(port->device) : nullptr;
        return device ? fmt::format("{} {}", device->name, model.text(port->name)) : std::string("a removed port");
    };
    std::vector<Finding> out;
    model.links().forEach([&](LinkId id, const Link& link) {
        if (cabled[id.value]) return;
        out.push_back({Severity::Warning, FindingSource::Connectivity, EntityKind::Link, id.value,
                       fmt::format("link {} - {} ({}) has no cable", end(link.a), end(link.b), toString(link.fabric))});
    });
    return out;
}

namespace {

// One finding per later holder of a name already taken: it names both.
template <class IdT, class T>
void duplicates(const Table<T, IdT>& table, EntityKind kind, std::string_view what, std::vector<Finding>& out) {
    std::unordered_map<std::string_view, IdT> first;
    first.reserve(table.size());
    table.forEach([&](IdT id, const T& value) {
        if (value.name.empty()) return;
        const auto [it, fresh] = first.try_emplace(value.name, id);
        if (!fresh)
            out.push_back({Severity::Error, FindingSource::Connectivity, kind, id.value,
                           fmt::format("{} name '{}' is used twice (#{} and #{}): names must be unique", what,
                                       value.name, it->second.value, id.value)});
    });
}

}  // namespace

std::vector<Finding> checkUniqueNames(const Model& model) {
    std::vector<Finding> out;
    duplicates(model.racks(), EntityKind::Rack, "rack", out);
    duplicates(model.devices(), EntityKind::Device, "device", out);
    return out;
}

std::vector<Finding> checkConnectivity(const Model& model, const Catalog& catalog) {
    std::vector<Finding> out = checkPortConnections(model, catalog);
    const auto append = [&out](std::vector<Finding> more) { out.insert(out.end(), more.begin(), more.end()); };
    append(checkUncabledLinks(model));
    append(checkUniqueNames(model));
    return out;
}

}  // namespace rw
