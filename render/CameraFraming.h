#pragma once
// Where to put the camera so a whole scene is in view. Plain math, no Qt 3D.
#include "SceneTypes.h"

namespace rw::render {

struct CameraPose {
    QVector3D position;
    QVector3D viewCenter;
    QVector3D up{0.0f, 1.0f, 0.0f};
    float nearPlane = 0.1f;
    float farPlane = 1000.0f;
};

/// A raised three-quarter view from the hall's south-west (model -x, -y), as close as it can be
/// with every corner of `bounds` inside a perspective view of `verticalFovDegrees` and `aspect`
/// (width / height). Empty or tiny bounds give a view of a 20 m area around them.
[[nodiscard]] CameraPose frameBounds(const Bounds& bounds, float verticalFovDegrees, float aspect) noexcept;

}  // namespace rw::render
