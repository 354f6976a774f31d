#include "CameraFraming.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace rw::render {
namespace {

std::array<QVector3D, 8> corners(const Bounds& b) {
    std::array<QVector3D, 8> out;
    for (int i = 0; i < 8; ++i)
        out[i] = QVector3D(i & 1 ? b.max.x() : b.min.x(), i & 2 ? b.max.y() : b.min.y(), i & 4 ? b.max.z() : b.min.z());
    return out;
}

}  // namespace

CameraPose frameBounds(const Bounds& bounds, float verticalFovDegrees, float aspect) noexcept {
    Bounds box = bounds;
    if (box.empty() || box.radius() < 1.0f) {
        box = Bounds{};
        box.add(bounds.empty() ? QVector3D() : bounds.center());
        box.min -= QVector3D(10, 0, 10);
        box.max += QVector3D(10, 0, 10);
    }
    const QVector3D center = box.center();

    // Scene z points to the model's south (-y); look from there, raised, slightly from the west.
    const QVector3D back = QVector3D(-0.35f, 0.85f, 1.0f).normalized();  // from the centre towards the camera
    const QVector3D right = QVector3D::crossProduct(QVector3D(0, 1, 0), back).normalized();
    const QVector3D up = QVector3D::crossProduct(back, right);

    // The closest distance at which every corner of the box is inside the view frustum.
    const float tanV = std::tan(verticalFovDegrees * float(M_PI) / 360.0f);
    const float tanH = tanV * std::max(aspect, 0.1f);
    float distance = 0.0f;
    for (const QVector3D& corner : corners(box)) {
        const QVector3D p = corner - center;
        const float towardsCamera = QVector3D::dotProduct(p, back);
        distance = std::max({distance, towardsCamera + std::abs(QVector3D::dotProduct(p, right)) / tanH,
                             towardsCamera + std::abs(QVector3D::dotProduct(p, up)) / tanV});
    }
    distance *= 1.05f;  // a small margin around the scene

    CameraPose pose;
    pose.viewCenter = center;
    pose.position = center + back * distance;
    // Near stays small so zooming in does not clip; far leaves room to zoom out.
    const float radius = box.radius();
    pose.nearPlane = std::max(0.05f, radius * 0.001f);
    pose.farPlane = distance + radius * 6.0f;
    return pose;
}

}  // namespace rw::render
