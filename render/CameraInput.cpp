#include "CameraInput.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>
#include <QWindow>

namespace rw::render {
namespace {

constexpr float kDegreesPerPixel = 0.3f;
constexpr int kClickSlopPixels = 4;

}  // namespace

CameraInput::CameraInput(CameraRig& rig, std::function<void()> cameraMoved,
                         std::function<void(QPoint, Qt::KeyboardModifiers)> clicked, QObject* parent)
    : QObject(parent), rig_(rig), cameraMoved_(std::move(cameraMoved)), clicked_(std::move(clicked)) {}

void CameraInput::setScale(float sceneRadius, float verticalFovDegrees) noexcept {
    flyStep_ = std::max(0.3f, sceneRadius * 0.01f);
    fovDegrees_ = verticalFovDegrees;
}

bool CameraInput::eventFilter(QObject* watched, QEvent* event) {
    auto* window = qobject_cast<QWindow*>(watched);
    switch (event->type()) {
        case QEvent::MouseButtonPress: {
            const auto* e = static_cast<QMouseEvent*>(event);
            pressedAt_ = lastPos_ = e->position().toPoint();
            button_ = e->button();
            dragged_ = false;
            return true;
        }
        case QEvent::MouseMove: {
            const auto* e = static_cast<QMouseEvent*>(event);
            if (button_ == Qt::NoButton) return false;
            const QPoint pos = e->position().toPoint();
            if ((pos - pressedAt_).manhattanLength() > kClickSlopPixels) dragged_ = true;
            const QPoint delta = pos - lastPos_;
            lastPos_ = pos;
            if (!dragged_) return true;
            const bool pan = button_ == Qt::RightButton || button_ == Qt::MiddleButton ||
                             (e->modifiers() & Qt::ShiftModifier);
            if (fly_ && !pan) {
                rig_.look(-delta.x() * kDegreesPerPixel * 0.5f, -delta.y() * kDegreesPerPixel * 0.5f);
            } else if (pan) {
                // One pixel at the target's distance: the view's height there over its pixel height.
                const float height = window ? float(std::max(1, window->height())) : 600.0f;
                const float perPixel =
                    2.0f * rig_.distance() * float(std::tan(fovDegrees_ * M_PI / 360.0)) / height;
                rig_.pan(-delta.x() * perPixel, delta.y() * perPixel);
            } else {
                rig_.orbit(-delta.x() * kDegreesPerPixel, delta.y() * kDegreesPerPixel);
            }
            cameraMoved_();
            return true;
        }
        case QEvent::MouseButtonRelease: {
            const auto* e = static_cast<QMouseEvent*>(event);
            if (e->button() == Qt::LeftButton && button_ == Qt::LeftButton && !dragged_)
                clicked_(e->position().toPoint(), e->modifiers());
            button_ = Qt::NoButton;
            return true;
        }
        case QEvent::Wheel: {
            const auto* e = static_cast<QWheelEvent*>(event);
            const float steps = float(e->angleDelta().y()) / 120.0f;
            if (fly_)
                rig_.fly(steps * flyStep_ * 2.0f, 0, 0);
            else if (const auto point = pointUnder_ ? pointUnder_(e->position().toPoint()) : std::nullopt)
                rig_.zoomTowards(*point, steps);
            else
                rig_.zoom(steps);
            cameraMoved_();
            return true;
        }
        case QEvent::KeyPress:
            return keyPressed(static_cast<QKeyEvent*>(event)->key());
        default: break;
    }
    return false;
}

bool CameraInput::keyPressed(int key) {
    if (key == Qt::Key_F) {
        fly_ = !fly_;
        emit flyModeToggled(fly_);
        return true;
    }
    if (!fly_) return false;
    float forward = 0, right = 0, up = 0;
    switch (key) {
        case Qt::Key_W: forward = flyStep_; break;
        case Qt::Key_S: forward = -flyStep_; break;
        case Qt::Key_D: right = flyStep_; break;
        case Qt::Key_A: right = -flyStep_; break;
        case Qt::Key_E: up = flyStep_; break;
        case Qt::Key_Q: up = -flyStep_; break;
        default: return false;
    }
    rig_.fly(forward, right, up);
    cameraMoved_();
    return true;
}

}  // namespace rw::render
