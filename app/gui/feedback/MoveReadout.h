#pragma once
// Live feedback while racks are dragged on the floor plan: the snap marker on the dragged rack's
// grid corner and its position and the distance moved, in metres, beside it (PlacementPreview);
// red when the rack would stand outside every hall.
#include <QObject>

#include "model/Geometry.h"

class QRectF;

namespace rw::gui {

class FloorPlanScene;
class PlacementPreview;
class ProjectSession;

class MoveReadout final : public QObject {
    Q_OBJECT
public:
    MoveReadout(FloorPlanScene& scene, const ProjectSession& session, QObject* parent = nullptr);

    [[nodiscard]] const PlacementPreview& preview() const noexcept { return *preview_; }

private:
    void show(const QRectF& footprint, Point2 offset);

    const FloorPlanScene& scene_;
    const ProjectSession& session_;
    PlacementPreview* preview_;
};

}  // namespace rw::gui
