#include "power/PowerNetworkParts.h"

#include <algorithm>

#include "catalog/Catalog.h"

namespace rw::power {
namespace {

bool isPdu(const Device& device, const CatalogEntry* entry) {
    return device.role == DeviceRole::Pdu || (entry && entry->kind == CatalogKind::Pdu);
}

bool isShelf(const Device& device, const CatalogEntry* entry) {
    return device.role == DeviceRole::PowerShelf || (entry && entry->kind == CatalogKind::PowerShelf);
}

}  // namespace

std::optional<SupplyElement> pduElementOf(const Model& model, const Catalog& catalog, const Device& device,
                                          const PowerNetwork& net, const SupplyElement& current) {
    const CatalogEntry* entry = catalog.find(model.text(device.catalog));
    if (!isPdu(device, entry)) return std::nullopt;
    SupplyElement e = current;
    e.label = "PDU " + device.name;
    e.volts = 0.0;
    e.phases = 3;
    e.ratedAmps = 0.0;
    if (entry && entry->powerDistribution) {
        e.volts = entry->powerDistribution->voltage;
        e.phases = entry->powerDistribution->phases;
        e.ratedAmps = entry->powerDistribution->amps;
    } else if (e.parent != kNoElement) {
        e.volts = net.elements[e.parent].volts;
        e.phases = net.elements[e.parent].phases;
    }
    return e;
}

std::optional<PoweredDevice> poweredDeviceOf(const Model& model, const Catalog& catalog, const Device& device,
                                             const PoweredDevice& current, const PowerRules& rules) {
    const CatalogEntry* entry = catalog.find(model.text(device.catalog));
    if (!entry || !entry->device || isPdu(device, entry) || isShelf(device, entry)) return std::nullopt;
    const PowerSpec& power = entry->device->power;
    if (power.psuCount == 0) return std::nullopt;  // its load may be a shelf's busbar load
    PoweredDevice p = current;
    p.name = device.name;
    p.maxW = power.maxW;
    p.powerFactor = power.powerFactor > 0 ? power.powerFactor : rules.defaultPowerFactor;
    p.needed = power.psuRedundancy.n > 0 ? power.psuRedundancy.n : power.psuCount;
    p.psuCount = std::max(power.psuCount, static_cast<int>(p.cords.size()));
    return p;
}

}  // namespace rw::power
