#include "install/AsBuiltDisplay.h"

#include "HallView.h"
#include "floorplan/FloorPlanOverlays.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/TrayLayerItem.h"
#include "install/AsBuilt.h"
#include "install/InstallPlanner.h"

namespace rw::gui {

AsBuilt AsBuiltDisplay::show(const PlannedHall& planned, int day) {
    AsBuilt built = asBuiltAtEndOfDay(planned.plan, *planned.model, day);
    floorPlan_.setFadedRacks(built.racksFaded);
    overlays_.trays().setFaded(built.traysFaded);
    hallView_.setFaded(built.racksFaded, built.traysFaded, built.cablesFaded);
    return built;
}

void AsBuiltDisplay::clear() {
    floorPlan_.setFadedRacks({});
    overlays_.trays().setFaded({});
    hallView_.setFaded({}, {}, {});
}

}  // namespace rw::gui
