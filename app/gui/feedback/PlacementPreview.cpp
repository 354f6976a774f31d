#include "PlacementPreview.h"

#include <QBrush>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QPainterPath>
#include <QPen>

namespace rw::gui {
namespace {

// Above racks, trays and route highlights.
constexpr qreal kPreviewZ = 1000;
const QColor kAllowed(40, 160, 60);
const QColor kRefused(210, 40, 40);
constexpr qreal kMarkerPx = 9;  // marker arms, in screen pixels

}  // namespace

PlacementPreview::PlacementPreview(QGraphicsScene& scene, QObject* parent)
    : QObject(parent),
      ghost_(new QGraphicsRectItem),
      marker_(new QGraphicsPathItem),
      label_(new QGraphicsSimpleTextItem),
      labelBack_(new QGraphicsRectItem) {
    QPainterPath cross;  // a ring with a cross: the snapped corner
    cross.moveTo(-kMarkerPx, 0);
    cross.lineTo(kMarkerPx, 0);
    cross.moveTo(0, -kMarkerPx);
    cross.lineTo(0, kMarkerPx);
    cross.addEllipse(QPointF(0, 0), kMarkerPx / 2, kMarkerPx / 2);
    marker_->setPath(cross);
    // Marker and readout keep their pixel size at every zoom.
    marker_->setFlag(QGraphicsItem::ItemIgnoresTransformations);
    labelBack_->setFlag(QGraphicsItem::ItemIgnoresTransformations);
    labelBack_->setBrush(QColor(255, 255, 240, 230));
    labelBack_->setPen(QPen(QColor(90, 90, 90), 0));
    label_->setParentItem(labelBack_);
    label_->setPos(4, 2);
    for (QGraphicsItem* item : {static_cast<QGraphicsItem*>(ghost_), static_cast<QGraphicsItem*>(marker_),
                                static_cast<QGraphicsItem*>(labelBack_)}) {
        item->setZValue(kPreviewZ);
        item->setAcceptedMouseButtons(Qt::NoButton);
        item->setVisible(false);
        scene.addItem(item);
    }
    labelBack_->setZValue(kPreviewZ + 1);
}

PlacementPreview::~PlacementPreview() = default;  // the scene owns the items

void PlacementPreview::show(const QRectF& footprint, bool ghost, bool allowed, const QString& readout) {
    footprint_ = footprint;
    allowed_ = allowed;
    shown_ = true;
    const QColor colour = allowed ? kAllowed : kRefused;
    QColor fill = colour;
    fill.setAlpha(70);
    QPen outline(colour, 0, Qt::DashLine);  // cosmetic: one pixel at every zoom
    outline.setWidthF(2);
    outline.setCosmetic(true);
    ghost_->setRect(footprint);
    ghost_->setBrush(fill);
    ghost_->setPen(outline);
    ghost_->setVisible(ghost);
    QPen markerPen(colour, 2);
    markerPen.setCosmetic(true);
    marker_->setPen(markerPen);
    marker_->setPos(footprint.bottomLeft());  // the south-west corner, on the tile grid when snapped
    marker_->setVisible(true);
    label_->setText(readout);
    labelBack_->setRect(QRectF(QPointF(0, 0), label_->boundingRect().size() + QSizeF(8, 4)));
    labelBack_->setPos(footprint.topRight());  // beside the footprint, clear of the cursor
    labelBack_->setVisible(true);
}

void PlacementPreview::hide() {
    shown_ = false;
    ghost_->setVisible(false);
    marker_->setVisible(false);
    labelBack_->setVisible(false);
}

QString PlacementPreview::readout() const { return label_->text(); }

QString PlacementPreview::position(double xMm, double yMm) {
    const QLocale locale;
    return tr("x %1 m, y %2 m").arg(locale.toString(xMm / 1000.0, 'f', 2), locale.toString(yMm / 1000.0, 'f', 2));
}

}  // namespace rw::gui
