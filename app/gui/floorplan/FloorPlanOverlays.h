#pragma once
// What the floor plan draws over the racks besides the racks themselves: the overhead trays
// (rebuilt when trays change) and the focused cable's route (CableFocus: its tray segments
// highlighted, its end racks selected and framed). Also frames objects for the findings list.
#include <memory>
#include <vector>

#include <QObject>
#include <QRectF>

#include "edit/ChangeSet.h"
#include "floorplan/CableEndMarkers.h"

namespace rw::gui {

class CableFocus;
class DesignContext;
class FloorPlanScene;
class FloorPlanView;
class ProjectSession;
class RackSelection;
class RouteHighlightItem;
class TrayLayerItem;

class FloorPlanOverlays final : public QObject {
    Q_OBJECT
public:
    FloorPlanOverlays(FloorPlanView& view, FloorPlanScene& scene, ProjectSession& session, DesignContext& context,
                      RackSelection& selection, CableFocus& focus, QObject* parent = nullptr);

    [[nodiscard]] TrayLayerItem& trays() const noexcept { return *trays_; }
    [[nodiscard]] RouteHighlightItem& route() const noexcept { return *route_; }
    [[nodiscard]] const CableEndMarkers& endMarkers() const noexcept { return *endMarkers_; }

    /// Zooms the floor plan onto `sceneRect` with a few metres around it.
    void frame(const QRectF& sceneRect);
    /// Selects and frames one rack.
    void focusRack(RackId rack);
    /// Selects the racks and frames them all (a panel's or feed's racks); nothing when empty.
    void focusRacks(const std::vector<RackId>& racks);
    /// The scene rectangle of a rack's footprint (empty when it has no item).
    [[nodiscard]] QRectF rackRect(RackId rack) const;

private:
    void onDocumentChanged(const ChangeSet& changes);
    void showFocusedCable();
    void onSelectionChanged();

    FloorPlanView& view_;
    FloorPlanScene& scene_;
    ProjectSession& session_;
    DesignContext& context_;
    RackSelection& selection_;
    CableFocus& focus_;
    TrayLayerItem* trays_;
    RouteHighlightItem* route_;
    std::unique_ptr<CableEndMarkers> endMarkers_;
    bool selectingForCable_ = false;
};

}  // namespace rw::gui
