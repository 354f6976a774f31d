#include "floorplan/MeasureTool.h"

#include <algorithm>

#include <QAction>
#include <QFont>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QLineF>
#include <QLocale>
#include <QMouseEvent>
#include <QPainterPath>
#include <QPen>

#include "ProjectSession.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/FloorPlanView.h"
#include "floorplan/RackItem.h"

namespace rw::gui {

MeasureTool::MeasureTool(FloorPlanView& view, const ProjectSession& session, QObject* parent)
    : QObject(parent), view_(view), session_(session), action_(new QAction(tr("&Measure"), this)) {
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
            measureAlongTrays(start_, line_->line().p2());
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
    trayPaths_.reset();  // until the drag ends on a rack
    if (path_) path_->setPath(QPainterPath());
    label_->setText(text());
    placeLabel(to);
    emit measured(lengthMm_);
}

void MeasureTool::placeLabel(QPointF at) {
    // Beside the line's end, moved in where it would run off the view (the tray line is long).
    const QRect viewport = view_.viewport()->rect();
    const QSizeF size = label_->boundingRect().size();
    QPoint p = view_.mapFromScene(at) + QPoint(8, 4);
    p.setX(std::max(4, std::min(p.x(), viewport.right() - int(size.width()) - 4)));
    p.setY(std::max(4, std::min(p.y(), viewport.bottom() - int(size.height()) - 4)));
    label_->setPos(view_.mapToScene(p));
}

RackId MeasureTool::rackAt(QPointF scene) const {
    for (QGraphicsItem* item : view_.scene()->items(scene))
        if (item->type() == RackItem::kType) return static_cast<RackItem*>(item)->rackId();
    return {};
}

void MeasureTool::measureAlongTrays(QPointF from, QPointF to) {
    const RackId a = rackAt(from), b = rackAt(to);
    const Catalog* catalog = session_.routing().catalog();
    const Model& model = session_.model();
    if (!a || !b || !catalog || !model.racks().contains(a) || !model.racks().contains(b)) return;
    trayPaths_ = shortestTrayPaths(model, *catalog, a, b);
    // Draw the shortest of the kinds' paths, tray segment by segment, in each segment's hall.
    const TrayPath* shortest = nullptr;
    for (const TrayPath& p : *trayPaths_)
        if (p.found && (!shortest || p.totalMm() < shortest->totalMm())) shortest = &p;
    QPainterPath drawn;
    if (shortest)
        for (TrayId id : shortest->segments) {
            const TraySegment& s = model.trays()[id];
            const SiteLayout& site = view_.planScene().site();
            drawn.moveTo(site.toScene(s.hall, Point2{s.a.x, s.a.y}));
            drawn.lineTo(site.toScene(s.hall, Point2{s.b.x, s.b.y}));
        }
    if (!path_) {
        path_ = view_.scene()->addPath(QPainterPath());
        QPen pen(QColor(0xff, 0x40, 0x80, 150));
        pen.setCosmetic(true);
        pen.setWidthF(6.0);
        pen.setCapStyle(Qt::RoundCap);
        path_->setPen(pen);
        path_->setZValue(39);  // under the straight line and its label
    }
    path_->setPath(drawn);
    label_->setText(text());
    placeLabel(line_->line().p2());
    emit measured(lengthMm_);
}

QString MeasureTool::text() const {
    const QLocale locale;
    QString out = tr("%1 m").arg(locale.toString(lengthMm_ / 1'000.0, 'f', 2));
    if (!trayPaths_) return out;
    QStringList kinds;
    for (const TrayPath& p : *trayPaths_) {
        const QString kind = QString::fromUtf8(toString(p.kind).data(), qsizetype(toString(p.kind).size()));
        kinds << (p.found ? tr("%1 %2 m").arg(kind, locale.toString(p.totalMm() / 1'000.0, 'f', 1))
                          : tr("%1 no path").arg(kind));
    }
    return out + u'\n' + tr("along trays: %1").arg(kinds.join(QStringLiteral(", ")));
}

void MeasureTool::clear() {
    delete line_;
    delete label_;
    delete path_;
    line_ = nullptr;
    label_ = nullptr;
    path_ = nullptr;
    trayPaths_.reset();
    dragging_ = false;
    lengthMm_ = 0.0;
    emit measured(0.0);
}

}  // namespace rw::gui
