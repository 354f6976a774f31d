#include "power/PowerNetworkFromModel.h"

#include <fmt/format.h>

#include <cmath>
#include <unordered_map>

#include "catalog/Catalog.h"
#include "power/PowerCheck.h"
#include "power/PowerMath.h"
#include "power/PowerNetworkParts.h"

namespace rw::power {
namespace {

std::string_view panelWord(PanelKind kind) {
    switch (kind) {
        case PanelKind::Busway: return "busway";
        case PanelKind::Rpp: return "RPP";
        case PanelKind::TapOff: return "tap-off";
    }
    return "panel";
}

const CatalogEntry* entryOf(const Model& model, const Catalog& catalog, const Device& device) {
    return catalog.find(model.text(device.catalog));
}

bool isPdu(const Device& device, const CatalogEntry* entry) {
    return device.role == DeviceRole::Pdu || (entry && entry->kind == CatalogKind::Pdu);
}

bool isShelf(const Device& device, const CatalogEntry* entry) {
    return device.role == DeviceRole::PowerShelf || (entry && entry->kind == CatalogKind::PowerShelf);
}

int psuCountOf(const CatalogEntry* entry) { return entry && entry->device ? entry->device->power.psuCount : 0; }

class Builder final {
public:
    Builder(const Model& model, const Catalog& catalog, const PowerRules& rules)
        : model_(model), catalog_(catalog), rules_(rules) {}

    PowerNetwork build() {
        addSupplyTree();
        collectCords();
        addDevices();
        return std::move(net_);
    }

private:
    void addSupplyTree() {
        model_.feeds().forEach([&](FeedId id, const Feed& f) {
            feeds_[id.value] = net_.add({ElementKind::Feed, EntityKind::Feed, id.value, "feed " + f.name, kNoElement,
                                         double(f.voltage), 3, 0.0, f.capacityKw, f.capacityKva});
        });
        model_.panels().forEach([&](PanelId id, const PowerPanel& p) {
            const Feed* feed = model_.feeds().find(p.feed);
            panels_[id.value] = net_.add({ElementKind::Panel, EntityKind::Panel, id.value,
                                          fmt::format("{} {}", panelWord(p.kind), p.name), lookup(feeds_, p.feed.value),
                                          feed ? double(feed->voltage) : 0.0, 3, double(p.ratedAmps), 0.0});
        });
        model_.circuits().forEach([&](CircuitId id, const Circuit& c) {
            const PowerPanel* panel = model_.panels().find(c.panel);
            const Device* pdu = model_.devices().find(c.pdu);
            const ElementIndex e = net_.add({ElementKind::Circuit, EntityKind::Circuit, id.value,
                                             fmt::format("circuit {} to {}", panel ? panel->name : "?", pdu ? pdu->name : "?"),
                                             lookup(panels_, c.panel.value), double(c.voltage), c.phases,
                                             double(c.breakerAmps), 0.0});
            circuitOfPdu_.try_emplace(c.pdu.value, e);
        });
        model_.devices().forEach([&](DeviceId id, const Device& d) {
            const CatalogEntry* entry = entryOf(model_, catalog_, d);
            if (!isPdu(d, entry)) return;
            const ElementIndex circuit = lookup(circuitOfPdu_, id.value);
            SupplyElement e{ElementKind::Pdu, EntityKind::Device, id.value, "PDU " + d.name, circuit, 0.0, 3, 0.0, 0.0};
            if (entry && entry->powerDistribution) {
                e.volts = entry->powerDistribution->voltage;
                e.phases = entry->powerDistribution->phases;
                e.ratedAmps = entry->powerDistribution->amps;
            } else if (circuit != kNoElement) {
                e.volts = net_.elements[circuit].volts;
                e.phases = net_.elements[circuit].phases;
            }
            const ElementIndex pduElement = net_.add(std::move(e));
            pdus_[id.value] = pduElement;
            if (entry && entry->powerDistribution && !entry->powerDistribution->banks.empty())
                addBanks(d, pduElement, *entry);
        });
    }

