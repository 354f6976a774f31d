#pragma once
// Shows the hall as built on a day of the install plan in both views: racks and tray runs not
// built yet faded on the floor plan, and racks (with their devices), trays and cable bundles
// faded in 3D. Over whatever colour mode is on; clear() puts the views back as they were.
namespace rw::render {
class HallView;
}

namespace rw::gui {

struct AsBuilt;
class FloorPlanScene;
class FloorPlanOverlays;
struct PlannedHall;

class AsBuiltDisplay final {
public:
    AsBuiltDisplay(FloorPlanScene& floorPlan, FloorPlanOverlays& overlays, render::HallView& hallView)
        : floorPlan_(floorPlan), overlays_(overlays), hallView_(hallView) {}

    /// Fades what `planned` has not built by the end of working `day`; returns what it showed.
    AsBuilt show(const PlannedHall& planned, int day);
    /// Nothing faded.
    void clear();

private:
    FloorPlanScene& floorPlan_;
    FloorPlanOverlays& overlays_;
    render::HallView& hallView_;
};

}  // namespace rw::gui
