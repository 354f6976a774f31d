#include "floorplan/RouteHighlightItem.h"

#include <QPainter>

namespace rw::gui {

QColor RouteHighlightItem::colour() { return QColor(0x00, 0xff, 0xf0); }

RouteHighlightItem::RouteHighlightItem() {
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(30);  // over trays and racks
}

void RouteHighlightItem::setLines(std::vector<QLineF> lines) {
    prepareGeometryChange();
    lines_ = std::move(lines);
    bounds_ = QRectF();
    for (const QLineF& l : lines_) bounds_ |= QRectF(l.p1(), l.p2()).normalized();
    // Cosmetic pens are a few pixels wide at any zoom: a generous margin in scene units covers them.
    bounds_.adjust(-2'000, -2'000, 2'000, 2'000);
    setVisible(!lines_.empty());
}

void RouteHighlightItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    QPen casing(QColor(0x10, 0x10, 0x10));
    casing.setCosmetic(true);
    casing.setWidthF(7.0);
    casing.setCapStyle(Qt::RoundCap);
    QPen line(colour());
    line.setCosmetic(true);
    line.setWidthF(4.0);
    line.setCapStyle(Qt::RoundCap);
    const QVector<QLineF> all(lines_.begin(), lines_.end());
    painter->setPen(casing);
    painter->drawLines(all);
    painter->setPen(line);
    painter->drawLines(all);
}

}  // namespace rw::gui
