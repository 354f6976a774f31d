#include "catalog/CatalogEntry.h"

namespace rw {

const PortSpec* DeviceSpec::findPort(std::string_view name) const noexcept {
    for (const auto& p : ports) {
        if (p.name == name) return &p;
        for (const auto& s : p.subPorts)
            if (s.name == name) return &p;
    }
    return nullptr;
}

std::vector<const PortSpec*> DeviceSpec::portsWithRole(PortRole role) const {
    std::vector<const PortSpec*> out;
    for (const auto& p : ports)
        if (p.role == role) out.push_back(&p);
    return out;
}

int DeviceSpec::countPorts(PortKind kind, PortRole role) const noexcept {
    int n = 0;
    for (const auto& p : ports)
        if (p.kind == kind && p.role == role) ++n;
    return n;
}

bool CatalogEntry::isEstimate(std::string_view fieldPath) const noexcept {
    for (const auto& e : estimates) {
        if (e == "*" || e == fieldPath) return true;
        // An estimate on "power" covers "power.max_w".
        if (fieldPath.size() > e.size() && fieldPath.starts_with(e) && fieldPath[e.size()] == '.') return true;
    }
    return false;
}

}  // namespace rw