    /// One Bank element per outlet bank of the PDU's catalog entry; cords then land on the bank
    /// holding their outlet, on its leg.
    void addBanks(const Device& pdu, ElementIndex pduElement, const CatalogEntry& entry) {
        const PowerDistributionSpec& pds = *entry.powerDistribution;
        const auto first = static_cast<ElementIndex>(net_.elements.size());
        for (SupplyElement& bank : bankElements(net_.elements[pduElement].entityId, pdu.name, pduElement, pds)) (void)net_.add(std::move(bank));
        banksOfPdu_[pduElement] = {&bankOfOutlet(entry), first, &pds};
    }

    /// bankIndexByOutlet, once per PDU entry: a cord then finds its bank without comparing names.
    const std::unordered_map<std::uint32_t, std::size_t>& bankOfOutlet(const CatalogEntry& entry) {
        const auto [it, fresh] = bankOfOutlet_.try_emplace(&entry);
        if (fresh) it->second = bankIndexByOutlet(model_, entry);
        return it->second;
    }

    /// Where a cord plugged into `outlet` of PDU element `pdu` lands: its bank when known, else the PDU.
    PsuCord cordAt(ElementIndex pdu, const Port& outlet) const {
        const auto banks = banksOfPdu_.find(pdu);
        if (banks == banksOfPdu_.end()) return {pdu, -1, outlet.name.value};
        return cordOnBanks(pdu, banks->second.first, *banks->second.byName, *banks->second.pds, outlet.name.value);
    }

    void collectCords() {
        model_.links().forEach([&](LinkId, const Link& link) {
            if (link.role != LinkRole::PowerCord) return;
            const Port* a = model_.ports().find(link.a);
            const Port* b = model_.ports().find(link.b);
            if (!a || !b) return;
            const ElementIndex pduA = lookup(pdus_, a->device.value), pduB = lookup(pdus_, b->device.value);
            if (pduA != kNoElement && pduB == kNoElement) cords_[b->device.value].push_back(cordAt(pduA, *a));
            if (pduB != kNoElement && pduA == kNoElement) cords_[a->device.value].push_back(cordAt(pduB, *b));
        });
    }

    void addDevices() {
        // Busbar load per rack: devices with neither PSUs nor cords of their own draw through the
        // rack's power shelves.
        std::unordered_map<std::uint32_t, double> busbarW;
        model_.devices().forEach([&](DeviceId id, const Device& d) {
            const CatalogEntry* entry = entryOf(model_, catalog_, d);
            if (isPdu(d, entry) || isShelf(d, entry)) return;
            if (psuCountOf(entry) == 0 && !cords_.contains(id.value) && entry && entry->device)
                busbarW[d.rack.value] += entry->device->power.maxW;
        });
        std::unordered_map<std::uint32_t, std::size_t> busbarOfRack;  // rack id -> index into net_.devices
        model_.devices().forEach([&](DeviceId id, const Device& d) {
            const CatalogEntry* entry = entryOf(model_, catalog_, d);
            if (isPdu(d, entry)) return;
            auto cords = cords_.find(id.value);
            if (isShelf(d, entry)) {
                addShelf(id, d, entry, cords == cords_.end() ? nullptr : &cords->second, busbarW[d.rack.value], busbarOfRack);
                return;
            }
            const int psus = psuCountOf(entry);
            if (psus == 0 && cords == cords_.end()) return;
            PoweredDevice p{id.value, d.name, 0.0, rules_.defaultPowerFactor, psus, psus, {}};
            if (entry && entry->device) {
                const PowerSpec& power = entry->device->power;
                p.maxW = power.maxW;
                if (power.psuRedundancy.n > 0) p.needed = power.psuRedundancy.n;
                if (power.powerFactor > 0) p.powerFactor = power.powerFactor;
            }
            if (cords != cords_.end()) p.cords = std::move(cords->second);
            p.psuCount = std::max(p.psuCount, static_cast<int>(p.cords.size()));
            net_.devices.push_back(std::move(p));
        });
        for (const auto& [rack, index] : busbarOfRack) finishBusbar(net_.devices[index], shelfInputW_[index]);
    }

