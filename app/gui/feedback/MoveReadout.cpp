#include "MoveReadout.h"

#include <QLocale>

#include "PlacementPreview.h"
#include "ProjectSession.h"
#include "floorplan/FloorPlanScene.h"

namespace rw::gui {

MoveReadout::MoveReadout(FloorPlanScene& scene, const ProjectSession& session, QObject* parent)
    : QObject(parent), scene_(scene), session_(session), preview_(new PlacementPreview(scene, this)) {
    connect(&scene, &FloorPlanScene::dragMoved, this, &MoveReadout::show);
    connect(&scene, &FloorPlanScene::dragEnded, preview_, &PlacementPreview::hide);
}

void MoveReadout::show(const QRectF& footprint, Point2 offset) {
    // In the coordinates of the hall it is over (the site plan lays halls side by side).
    const SiteLayout::Located where = scene_.site().locate(session_.model(), footprint.center());
    const Point2 centre = where.at;
    const QLocale locale;
    const auto metres = [&](std::int32_t mm) {
        return (mm > 0 ? QStringLiteral("+") : QString()) + locale.toString(mm / 1000.0, 'f', 2);
    };
    const bool inHall = where.inside;
    QString text = PlacementPreview::position(centre.x, centre.y) +
                   tr("\nmoved %1 m, %2 m").arg(metres(offset.x), metres(offset.y));
    if (!inHall) text += tr("\noutside every hall");
    // The racks themselves move with the mouse: no ghost, only the marker and the readout.
    preview_->show(footprint, false, inHall, text);
}

}  // namespace rw::gui
