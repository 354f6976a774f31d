#include "power/PowerNetworkParts.h"

#include <fmt/format.h>

#include <algorithm>

#include "catalog/Catalog.h"
#include "power/PowerMath.h"

namespace rw::power {
bool isPdu(const Device& device, const CatalogEntry* entry) {
    return device.role == DeviceRole::Pdu || (entry && entry->kind == CatalogKind::Pdu);
}

namespace {

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

std::optional<std::vector<SupplyElement>> pduWithBanksOf(const Model& model, const Catalog& catalog, const Device& device,
                                                         const PowerNetwork& net, ElementIndex current) {
    auto pdu = pduElementOf(model, catalog, device, net, net.elements[current]);
    if (!pdu) return std::nullopt;
    const CatalogEntry* entry = catalog.find(model.text(device.catalog));
    std::vector<SupplyElement> out{std::move(*pdu)};
    if (!entry || !entry->powerDistribution) return out;
    for (SupplyElement& bank : bankElements(out.front().entityId, device.name, current, *entry->powerDistribution)) out.push_back(std::move(bank));
    return out;
}

std::vector<SupplyElement> bankElements(std::uint32_t pduId, const std::string& pduName, ElementIndex pduElement,
                                        const PowerDistributionSpec& pds) {
    std::vector<SupplyElement> out;
    const double bankVolts = outletVolts(pds.voltage, pds.phases);
    for (std::size_t b = 0; b < pds.banks.size(); ++b)
        out.push_back({ElementKind::Bank, EntityKind::Device, pduId, fmt::format("PDU {} bank {}", pduName, b + 1), pduElement,
                       bankVolts, 1, pds.banks[b].breakerAmps, 0.0});
    return out;
}

BanksByPdu banksByPdu(const PowerNetwork& net) {
    BanksByPdu out;
    for (ElementIndex e = 0; e < net.elements.size(); ++e)
        if (net.elements[e].kind == ElementKind::Bank && net.elements[e].parent != kNoElement)
            out[net.elements[e].parent].push_back(e);
    return out;
}

namespace {

/// The cord of a PSU plugged into `outlet` of the PDU at element `pdu`.
PsuCord cordAt(const Model& model, const Catalog& catalog, const BanksByPdu& banks, ElementIndex pdu, const Device& pduDevice,
               const Port& outlet) {
    const CatalogEntry* entry = catalog.find(model.text(pduDevice.catalog));
    const auto found = banks.find(pdu);
    if (!entry || !entry->powerDistribution || !entry->device || found == banks.end()) return {pdu, -1, outlet.name.value};
    const PowerDistributionSpec& pds = *entry->powerDistribution;
    if (found->second.size() != pds.banks.size()) return {pdu, -1, outlet.name.value};
    return cordOnBanks(pdu, found->second.front(), bankIndexByOutlet(model, *entry), pds, outlet.name.value);
}

}  // namespace

PsuCord cordOnBanks(ElementIndex pdu, ElementIndex firstBank, const std::unordered_map<std::uint32_t, std::size_t>& bankOfOutlet,
                    const PowerDistributionSpec& pds, std::uint32_t outlet) {
    const auto it = bankOfOutlet.find(outlet);
    if (it == bankOfOutlet.end()) return {pdu, -1, outlet};
    return {firstBank + static_cast<ElementIndex>(it->second), pds.phases == 3 ? pds.banks[it->second].leg : -1, outlet};
}

std::unordered_map<std::uint32_t, std::size_t> bankIndexByOutlet(const Model& model, const CatalogEntry& entry) {
    std::unordered_map<std::uint32_t, std::size_t> out;
    if (!entry.powerDistribution || !entry.device) return out;
    const PowerDistributionSpec& pds = *entry.powerDistribution;
    for (std::size_t b = 0; b < pds.banks.size(); ++b)
        for (std::size_t port : pds.banks[b].outlets) {
            const StringId name = model.strings.find(entry.device->ports[port].name);
            if (!name.empty()) out.try_emplace(name.value, b);
        }
    return out;
}

std::unordered_map<std::uint32_t, std::vector<PsuCord>> cordsOf(
    const Model& model, const Catalog& catalog, const std::unordered_map<std::uint32_t, ElementIndex>& pduElements,
    const BanksByPdu& banks, const std::unordered_map<std::uint32_t, bool>& devices) {
    std::unordered_map<std::uint32_t, std::vector<PsuCord>> out;
    const auto pduOf = [&](const Port& p) {
        const auto it = pduElements.find(p.device.value);
        return it == pduElements.end() ? kNoElement : it->second;
    };
    model.links().forEach([&](LinkId, const Link& link) {
        if (link.role != LinkRole::PowerCord) return;
        const Port* a = model.ports().find(link.a);
        const Port* b = model.ports().find(link.b);
        if (!a || !b) return;
        const ElementIndex pduA = pduOf(*a), pduB = pduOf(*b);
        const auto add = [&](const Port& psu, ElementIndex pdu, const Port& outlet) {
            if (!devices.contains(psu.device.value)) return;
            out[psu.device.value].push_back(cordAt(model, catalog, banks, pdu, model.devices()[outlet.device], outlet));
        };
        if (pduA != kNoElement && pduB == kNoElement) add(*b, pduA, *a);
        if (pduB != kNoElement && pduA == kNoElement) add(*a, pduB, *b);
    });
    return out;
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
