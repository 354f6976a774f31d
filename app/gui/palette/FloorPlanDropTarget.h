#pragma once
// Takes catalog entries dropped from the palette onto the 2D floor plan: a rack type becomes a
// rack at the drop point, its footprint corner snapped to the floor tiles as moves are ("Place
// rack R5"); a rack-scale system becomes its rack with every part mounted; a device dropped on a rack is mounted in the rack's lowest free U span ("Mount ...").
// A drop that cannot work (outside every hall, a full rack) changes nothing and says why.
#include <QObject>
#include <QPoint>
#include <QString>

#include "floorplan/SiteLayout.h"
#include "model/Model.h"

namespace rw::gui {

class EditingCatalog;
class FloorPlanView;
class PlacementPreview;
class ProjectSession;
class RackSelection;
class UserPrompts;

class FloorPlanDropTarget final : public QObject {
    Q_OBJECT
public:
    FloorPlanDropTarget(ProjectSession& session, RackSelection& selection, UserPrompts& prompts,
                        const EditingCatalog& catalog, FloorPlanView& view, QObject* parent = nullptr);

    /// What a drop of entry `id` at viewport point `at` would do: nothing, place a rack, mount a device.
    enum class Outcome { Refused, PlaceRack, MountDevice };
    [[nodiscard]] Outcome outcomeOf(const QString& id, QPoint at) const;
    /// Drops entry `id` at viewport point `at`; true when the model changed.
    bool drop(const QString& id, QPoint at);

    /// The hall under viewport point `at` (as the site plan lays the halls out) and its model point there.
    [[nodiscard]] SiteLayout::Located locate(QPoint at) const;
    /// Where a rack of `type` dropped at viewport point `at` stands, in its hall's coordinates.
    [[nodiscard]] Point2 snappedRackCentre(const QString& type, QPoint at) const;
    /// The footprint ghost, snap marker and position readout shown while dragging over the plan.
    [[nodiscard]] const PlacementPreview& preview() const noexcept { return *preview_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    [[nodiscard]] RackId rackAt(QPoint at) const;
    /// The ghost of what a drop of `id` at `at` would place (or the rack it would mount into).
    void showGhost(const QString& id, QPoint at);

    ProjectSession& session_;
    RackSelection& selection_;
    UserPrompts& prompts_;
    const EditingCatalog& catalog_;
    FloorPlanView& view_;
    PlacementPreview* preview_ = nullptr;
};

}  // namespace rw::gui
