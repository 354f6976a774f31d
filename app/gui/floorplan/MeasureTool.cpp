#include "floorplan/MeasureTool.h"

#include <QAction>
#include <QFont>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QLineF>
#include <QLocale>
#include <QMouseEvent>
#include <QPen>

#include "floorplan/FloorPlanView.h"

namespace rw::gui {

MeasureTool::MeasureTool(FloorPlanView& view, QObject* parent)
    : QObject(parent), view_(view), action_(new QAction(tr("&Measure"), this)) {
    action_->setObjectName(QStringLiteral("actionMeasure"));
    action_->setCheckable(true);
    action_->setShortcut(QKeySequence(Qt::Key_M));
    connect(action_, &QAction::toggled, this, [this](bool on) {
        view_.viewport()->setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
        if (!on) clear();
    });
    view_.viewport()->installEventFilter(this);
}

bool MeasureTool::eventFilter(QObject* watched, QEvent* event) {
    if (!action_->isChecked()) return QObject::eventFilter(watched, event);
    switch (event->type()) {
        case QEvent::MouseButtonPress: {
            auto* mouse = static_cast<QMouseEvent*>(event);
            if (mouse->button() != Qt::LeftButton) break;
            start_ = view_.mapToScene(mouse->position().toPoint());
            dragging_ = true;
            showLine(start_, start_);
            return true;  // no selection or move while measuring
        }
        case QEvent::MouseMove:
            if (!dragging_) break;
            showLine(start_, view_.mapToScene(static_cast<QMouseEvent*>(event)->position().toPoint()));
            return true;
        case QEvent::MouseButtonRelease:
            if (!dragging_ || static_cast<QMouseEvent*>(event)->button() != Qt::LeftButton) break;
            dragging_ = false;
            showLine(start_, view_.mapToScene(static_cast<QMouseEvent*>(event)->position().toPoint()));
            return true;
        default: break;
    }
    return QObject::eventFilter(watched, event);
}

void MeasureTool::showLine(QPointF from, QPointF to) {
    QGraphicsScene* scene = view_.scene();
    if (!line_) {
        line_ = scene->addLine(QLineF());
        QPen pen(QColor(0xff, 0x40, 0x80));
        pen.setCosmetic(true);
        pen.setWidthF(2.0);
        line_->setPen(pen);
        line_->setZValue(40);  // over everything else on the plan
        label_ = scene->addSimpleText(QString());
        label_->setBrush(QColor(0x10, 0x10, 0x10));  // dark and bold: legible on floor and racks
        QFont font = label_->font();
        font.setBold(true);
        font.setPixelSize(14);
        label_->setFont(font);
        label_->setFlag(QGraphicsItem::ItemIgnoresTransformations);
        label_->setZValue(40);
    }
    const QLineF segment(from, to);
    line_->setLine(segment);
    lengthMm_ = segment.length();
    label_->setText(tr("%1 m").arg(QLocale().toString(lengthMm_ / 1'000.0, 'f', 2)));
    label_->setPos(to);
    emit measured(lengthMm_);
}

void MeasureTool::clear() {
    delete line_;
    delete label_;
    line_ = nullptr;
    label_ = nullptr;
    dragging_ = false;
    lengthMm_ = 0.0;
    emit measured(0.0);
}

}  // namespace rw::gui
