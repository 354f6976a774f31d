// Cooling units: in-rack CDUs (mounted with the rack's devices) get a cooling record; row CDUs
// stand in the slots reserved at both ends of each row and serve that row (their zone).
#include <fmt/format.h>

#include <map>

#include "generator/GeneratorContext.h"

namespace rw::gen {

void placeCooling(Context& ctx) {
    const CatalogEntry* cdu = ctx.spec.cooling.cdu;
    if (cdu == nullptr || ctx.spec.cooling.scope == CoolingScope::None) return;
    const double capacity = cdu->cooling ? cdu->cooling->capacityKw : 0.0;
    const StringId catalogId = ctx.model.strings.intern(cdu->id);
    const CoolingKind kind = cdu->cooling ? cdu->cooling->type : CoolingKind::Cdu;
    for (const auto& [rackIndex, device] : ctx.inRackCdus) {
        const RackInfo& rack = ctx.racks[rackIndex];
        ctx.model.coolingUnits().add(CoolingUnit{rack.hall, catalogId, ctx.model.devices()[device.id].name, kind,
                                                 ctx.model.racks()[rack.id].position, ctx.model.racks()[rack.id].rotation, capacity,
                                                 device.id});
    }
    std::map<std::uint32_t, int> perRow;
    for (const RowCduSlot& slot : ctx.rowCduSlots)
        ctx.model.coolingUnits().add(CoolingUnit{slot.hall, catalogId,
                                                 fmt::format("{}-cdu{}", ctx.model.rows()[slot.row].name, ++perRow[slot.row.value]), kind,
                                                 slot.centre, slot.rotation, capacity, {}, slot.row});
    if (!perRow.empty())
        ctx.notes.push_back(fmt::format("{} row CDUs ({}), two per row at its ends: each row keeps its liquid cooling with one lost "
                                        "while its heat to liquid is within one unit's {:g} kW.", ctx.rowCduSlots.size(), cdu->id, capacity));
}

}  // namespace rw::gen
