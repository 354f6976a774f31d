// Cooling units: in-rack CDUs (mounted with the rack's devices) get a cooling record; row CDUs
// stand in the slot reserved at the end of each row.
#include <fmt/format.h>

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
    for (const RowCduSlot& slot : ctx.rowCduSlots)
        ctx.model.coolingUnits().add(CoolingUnit{slot.hall, catalogId, fmt::format("{}-cdu", ctx.model.rows()[slot.row].name), kind,
                                                 slot.centre, slot.rotation, capacity, {}});
}

}  // namespace rw::gen
