#include "generator/DeviceFactory.h"

#include <algorithm>

namespace rw {

int DeviceFactory::splitFor(const PortSpec& cage, int speedGbps) noexcept {
    if (speedGbps <= 0 || cage.cageGbps() % static_cast<std::uint32_t>(speedGbps) != 0) return 0;
    const auto split = static_cast<int>(cage.cageGbps() / static_cast<std::uint32_t>(speedGbps));
    if (split < 1 || split > 8 || !cage.supportsSplit(static_cast<std::uint8_t>(split))) return 0;
    return split;
}

const PortLayout& DeviceFactory::layout(const CatalogEntry& entry) {
    if (auto it = layouts_.find(&entry); it != layouts_.end()) return it->second;
    PortLayout l;
    struct Ranked {
        int rail;
        Endpoint at;
    };
    std::vector<Ranked> compute;
    const auto& ports = entry.device ? entry.device->ports : std::vector<PortSpec>{};
    for (std::size_t i = 0; i < ports.size(); ++i) {
        const PortSpec& p = ports[i];
        l.names.push_back(model_.strings.intern(p.name));
        const auto index = static_cast<std::uint16_t>(i);
        for (std::uint8_t s = 0; s < std::max<std::uint8_t>(p.split, 1); ++s) {
            const Endpoint at{index, s};
            switch (p.role) {
                case PortRole::Compute: {
                    const SubPortSpec* sp = s < p.subPorts.size() ? &p.subPorts[s] : nullptr;
                    const int rail = sp && sp->rail >= 0 ? sp->rail : sp && sp->gpu >= 0 ? sp->gpu : 1000 + static_cast<int>(compute.size());
                    compute.push_back({rail, at});
                    break;
                }
                case PortRole::Storage: l.storage.push_back(at); break;
                case PortRole::Inband: l.inband.push_back(at); break;
                case PortRole::Bmc:
                case PortRole::Mgmt:
                    if (s == 0) l.management.push_back(at);
                    break;
                case PortRole::Psu:
                    if (s == 0) l.psus.push_back(at);
                    break;
                case PortRole::Outlet:
                    l.outlets[static_cast<std::size_t>(p.kind == PortKind::C13            ? OutletPool::C13
                                                       : p.kind == PortKind::Iec60309_32A ? OutletPool::Iec32A
                                                       : p.kind == PortKind::Other        ? OutletPool::Other
                                                                                          : OutletPool::C19)]
                        .push_back(at);
                    break;
                case PortRole::Data:
                    if (p.kind == PortKind::RJ45) l.rj45Data.push_back(at);
                    break;
                case PortRole::Nvlink: l.nvlink.push_back(at); break;
                default: break;
            }
        }
    }
    std::stable_sort(compute.begin(), compute.end(), [](const Ranked& a, const Ranked& b) { return a.rail < b.rail; });
    for (const Ranked& r : compute) l.compute.push_back(r.at);
    return layouts_.emplace(&entry, std::move(l)).first->second;
}

const std::vector<Endpoint>& DeviceFactory::dataPorts(const CatalogEntry& entry, int speedGbps) {
    auto& bySpeed = dataPorts_[&entry];
    if (auto it = bySpeed.find(speedGbps); it != bySpeed.end()) return it->second;
    std::vector<Endpoint> out;
    const auto& ports = entry.device->ports;
    for (std::size_t i = 0; i < ports.size(); ++i) {
        if (ports[i].role != PortRole::Data) continue;
        const int split = splitFor(ports[i], speedGbps);
        for (int s = 0; s < split; ++s) out.push_back({static_cast<std::uint16_t>(i), static_cast<std::uint8_t>(s)});
    }
    return bySpeed.emplace(speedGbps, std::move(out)).first->second;
}

PlacedDevice DeviceFactory::create(const CatalogEntry& entry, RackId rack, int uPosition, Face face, DeviceRole role,
                                   std::string name, int dataSpeedGbps) {
    const PortLayout& l = layout(entry);
    const StringId catalogId = model_.strings.intern(entry.id);
    const DeviceId id = model_.devices().add(
        Device{rack, catalogId, std::move(name), static_cast<std::uint8_t>(std::clamp(uPosition, 1, 255)), face, role});
    PlacedDevice placed{id, &entry, PortId(model_.ports().capacity())};
    if (!entry.device) return placed;
    const auto& ports = entry.device->ports;
    for (std::size_t i = 0; i < ports.size(); ++i) {
        const PortSpec& p = ports[i];
        int split = p.split;
        if (p.role == PortRole::Data && dataSpeedGbps > 0)
            if (const int s = splitFor(p, dataSpeedGbps); s > 0) split = s;
        model_.ports().add(Port{id, l.names[i], p.speedAtSplit(static_cast<std::uint8_t>(split)), p.kind, p.lanes,
                                static_cast<std::uint8_t>(split), static_cast<std::uint8_t>(p.splitModes | split)});
    }
    return placed;
}

}  // namespace rw
