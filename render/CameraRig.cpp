#include "CameraRig.h"

#include <algorithm>
#include <cmath>

#include <QQuaternion>

namespace rw::render {
namespace {

const QVector3D kUp(0, 1, 0);
constexpr float kMaxElevationDegrees = 85.0f;

float elevationDegrees(const QVector3D& direction) noexcept {
    const float horizontal = std::hypot(direction.x(), direction.z());
    return float(std::atan2(direction.y(), horizontal) * 180.0 / M_PI);
}

}  // namespace

void CameraRig::setPose(const QVector3D& eye, const QVector3D& target) noexcept {
    eye_ = eye;
    target_ = (target - eye).lengthSquared() > 1e-8f ? target : eye + QVector3D(0, 0, -1);
}

QVector3D CameraRig::forward() const noexcept { return (target_ - eye_).normalized(); }

QVector3D CameraRig::right() const noexcept {
    const QVector3D r = QVector3D::crossProduct(forward(), kUp);
    return r.lengthSquared() > 1e-8f ? r.normalized() : QVector3D(1, 0, 0);
}

QVector3D CameraRig::up() const noexcept { return QVector3D::crossProduct(right(), forward()).normalized(); }

QVector3D CameraRig::turnedOffset(const QVector3D& offset, float yawDegrees, float pitchDegrees) noexcept {
    const float elevation = elevationDegrees(offset);
    pitchDegrees = std::clamp(elevation + pitchDegrees, -kMaxElevationDegrees, kMaxElevationDegrees) - elevation;
    QVector3D axis = QVector3D::crossProduct(offset, kUp);
    axis = axis.lengthSquared() > 1e-8f ? axis.normalized() : QVector3D(1, 0, 0);
    const QQuaternion turn = QQuaternion::fromAxisAndAngle(kUp, yawDegrees) *
                             QQuaternion::fromAxisAndAngle(axis, -pitchDegrees);
    return turn.rotatedVector(offset);
}

void CameraRig::orbit(float yawDegrees, float pitchDegrees) noexcept {
    eye_ = target_ + turnedOffset(eye_ - target_, yawDegrees, pitchDegrees);
}

void CameraRig::pan(float rightAmount, float upAmount) noexcept {
    const QVector3D shift = right() * rightAmount + up() * upAmount;
    eye_ += shift;
    target_ += shift;
}

void CameraRig::zoom(float steps, float minDistance) noexcept {
    const QVector3D offset = eye_ - target_;
    const float length = offset.length();
    const float wanted = std::max(minDistance, length * std::pow(0.85f, steps));
    eye_ = target_ + offset * (wanted / std::max(length, 1e-6f));
}

void CameraRig::zoomTowards(const QVector3D& point, float steps, float minDistance) noexcept {
    const float length = distance();
    const float wanted = std::max(minDistance, length * std::pow(0.85f, steps));
    const float scale = wanted / std::max(length, 1e-6f);
    eye_ = point + (eye_ - point) * scale;
    target_ = point + (target_ - point) * scale;
}

void CameraRig::look(float yawDegrees, float pitchDegrees) noexcept {
    target_ = eye_ + turnedOffset(target_ - eye_, yawDegrees, pitchDegrees);
}

void CameraRig::fly(float forwardAmount, float rightAmount, float upAmount) noexcept {
    QVector3D level = forward();
    level.setY(0);
    level = level.lengthSquared() > 1e-8f ? level.normalized() : up();
    const QVector3D shift = level * forwardAmount + right() * rightAmount + kUp * upAmount;
    eye_ += shift;
    target_ += shift;
}

}  // namespace rw::render
