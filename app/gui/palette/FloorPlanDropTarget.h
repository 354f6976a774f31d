#pragma once
// Takes catalog entries dropped from the palette onto the 2D floor plan: a rack type becomes a
// rack at the drop point, its footprint corner snapped to the floor tiles as moves are ("Place
// rack R5"); a rack-scale system becomes its rack with every part mounted; a device dropped on a rack is mounted in the rack's lowest free U span ("Mount ...").
// A drop that cannot work (outside every hall, a full rack) changes nothing and says why.
#include <QObject>
#include <QPoint>
#include <QString>

#include "model/Model.h"

namespace rw::gui {

class EditingCatalog;
class FloorPlanView;
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

    /// The model point under viewport point `at`, and where a rack of `type` dropped there stands.
    [[nodiscard]] Point2 snappedRackCentre(const QString& type, QPoint at) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    [[nodiscard]] RackId rackAt(QPoint at) const;

    ProjectSession& session_;
    RackSelection& selection_;
    UserPrompts& prompts_;
    const EditingCatalog& catalog_;
    FloorPlanView& view_;
};

}  // namespace rw::gui