    /// A rack's power shelves feed one busbar, so they are one powered device whose "PSUs" are
    /// the shelves' AC inputs: losing a feed drops the shelves on it and the survivors carry the
    /// whole busbar, as a server's surviving PSUs do. Named after the rack, found by its first shelf.
    void addShelf(DeviceId id, const Device& d, const CatalogEntry* entry, std::vector<PsuCord>* cords, double busbarW,
                  std::unordered_map<std::uint32_t, std::size_t>& busbarOfRack) {
        auto [it, fresh] = busbarOfRack.try_emplace(d.rack.value, net_.devices.size());
        if (fresh) {
            const Rack* rack = model_.racks().find(d.rack);
            net_.devices.push_back({id.value, (rack ? rack->name : d.name) + " busbar", busbarW, rules_.defaultPowerFactor, 0, 0, {}});
            shelfInputW_.resize(net_.devices.size(), 0.0);
        }
        PoweredDevice& bus = net_.devices[it->second];
        const int inputs = std::max(1, psuCountOf(entry));
        bus.psuCount += inputs;
        if (entry && entry->device) {
            const PowerSpec& power = entry->device->power;
            // Delivery per input: the smallest shelf's rating over its inputs (a mixed rack is rare).
            const double perInput = power.maxW / inputs;
            double& least = shelfInputW_[it->second];
            if (perInput > 0 && (least <= 0 || perInput < least)) least = perInput;
            if (power.powerFactor > 0) bus.powerFactor = power.powerFactor;
        }
        if (cords) bus.cords.insert(bus.cords.end(), cords->begin(), cords->end());
        ++shelvesOf_[it->second];
    }

    /// Inputs needed: enough shelf inputs' ratings to carry the busbar (all of them when no rating
    /// is known); more than the rack has when its shelves cannot carry it at all, which the check reports.
    void finishBusbar(PoweredDevice& bus, double perInputW) {
        const int shelves = shelvesOf_[static_cast<std::size_t>(&bus - net_.devices.data())];
        bus.name += fmt::format(" ({} power shel{})", shelves, shelves == 1 ? "f" : "ves");
        bus.psuCount = std::max(bus.psuCount, static_cast<int>(bus.cords.size()));
        bus.needed = perInputW > 0 ? static_cast<int>(std::ceil(bus.maxW / perInputW - 1e-9)) : bus.psuCount;
        bus.needed = std::max(bus.maxW > 0 ? 1 : 0, bus.needed);
    }

    static ElementIndex lookup(const std::unordered_map<std::uint32_t, ElementIndex>& map, std::uint32_t key) {
        const auto it = map.find(key);
        return it == map.end() ? kNoElement : it->second;
    }

    const Model& model_;
    const Catalog& catalog_;
    const PowerRules& rules_;
    PowerNetwork net_;
    std::unordered_map<std::uint32_t, ElementIndex> feeds_, panels_, circuitOfPdu_, pdus_;
    std::unordered_map<std::uint32_t, std::vector<PsuCord>> cords_;
    std::vector<double> shelfInputW_;                  // by powered device: a busbar's least rating per shelf input
    std::unordered_map<std::size_t, int> shelvesOf_;   // by powered device: a busbar's shelves
    struct PduBanks {
        const std::unordered_map<std::uint32_t, std::size_t>* byName = nullptr;  // outlet name id -> bank index
        ElementIndex first = kNoElement;                                        // the PDU's first bank element
        const PowerDistributionSpec* pds = nullptr;
    };
    std::unordered_map<ElementIndex, PduBanks> banksOfPdu_;
    std::unordered_map<const CatalogEntry*, std::unordered_map<std::uint32_t, std::size_t>> bankOfOutlet_;
};

}  // namespace

PowerNetwork powerNetworkFromModel(const Model& model, const Catalog& catalog, const PowerRules& rules) {
    return Builder(model, catalog, rules).build();
}

std::vector<Finding> checkPower(const Model& model, const Catalog& catalog, const PowerRules& rules) {
    return checkPower(powerNetworkFromModel(model, catalog, rules), rules).findings;
}

}  // namespace rw::power
