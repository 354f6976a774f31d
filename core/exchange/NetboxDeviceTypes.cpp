#include "exchange/NetboxDeviceTypes.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <sstream>
#include <yaml-cpp/yaml.h>

#include "catalog/NetboxTypes.h"
#include "reports/CablesCsv.h"

namespace rw::netbox {

namespace {

// A deep device (over 600 mm) occupies both rail faces in NetBox's rack view.
constexpr double kFullDepthMm = 600.0;

bool isInfinibandSwitch(const CatalogEntry* entry) {
    return entry && entry->switching && entry->switching->protocol == "infiniband";
}

// The NetBox type of one interface: an InfiniBand type when the port faces an InfiniBand switch
// and NetBox has one for its cage and speed, else the Ethernet type of that cage and speed, else
// "other" (NVLink, unusual speeds).
std::string_view interfaceType(const PortSpec& port, bool infiniband) {
    const int speed = port.speedGbps;
    for (const auto& t : kInterfaceTypes) {
        if (t.netbox.starts_with("infiniband") != infiniband) continue;
        if (t.kind == port.kind && t.speedGbps == speed) return t.netbox;
    }
    for (const auto& t : kInterfaceTypes)
        if (!t.netbox.starts_with("infiniband") && t.kind == port.kind && t.speedGbps == speed) return t.netbox;
    if (port.kind == PortKind::RJ45) return "1000base-t";  // a management port without a stated speed
    return "other";
}

}  // namespace

std::string pduInletName(const CatalogEntry& entry) {
    if (entry.device)
        for (const PortSpec& p : entry.device->ports)
            if (p.role == PortRole::Psu) return p.name;
    return std::string(kPduInlet);
}

std::vector<std::string> interfaceNames(const PortSpec& port, const std::set<std::uint8_t>& splits) {
    std::vector<std::string> names;
    for (const std::uint8_t split : splits.empty() ? std::set<std::uint8_t>{port.split} : splits) {
        if (split <= 1) names.push_back(port.name);
        else if (split == port.split && port.subPorts.size() == split)
            for (const auto& s : port.subPorts) names.push_back(s.name);
        else
            for (int n = 1; n <= split; ++n) names.push_back(fmt::format("{}/{}", port.name, n));
    }
    return names;
}

DesignPorts designPorts(const Model& model, const Catalog& catalog) {
    DesignPorts result;
    const auto entryOf = [&](PortId p) { return catalog.find(model.text(model.devices()[model.ports()[p].device].catalog)); };
    const auto mark = [&](PortId p, std::uint8_t sub) {
        const Port& port = model.ports()[p];
        result.infiniband.emplace(std::string(model.text(model.devices()[port.device].catalog)),
                                  cableEndPortName(model, catalog, p, sub, nullptr));
    };
    model.links().forEach([&](LinkId, const Link& l) {
        if (isInfinibandSwitch(entryOf(l.b))) mark(l.a, l.aSub);
        if (isInfinibandSwitch(entryOf(l.a))) mark(l.b, l.bSub);
    });
    // Splits in use per cage; only cages where some device departs from the default are kept.
    std::set<std::pair<std::string, std::string>, std::less<>> departs;
    model.ports().forEach([&](PortId, const Port& port) {
        const std::string id(model.text(model.devices()[port.device].catalog));
        const CatalogEntry* e = catalog.find(id);
        const PortSpec* spec = e && e->device ? e->device->findPort(model.text(port.name)) : nullptr;
        if (!spec) return;
        auto key = std::pair(id, spec->name);
        result.splits[key].insert(port.split);
        if (port.split != spec->split) departs.insert(std::move(key));
    });
    std::erase_if(result.splits, [&](const auto& kv) { return !departs.contains(kv.first); });
    return result;
}

std::string deviceTypeYaml(const CatalogEntry& entry, const std::string& model, const DesignPorts& design) {
    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "manufacturer" << YAML::Value << entry.vendor;
    out << YAML::Key << "model" << YAML::Value << model;
    out << YAML::Key << "slug" << YAML::Value << entry.id;
    if (!entry.partNumber.empty()) out << YAML::Key << "part_number" << YAML::Value << entry.partNumber;
    out << YAML::Key << "u_height" << YAML::Value << entry.uHeight;
    out << YAML::Key << "is_full_depth" << YAML::Value << (entry.dimensions.depthMm > kFullDepthMm);
    // Airflow only for what moves air (a PDU's default airflow says nothing).
    if (entry.device && entry.device->thermal.heatToAirW > 0 && (entry.device->thermal.airflow == Airflow::FrontToRear ||
                         entry.device->thermal.airflow == Airflow::RearToFront))
        out << YAML::Key << "airflow" << YAML::Value << std::string(toString(entry.device->thermal.airflow));
    if (entry.weightKg > 0) {
        out << YAML::Key << "weight" << YAML::Value << std::round(entry.weightKg * 100) / 100;
        out << YAML::Key << "weight_unit" << YAML::Value << "kg";
    }
    if (!entry.notes.empty()) out << YAML::Key << "comments" << YAML::Value << entry.notes;

    const std::vector<PortSpec> none;
    const std::vector<PortSpec>& ports = entry.device ? entry.device->ports : none;
    const auto section = [&](const char* key, auto&& accept, auto&& write) {
        bool open = false;
        for (const PortSpec& p : ports) {
            if (!accept(p)) continue;
            if (!open) out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
            open = true;
            write(p);
        }
        if (open) out << YAML::EndSeq;
    };
    const auto isPower = [](const PortSpec& p) { return p.role == PortRole::Psu || p.role == PortRole::Outlet; };
    section("interfaces", [&](const PortSpec& p) { return !isPower(p) && p.role != PortRole::Console; },
            [&](const PortSpec& p) {
                const auto used = design.splits.find(std::pair(entry.id, p.name));
                for (const std::string& name : interfaceNames(p, used == design.splits.end() ? std::set<std::uint8_t>{} : used->second)) {
                    out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << name;
                    out << YAML::Key << "type" << YAML::Value
                        << std::string(interfaceType(p, design.infiniband.contains(std::pair(entry.id, name))));
                    if (p.role == PortRole::Mgmt || p.role == PortRole::Bmc)
                        out << YAML::Key << "mgmt_only" << YAML::Value << true;
                    out << YAML::EndMap;
                }
            });
    section("console-ports", [](const PortSpec& p) { return p.role == PortRole::Console; }, [&](const PortSpec& p) {
        out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << p.name;
        if (p.kind == PortKind::RJ45) out << YAML::Key << "type" << YAML::Value << "rj-45";
        out << YAML::EndMap;
    });
    const int psus = static_cast<int>(std::count_if(ports.begin(), ports.end(), [](const PortSpec& p) { return p.role == PortRole::Psu; }));
    section("power-ports", [](const PortSpec& p) { return p.role == PortRole::Psu; }, [&](const PortSpec& p) {
        out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << p.name;
        if (const auto type = powerConnectorType(p.kind); !type.empty()) out << YAML::Key << "type" << YAML::Value << std::string(type);
        // NetBox's maximum_draw is per port in whole watts: the entry's maximum shared by its PSUs.
        if (entry.device && entry.device->power.maxW > 0 && psus > 0)
            out << YAML::Key << "maximum_draw" << YAML::Value << static_cast<int>(std::ceil(entry.device->power.maxW / psus));
        out << YAML::EndMap;
    });
    if (psus == 0 && entry.kind == CatalogKind::Pdu)  // the inlet a power feed's cable ends on
        out << YAML::Key << "power-ports" << YAML::Value << YAML::BeginSeq << YAML::BeginMap << YAML::Key << "name"
            << YAML::Value << std::string(kPduInlet) << YAML::EndMap << YAML::EndSeq;
    section("power-outlets", [](const PortSpec& p) { return p.role == PortRole::Outlet; }, [&](const PortSpec& p) {
        out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << p.name;
        if (const auto type = powerConnectorType(p.kind); !type.empty()) out << YAML::Key << "type" << YAML::Value << std::string(type);
        out << YAML::EndMap;
    });
    out << YAML::EndMap;
    return "---\n" + std::string(out.c_str()) + "\n";
}

}  // namespace rw::netbox
