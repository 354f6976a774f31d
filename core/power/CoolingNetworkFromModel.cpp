#include "power/CoolingNetworkFromModel.h"

#include <unordered_map>

#include "catalog/Catalog.h"

namespace rw::power {
namespace {

/// PDUs and power shelves pass other devices' power on: their catalog max_w is a delivery
/// rating, not heat, and their conversion losses are not catalogued. Counting them would add
/// the rack's load twice.
bool carriesOthersPower(const Device& d, const CatalogEntry& e) {
    return d.role == DeviceRole::Pdu || d.role == DeviceRole::PowerShelf || e.kind == CatalogKind::Pdu ||
           e.kind == CatalogKind::PowerShelf;
}

class Builder final {
public:
    Builder(const Model& model, const Catalog& catalog, const CoolingRules& rules)
        : model_(model), catalog_(catalog), rules_(rules) {}

    CoolingNetwork build() {
        model_.halls().forEach([&](HallId id, const Hall& h) {
            halls_[id.value] = static_cast<ZoneIndex>(net_.halls.size());
            net_.halls.push_back({id.value, h.name, h.coolingCapacityKw, h.waterSupplyC});
        });
        model_.rows().forEach([&](RowId id, const Row& r) {
            rows_[id.value] = static_cast<ZoneIndex>(net_.rows.size());
            net_.rows.push_back({id.value, r.name, lookup(halls_, r.hall.value)});
        });
        model_.racks().forEach([&](RackId id, const Rack& r) {
            racks_[id.value] = static_cast<std::uint32_t>(net_.racks.size());
            net_.racks.push_back({id.value, r.name, lookup(halls_, r.hall.value), lookup(rows_, r.row.value), 0.0, 0.0, 0.0, 0.0});
        });
        model_.devices().forEach([&](DeviceId, const Device& d) { addHeat(d); });
        model_.coolingUnits().forEach([&](CoolingId id, const CoolingUnit& u) { addUnit(id, u); });
        return std::move(net_);
    }

private:
    void addHeat(const Device& d) {
        const std::uint32_t rack = lookup(racks_, d.rack.value);
        const CatalogEntry* e = catalog_.find(model_.text(d.catalog));
        if (rack == kNoZone || !e || !e->device || carriesOthersPower(d, *e)) return;
        const ThermalSpec& t = e->device->thermal;
        HeatRack& r = net_.racks[rack];
        // A device with no split in its entry sends all its heat to air (docs/power.md).
        const bool split = t.heatToLiquidW > 0 || t.heatToAirW > 0;
        const double airW = split ? t.heatToAirW : e->device->power.maxW;
        r.liquidW += split ? t.heatToLiquidW : 0.0;
        r.airW += airW;
        r.airCfm += t.airflowCfm > 0 ? t.airflowCfm : kCfmPerWattPerDegF * airW / rules_.deviceDeltaTF;
        if (split) r.liquidLpm += t.coolantFlowLpm > 0 ? t.coolantFlowLpm : t.heatToLiquidW / 1000.0 * rules_.litresPerMinutePerKw;
    }

    void addUnit(CoolingId id, const CoolingUnit& u) {
        CoolingUnitInfo info{id.value, u.name, u.kind, CapacityCurve::flat(u.capacityKw), {}, lookup(halls_, u.hall.value),
                             kNoZone, kNoZone};
        if (const CatalogEntry* e = catalog_.find(model_.text(u.catalog)); e && e->cooling) {
            info.curve = CapacityCurve::of(*e->cooling);
            info.redundancy = e->cooling->redundancy;
            info.flowLpm = e->cooling->flowLpm;
            info.airflowCfm = e->cooling->airflowCfm;
        }
        if (const Device* d = model_.devices().find(u.device)) {
            info.rack = lookup(racks_, d->rack.value);
            if (info.rack != kNoZone) info.row = net_.racks[info.rack].row;
        }
        if (!info.inRack()) info.row = lookup(rows_, u.row.value);  // invalid row: the whole hall
        if (info.hall == kNoZone) return;
        net_.units.push_back(std::move(info));
    }

    static std::uint32_t lookup(const std::unordered_map<std::uint32_t, std::uint32_t>& map, std::uint32_t key) {
        const auto it = map.find(key);
        return it == map.end() ? kNoZone : it->second;
    }

    const Model& model_;
    const Catalog& catalog_;
    const CoolingRules& rules_;
    CoolingNetwork net_;
    std::unordered_map<std::uint32_t, std::uint32_t> halls_, rows_, racks_;
};

}  // namespace

CoolingNetwork coolingNetworkFromModel(const Model& model, const Catalog& catalog, const CoolingRules& rules) {
    return Builder(model, catalog, rules).build();
}

}  // namespace rw::power
