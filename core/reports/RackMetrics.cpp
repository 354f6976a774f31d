#include "reports/RackMetrics.h"

#include <cmath>

#include "catalog/Catalog.h"

namespace rw {
namespace {

// The entry of kind rack behind a rack's catalog id: the id itself, or the rack a rack-scale
// system ships in (its members are devices of their own, so the system's weight would count
// them twice).
const CatalogEntry* emptyRackEntry(const Catalog& catalog, const CatalogEntry* entry) {
    if (entry && entry->kind == CatalogKind::RackScaleSystem && entry->rackScale)
        return catalog.find(entry->rackScale->rack);
    return entry;
}

bool isPowerDistribution(DeviceRole role) noexcept {
    return role == DeviceRole::Pdu || role == DeviceRole::PowerShelf;
}

// What depends on the rack alone; weightKg = the empty rack + equipmentKg (the device sum).
void addRackFigures(const Model& model, const Catalog& catalog, const Rack& rack, RackMetrics& m) {
    m.alive = true;
    m.footprint = rackFootprint(model, catalog, rack);
    m.rackRatedKg.reset();
    m.floorRatedKg.reset();
    m.weightKg = m.equipmentKg;
    if (const CatalogEntry* shell = emptyRackEntry(catalog, catalog.find(model.text(rack.catalog)))) {
        m.weightKg += shell->weightKg;
        if (shell->rack && shell->rack->staticLoadKg > 0.0) m.rackRatedKg = shell->rack->staticLoadKg;
    }
    const Hall* hall = model.halls().find(rack.hall);
    if (hall && hall->floorLoadKgPerM2 > 0.0)
        if (const auto area = m.footprintM2()) m.floorRatedKg = hall->floorLoadKgPerM2 * *area;
}

void addDeviceFigures(const CatalogEntry* entry, const Device& device, RackMetrics& m) {
    if (!entry) {
        ++m.unknownDevices;
        return;
    }
    m.weightKg += entry->weightKg;
    m.equipmentKg += entry->weightKg;
    if (!entry->device) return;
    const DeviceSpec& spec = *entry->device;
    if (!isPowerDistribution(device.role) && device.role != DeviceRole::Cdu) m.itMaxKw += spec.power.maxW / 1000.0;
    m.heatToAirKw += spec.thermal.heatToAirW / 1000.0;
    m.heatToLiquidKw += spec.thermal.heatToLiquidW / 1000.0;
}

// Catalog look-ups by interned id: a design has a few dozen device types and 100k+ devices.
class EntryCache {
public:
    EntryCache(const Model& model, const Catalog& catalog)
        : model_(model), catalog_(catalog), entries_(model.strings.size(), nullptr), looked_(model.strings.size(), false) {}
    const CatalogEntry* operator()(StringId s) {
        if (s.value >= entries_.size()) return catalog_.find(model_.text(s));
        if (!looked_[s.value]) {
            looked_[s.value] = true;
            entries_[s.value] = catalog_.find(model_.text(s));
        }
        return entries_[s.value];
    }

private:
    const Model& model_;
    const Catalog& catalog_;
    std::vector<const CatalogEntry*> entries_;
    std::vector<bool> looked_;
};

}  // namespace

std::optional<Fabric> RackMetrics::dominantFabric() const noexcept {
    std::optional<Fabric> best;
    std::uint32_t bestCount = 0;
    for (std::size_t f = 0; f < kFabricCount; ++f) {
        if (static_cast<Fabric>(f) == Fabric::Power) continue;
        if (linkEndsByFabric[f] > bestCount) {
            bestCount = linkEndsByFabric[f];
            best = static_cast<Fabric>(f);
        }
    }
    return best;
}

std::optional<FootprintMm> rackFootprint(const Model& model, const Catalog& catalog, const Rack& rack) {
    const CatalogEntry* entry = catalog.find(model.text(rack.catalog));
    if (!entry || entry->dimensions.widthMm <= 0.0 || entry->dimensions.depthMm <= 0.0) return std::nullopt;
    FootprintMm f{std::int32_t(std::lround(entry->dimensions.widthMm)), std::int32_t(std::lround(entry->dimensions.depthMm))};
    if (rack.rotation == Rotation::R90 || rack.rotation == Rotation::R270) std::swap(f.x, f.y);
    return f;
}

void updateRackFigures(const Model& model, const Catalog& catalog, RackId id, RackMetrics& metrics) {
    if (const Rack* rack = model.racks().find(id)) addRackFigures(model, catalog, *rack, metrics);
    else metrics = RackMetrics{};
}

RackMetrics computeRackMetricsOf(const Model& model, const Catalog& catalog, RackId id) {
    RackMetrics m;
    const Rack* rack = model.racks().find(id);
    if (!rack) return m;
    addRackFigures(model, catalog, *rack, m);
    EntryCache entryFor(model, catalog);
    model.devices().forEach([&](DeviceId, const Device& device) {
        if (device.rack == id) addDeviceFigures(entryFor(device.catalog), device, m);
    });
    return m;
}

double designItMaxKw(const Model& model, const Catalog& catalog) {
    RackMetrics total;
    EntryCache entryFor(model, catalog);
    model.devices().forEach([&](DeviceId, const Device& device) {
        if (model.racks().contains(device.rack)) addDeviceFigures(entryFor(device.catalog), device, total);
    });
    return total.itMaxKw;
}

std::vector<RackMetrics> computeRackMetrics(const Model& model, const Catalog& catalog) {
    std::vector<RackMetrics> out(model.racks().capacity());
    model.racks().forEach([&](RackId id, const Rack& rack) { addRackFigures(model, catalog, rack, out[id.value]); });
    EntryCache entryFor(model, catalog);
    model.devices().forEach([&](DeviceId, const Device& device) {
        if (device.rack.value >= out.size() || !out[device.rack.value].alive) return;
        addDeviceFigures(entryFor(device.catalog), device, out[device.rack.value]);
    });

    const auto countEnd = [&](PortId port, Fabric fabric) {
        const Port* p = model.ports().find(port);
        if (!p) return;
        const Device* d = model.devices().find(p->device);
        if (!d || d->rack.value >= out.size() || !out[d->rack.value].alive) return;
        ++out[d->rack.value].linkEndsByFabric[static_cast<std::size_t>(fabric)];
    };
    model.links().forEach([&](LinkId, const Link& link) {
        countEnd(link.a, link.fabric);
        countEnd(link.b, link.fabric);
    });
    return out;
}

}  // namespace rw
