#include "RowPreview.h"

#include <QBrush>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QPainterPath>
#include <QPen>

namespace rw::gui {

RowPreview::RowPreview(QGraphicsScene& scene, QObject* parent) : QObject(parent), item_(new QGraphicsPathItem) {
    QPen pen(QColor(30, 110, 220), 2, Qt::DashLine);
    pen.setCosmetic(true);
    item_->setPen(pen);
    item_->setBrush(QColor(30, 110, 220, 60));
    item_->setZValue(1000);  // over racks and trays
    item_->setAcceptedMouseButtons(Qt::NoButton);
    item_->setVisible(false);
    scene.addItem(item_);
}

void RowPreview::show(const std::vector<QRectF>& footprints) {
    QPainterPath path;
    for (const QRectF& r : footprints) path.addRect(r);
    item_->setPath(path);
    item_->setVisible(!footprints.empty());
}

bool RowPreview::isShown() const { return item_->isVisible(); }

QRectF RowPreview::bounds() const { return item_->path().boundingRect(); }

}  // namespace rw::gui
