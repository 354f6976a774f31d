#include "power/InRackCduLoads.h"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "catalog/Catalog.h"
#include "power/CapacityCurve.h"

namespace rw::power {

std::vector<CduLoad> inRackCduLoads(const Model& model, const Catalog& catalog, const CoolingRules& rules) {
    // Rack -> heat to liquid (W) and in-rack units, in two passes over the tables.
    std::unordered_map<std::uint32_t, std::pair<double, int>> racks;
    model.devices().forEach([&](DeviceId, const Device& d) {
        const CatalogEntry* e = catalog.find(model.text(d.catalog));
        if (e && e->device) racks[d.rack.value].first += e->device->thermal.heatToLiquidW;
    });
    model.coolingUnits().forEach([&](CoolingId, const CoolingUnit& u) {
        if (const Device* d = model.devices().find(u.device)) ++racks[d->rack.value].second;
    });
    std::vector<CduLoad> out;
    model.coolingUnits().forEach([&](CoolingId id, const CoolingUnit& u) {
        const Device* device = model.devices().find(u.device);
        if (!device) return;
        const auto& [heatW, units] = racks[device->rack.value];
        const CatalogEntry* entry = catalog.find(model.text(u.catalog));
        const CapacityCurve curve = entry && entry->cooling ? CapacityCurve::of(*entry->cooling) : CapacityCurve::flat(u.capacityKw);
        out.push_back({id, device->rack, heatW / 1000.0 / units, curve.capacityKwAt(rules.waterSupplyC)});
    });
    return out;
}

std::vector<Finding> inRackCduLoss(const Model& model, const std::vector<CduLoad>& loads, CoolingId lost) {
    std::vector<Finding> out;
    const auto lostLoad = std::find_if(loads.begin(), loads.end(), [&](const CduLoad& l) { return l.unit == lost; });
    if (lostLoad == loads.end()) return out;
    std::vector<const CduLoad*> survivors;
    double rackHeatKw = 0.0;
    for (const CduLoad& l : loads)
        if (l.rack == lostLoad->rack) {
            rackHeatKw += l.loadKw;
            if (l.unit != lost) survivors.push_back(&l);
        }
    const auto nameOf = [&](CoolingId id) {
        const CoolingUnit* u = model.coolingUnits().find(id);
        return u ? u->name : std::string("?");
    };
    const Rack* rack = model.racks().find(lostLoad->rack);
    const std::string rackName = rack ? rack->name : "?";
    if (survivors.empty()) {
        if (rackHeatKw > 0)
            out.push_back({Severity::Error, FindingSource::Cooling, EntityKind::Rack, lostLoad->rack.value,
                           fmt::format("with in-rack CDU {} lost, rack {} loses its liquid cooling: {:.1f} kW of heat to "
                                       "liquid and no other unit in the rack",
                                       nameOf(lost), rackName, rackHeatKw)});
        return out;
    }
    const double shareKw = rackHeatKw / double(survivors.size());
    for (const CduLoad* s : survivors)
        if (s->capacityKw && shareKw > *s->capacityKw + 1e-9)
            out.push_back({Severity::Error, FindingSource::Cooling, EntityKind::Cooling, s->unit.value,
                           fmt::format("with in-rack CDU {} lost, in-rack CDU {} must remove {:.1f} kW of heat to liquid "
                                       "from rack {}; it is rated {:.1f} kW",
                                       nameOf(lost), nameOf(s->unit), shareKw, rackName, *s->capacityKw)});
    return out;
}

}  // namespace rw::power
