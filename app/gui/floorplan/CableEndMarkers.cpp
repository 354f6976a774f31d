#include "floorplan/CableEndMarkers.h"

#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QPen>

#include "floorplan/RouteHighlightItem.h"

namespace rw::gui {

namespace {
constexpr double kOnTop = 1e6;  // above racks, trays and the route highlight
}

CableEndMarkers::CableEndMarkers(QGraphicsScene& scene) {
    QPen ring(RouteHighlightItem::colour(), 3.0);
    ring.setCosmetic(true);
    for (auto*& r : rings_) {
        r = scene.addEllipse(-kRadiusPx, -kRadiusPx, 2 * kRadiusPx, 2 * kRadiusPx, ring, Qt::NoBrush);
        r->setFlag(QGraphicsItem::ItemIgnoresTransformations);  // pixels, whatever the zoom
        r->setZValue(kOnTop);
        r->setVisible(false);
    }
    QPen dashed(RouteHighlightItem::colour(), 2.0, Qt::DashLine);
    dashed.setCosmetic(true);
    line_ = scene.addLine(QLineF(), dashed);
    line_->setZValue(kOnTop);
    line_->setVisible(false);
}

void CableEndMarkers::show(QPointF a, QPointF b, bool straightLine) {
    rings_[0]->setPos(a);
    rings_[1]->setPos(b);
    for (auto* r : rings_) r->setVisible(true);
    line_->setLine(QLineF(a, b));
    line_->setVisible(straightLine);
}

void CableEndMarkers::hide() {
    for (auto* r : rings_) r->setVisible(false);
    line_->setVisible(false);
}

bool CableEndMarkers::isVisible() const { return rings_[0]->isVisible(); }

bool CableEndMarkers::lineVisible() const { return line_->isVisible(); }

std::array<QPointF, 2> CableEndMarkers::positions() const { return {rings_[0]->pos(), rings_[1]->pos()}; }

}  // namespace rw::gui
