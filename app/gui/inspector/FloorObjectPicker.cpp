#include "inspector/FloorObjectPicker.h"

#include <QApplication>
#include <QMouseEvent>

#include "ProjectSession.h"
#include "PropertiesInspector.h"
#include "floorplan/CoolingUnitsItem.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/FloorPlanView.h"
#include "floorplan/RackItem.h"
#include "floorplan/RowLabelLayer.h"
#include "floorplan/TrayLayerItem.h"

namespace rw::gui {

FloorObjectPicker::FloorObjectPicker(FloorPlanView& view, const TrayLayerItem& trays, const ProjectSession& session,
                                     PropertiesInspector& inspector, QObject* parent)
    : QObject(parent), view_(view), trays_(trays), session_(session), inspector_(inspector) {
    view_.viewport()->installEventFilter(this);
}

bool FloorObjectPicker::pickAt(QPoint at, bool overRacks) {
    if (!overRacks)
        for (QGraphicsItem* item : view_.items(at))
            if (item->type() == RackItem::kType) return false;
    const QPointF scene = view_.mapToScene(at);
    // A row's name is drawn over its trays and racks: it is what the user sees there.
    if (const RowId row = view_.planScene().rowLabels().rowAt(scene, view_.pixelsPerMm())) {
        inspector_.inspect(EntityRef{EntityKind::Row, row.value});
        return true;
    }
    for (QGraphicsItem* item : view_.items(at))
        if (item->type() == CoolingUnitsItem::kType)
            if (const CoolingId unit = static_cast<const CoolingUnitsItem*>(item)->unitAt(scene)) {
                inspector_.inspect(EntityRef{EntityKind::Cooling, unit.value});
                return true;
            }
    if (trays_.isVisible())
        if (const TrayId tray = trays_.segmentAt(scene)) {
            inspector_.inspect(EntityRef{EntityKind::Tray, tray.value});
            return true;
        }
    const HallId hall = view_.planScene().site().hallAt(session_.model(), scene);
    if (!hall) return false;
    inspector_.inspect(EntityRef{EntityKind::Hall, hall.value});
    return true;
}

bool FloorObjectPicker::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::MouseButtonPress) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        const bool left = mouse->button() == Qt::LeftButton;
        pressed_ = left && mouse->modifiers() == Qt::NoModifier;
        altPressed_ = left && mouse->modifiers() == Qt::AltModifier;
        pressedAt_ = mouse->position().toPoint();
        if (altPressed_) return true;  // neither select nor drag what is under it
    } else if (event->type() == QEvent::MouseButtonRelease && (pressed_ || altPressed_)) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        const bool overRacks = altPressed_;
        pressed_ = altPressed_ = false;
        const QPoint at = mouse->position().toPoint();
        if (mouse->button() == Qt::LeftButton && (at - pressedAt_).manhattanLength() < QApplication::startDragDistance())
            // After the scene has finished the click (it clears the selection on empty floor).
            QMetaObject::invokeMethod(this, [this, at, overRacks] { pickAt(at, overRacks); }, Qt::QueuedConnection);
        if (overRacks) return true;
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace rw::gui
