#pragma once
// Mouse and keyboard of the 3D view turned into camera motion and clicks:
//   orbit: left drag;  pan: right or middle drag, or Shift + left drag;  zoom: wheel;
//   fly mode (F toggles): W/S forward and back, A/D sideways, Q/E down and up, left drag looks
//   around, wheel moves forward;  click (press and release without dragging): pick.
// An event filter on the view's render window, so it sees events before Qt 3D does.
#include <functional>
#include <optional>

#include <QObject>
#include <QPoint>

#include "CameraRig.h"

namespace rw::render {

class CameraInput final : public QObject {
    Q_OBJECT
public:
    /// `rig` must outlive this object. `cameraMoved` runs after every change of the rig, `clicked`
    /// on a click with the position in the window and the keyboard modifiers.
    CameraInput(CameraRig& rig, std::function<void()> cameraMoved,
                std::function<void(QPoint, Qt::KeyboardModifiers)> clicked, QObject* parent = nullptr);

    void setFlyMode(bool on) noexcept { fly_ = on; }
    [[nodiscard]] bool flyMode() const noexcept { return fly_; }
    /// How far one fly key press moves and what one pixel of panning is worth at the target,
    /// from the scene's size and the camera's field of view.
    void setScale(float sceneRadius, float verticalFovDegrees) noexcept;
    /// The scene point under a window position, which the wheel zooms towards; none (or no
    /// function) zooms towards the orbit target.
    void setPointUnder(std::function<std::optional<QVector3D>(QPoint)> pointUnder) { pointUnder_ = std::move(pointUnder); }

    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void flyModeToggled(bool on);

private:
    bool keyPressed(int key);

    CameraRig& rig_;
    std::function<void()> cameraMoved_;
    std::function<void(QPoint, Qt::KeyboardModifiers)> clicked_;
    std::function<std::optional<QVector3D>(QPoint)> pointUnder_;
    bool fly_ = false;
    float flyStep_ = 1.0f;
    float fovDegrees_ = 45.0f;
    QPoint pressedAt_;
    QPoint lastPos_;
    Qt::MouseButton button_ = Qt::NoButton;
    bool dragged_ = false;
};

}  // namespace rw::render
