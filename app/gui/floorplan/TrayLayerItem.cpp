#include "floorplan/TrayLayerItem.h"

#include <algorithm>

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include "FloorCoordinates.h"
#include "colour/ColourScale.h"

namespace rw::gui {

TrayLayerItem::TrayLayerItem() {
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setZValue(15);  // over the racks (trays run overhead), under row labels and highlights
}

void TrayLayerItem::rebuild(const Model& model) {
    prepareGeometryChange();
    segments_.clear();
    bounds_ = QRectF();
    model.trays().forEach([&](TrayId id, const TraySegment& tray) {
        const QPointF a = toScene(Point2{tray.a.x, tray.a.y}), b = toScene(Point2{tray.b.x, tray.b.y});
        if (a == b) return;  // a riser between levels
        const qreal half = tray.widthMm / 2.0;
        const QRectF rect = QRectF(a, b).normalized().adjusted(-half, -half, half, half);
        const double order = id.value < drawOrder_.size() ? drawOrder_[id.value] : double(tray.level);
        segments_.push_back({id, QLineF(a, b), qreal(tray.widthMm), tray.level, tray.kind, rect, order});
        bounds_ |= rect;
    });
    std::stable_sort(segments_.begin(), segments_.end(), [](const Segment& x, const Segment& y) { return x.order < y.order; });
    update();
}

void TrayLayerItem::setColours(std::vector<QColor> colours, const std::vector<double>& drawOrder) {
    colours_ = std::move(colours);
    drawOrder_ = drawOrder;
    for (Segment& s : segments_) s.order = s.id.value < drawOrder.size() ? drawOrder[s.id.value] : double(s.level);
    std::stable_sort(segments_.begin(), segments_.end(), [](const Segment& x, const Segment& y) { return x.order < y.order; });
    update();
}

void TrayLayerItem::setFaded(std::vector<bool> faded) {
    faded_ = std::move(faded);
    update();
}

void TrayLayerItem::setOpaque(bool opaque) {
    if (opaque == opaque_) return;
    opaque_ = opaque;
    update();
}

QColor TrayLayerItem::colourOf(TrayId id) const {
    const auto it = std::find_if(segments_.begin(), segments_.end(), [id](const Segment& s) { return s.id == id; });
    if (it == segments_.end()) return {};
    if (id.value < colours_.size() && colours_[id.value].isValid()) return colours_[id.value];
    return ColourScale::ofTrayKind(it->kind);
}

QRectF TrayLayerItem::segmentRect(TrayId id) const {
    const auto it = std::find_if(segments_.begin(), segments_.end(), [id](const Segment& s) { return s.id == id; });
    return it == segments_.end() ? QRectF() : it->rect;
}

void TrayLayerItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const qreal pixelsPerMm = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed = option->exposedRect;
    painter->setBrush(Qt::NoBrush);
    for (const Segment& s : segments_) {
        if (!exposed.intersects(s.rect)) continue;
        QColor colour = s.id.value < colours_.size() && colours_[s.id.value].isValid() ? colours_[s.id.value]
                                                                                        : ColourScale::ofTrayKind(s.kind);
        if (isFaded(s.id)) colour.setAlpha(40);
        else if (!opaque_) colour.setAlpha(150);
        QPen pen(colour);
        pen.setCapStyle(Qt::FlatCap);
        if (pixelsPerMm * s.width < 2.0) {  // far out: a hairline keeps the run visible
            pen.setCosmetic(true);
            pen.setWidthF(2.0);
        } else {
            pen.setWidthF(s.width);
        }
        painter->setPen(pen);
        painter->drawLine(s.line);
    }
}

}  // namespace rw::gui
