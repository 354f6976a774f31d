#include "FloorPlanView.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>

#include "FloorPlanScene.h"

namespace rw::gui {
namespace {
// From a whole 100 m hall on screen to a single tile filling it.
constexpr double kMinPixelsPerMm = 1e-4, kMaxPixelsPerMm = 2.0;
}  // namespace

FloorPlanView::FloorPlanView(FloorPlanScene& scene, QWidget* parent) : QGraphicsView(&scene, parent), scene_(scene) {
    setObjectName(QStringLiteral("floorPlanView"));
    setRenderHint(QPainter::Antialiasing, false);  // crisp tile lines, and cheaper on 100k racks
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(NoAnchor);  // zoomBy() keeps the point under the cursor itself
    setViewportUpdateMode(SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
}

void FloorPlanView::frameAll() {
    const QRectF bounds = scene_.contentBounds();
    if (bounds.isEmpty()) return;
    fitInView(bounds.adjusted(-1'000, -1'000, 1'000, 1'000), Qt::KeepAspectRatio);
    fitTransform_ = transform();
}

void FloorPlanView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    // Refit only while nothing else (the user, a findings frame) has moved the camera since.
    if (fitTransform_ && *fitTransform_ == transform()) frameAll();
    else fitTransform_.reset();
}

void FloorPlanView::zoomBy(double factor, QPoint anchor) {
    const double target = std::clamp(pixelsPerMm() * factor, kMinPixelsPerMm, kMaxPixelsPerMm);
    factor = target / pixelsPerMm();
    fitTransform_.reset();
    const QPointF before = mapToScene(anchor);
    scale(factor, factor);
    const QPointF after = mapToScene(anchor);
    // Scroll so the scene point under the cursor stays under it.
    const QPointF drift = (after - before) * pixelsPerMm();
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - int(std::lround(drift.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() - int(std::lround(drift.y())));
}

void FloorPlanView::showEvent(QShowEvent* event) {
    QGraphicsView::showEvent(event);
    if (std::exchange(framed_, true)) return;
    QTimer::singleShot(0, this, &FloorPlanView::frameAll);
}

void FloorPlanView::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) return;
    zoomBy(std::pow(1.2, steps), event->position().toPoint());
    event->accept();
}

void FloorPlanView::panBy(QPoint delta) {
    fitTransform_.reset();
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
}

void FloorPlanView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && spaceHeld_)) {
        panning_ = true;
        lastPanPos_ = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void FloorPlanView::mouseMoveEvent(QMouseEvent* event) {
    if (panning_) {
        const QPoint now = event->position().toPoint();
        panBy(now - lastPanPos_);
        lastPanPos_ = now;
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void FloorPlanView::mouseReleaseEvent(QMouseEvent* event) {
    if (panning_ && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        panning_ = false;
        viewport()->setCursor(spaceHeld_ ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void FloorPlanView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_R && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        emit rotateRequested();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        spaceHeld_ = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void FloorPlanView::keyReleaseEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        spaceHeld_ = false;
        if (!panning_) viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

}  // namespace rw::gui
