#include "floorplan/SiteLayout.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QPolygonF>

#include "floorplan/FloorCoordinates.h"

namespace rw::gui {
namespace {

QRectF extentOf(const Polygon& outline) {
    QPolygonF polygon;
    for (Point2 p : outline) polygon << rw::gui::toScene(p);
    return polygon.boundingRect();
}

}  // namespace

SiteLayout::SiteLayout(const Model& model) {
    double nextLeft = std::numeric_limits<double>::quiet_NaN();
    model.halls().forEach([&](HallId id, const Hall& hall) {
        ++halls_;
        if (offsets_.size() <= id.value) offsets_.resize(id.value + 1);
        const QRectF extent = extentOf(hall.outline);
        if (std::isnan(nextLeft)) {
            offsets_[id.value] = QPointF();  // the first hall stays where its coordinates say
            nextLeft = extent.right() + kGapMm;
            return;
        }
        offsets_[id.value] = QPointF(nextLeft - extent.left(), 0.0);
        nextLeft += extent.width() + kGapMm;
    });
}

QPointF SiteLayout::toScene(HallId hall, Point2 p) const noexcept { return rw::gui::toScene(p) + offset(hall); }

Point2 SiteLayout::toModel(HallId hall, QPointF scene) const noexcept { return rw::gui::toModel(scene - offset(hall)); }

HallId SiteLayout::hallAt(const Model& model, QPointF scene) const {
    HallId found;
    model.halls().forEach([&](HallId id, const Hall& hall) {
        if (found) return;
        QPolygonF polygon;
        for (Point2 p : hall.outline) polygon << toScene(id, p);
        if (polygon.containsPoint(scene, Qt::OddEvenFill)) found = id;
    });
    return found;
}

SiteLayout::Located SiteLayout::locate(const Model& model, QPointF scene) const {
    if (const HallId under = hallAt(model, scene)) return {under, toModel(under, scene), true};
    HallId nearest;
    double best = std::numeric_limits<double>::infinity();
    model.halls().forEach([&](HallId id, const Hall& hall) {
        const QRectF box = extentOf(hall.outline).translated(offset(id));
        const double dx = std::max({box.left() - scene.x(), 0.0, scene.x() - box.right()});
        const double dy = std::max({box.top() - scene.y(), 0.0, scene.y() - box.bottom()});
        if (const double d = dx * dx + dy * dy; d < best) {
            best = d;
            nearest = id;
        }
    });
    return {nearest, toModel(nearest, scene), false};
}

}  // namespace rw::gui
