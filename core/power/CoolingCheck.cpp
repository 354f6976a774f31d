#include "power/CoolingCheck.h"

#include <fmt/format.h>

#include <unordered_map>

#include "catalog/Catalog.h"
#include "power/CapacityCurve.h"

namespace rw::power {
namespace {

const CatalogEntry* entryOf(const Model& model, const Catalog& catalog, StringId id) { return catalog.find(model.text(id)); }

/// Heat to liquid per rack, W, from every device's catalog entry.
std::unordered_map<std::uint32_t, double> liquidHeatByRack(const Model& model, const Catalog& catalog) {
    std::unordered_map<std::uint32_t, double> heat;
    model.devices().forEach([&](DeviceId, const Device& d) {
        const CatalogEntry* e = entryOf(model, catalog, d.catalog);
        if (e && e->device) heat[d.rack.value] += e->device->thermal.heatToLiquidW;
    });
    return heat;
}

CapacityCurve curveOf(const Model& model, const Catalog& catalog, const CoolingUnit& unit) {
    const CatalogEntry* e = entryOf(model, catalog, unit.catalog);
    return e && e->cooling ? CapacityCurve::of(*e->cooling) : CapacityCurve::flat(unit.capacityKw);
}

}  // namespace

std::vector<Finding> checkInRackCdus(const Model& model, const Catalog& catalog, const CoolingRules& rules) {
    std::vector<Finding> out;
    const auto heat = liquidHeatByRack(model, catalog);
    std::unordered_map<std::uint32_t, int> unitsInRack;
    model.coolingUnits().forEach([&](CoolingId, const CoolingUnit& u) {
        if (const Device* d = model.devices().find(u.device)) ++unitsInRack[d->rack.value];
    });
    model.coolingUnits().forEach([&](CoolingId id, const CoolingUnit& u) {
        const Device* device = model.devices().find(u.device);
        if (!device) return;
        const auto found = heat.find(device->rack.value);
        const double loadKw = (found == heat.end() ? 0.0 : found->second) / 1000.0 / unitsInRack[device->rack.value];
        if (loadKw <= 0) return;
        const Rack* rack = model.racks().find(device->rack);
        const std::string rackName = rack ? rack->name : "?";
        const CapacityCurve curve = curveOf(model, catalog, u);
        const auto capacity = curve.capacityKwAt(rules.waterSupplyC);
        if (!capacity) {
            out.push_back({Severity::Warning, FindingSource::Cooling, EntityKind::Cooling, id.value,
                           fmt::format("in-rack CDU {} has no capacity figure at {:g} degC water (its curve covers {:g}-{:g} "
                                       "degC): rack {}'s {:.1f} kW of heat to liquid is not checked",
                                       u.name, rules.waterSupplyC, curve.minWaterC(), curve.maxWaterC(), rackName, loadKw)});
            return;
        }
        if (loadKw > *capacity + 1e-9)
            out.push_back({Severity::Error, FindingSource::Cooling, EntityKind::Cooling, id.value,
                           fmt::format("in-rack CDU {} must remove {:.1f} kW of heat to liquid from rack {}; at {:g} degC water "
                                       "it is rated {:.1f} kW{}",
                                       u.name, loadKw, rackName, rules.waterSupplyC, *capacity,
                                       curve.isFlat() ? "" : " (its catalog capacity curve)")});
    });
    return out;
}

}  // namespace rw::power
