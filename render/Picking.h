#pragma once
// Picking racks and devices under the mouse on the CPU: Qt 3D 6.4 does not pick instances, so the
// view casts the mouse ray through the camera into the project's own spatial index (a BVH over
// the rack and device boxes, model/SpatialIndex.h).
#include <optional>

#include <QMatrix4x4>
#include <QPointF>
#include <QSizeF>

#include "SceneTypes.h"
#include "model/Model.h"
#include "model/SpatialIndex.h"

namespace rw::render {

struct HallScene;

/// The ray in model millimetres through `pixel` of a `viewport`-sized view (origin top left),
/// for a camera with `projection * view` = `viewProjection` in scene units.
[[nodiscard]] Ray3d pickRay(const QMatrix4x4& viewProjection, QPointF pixel, QSizeF viewport);

/// Where `ray` (model millimetres) meets the finished floor (z = 0), in scene units; none when it
/// points level or up.
[[nodiscard]] std::optional<QVector3D> floorPoint(const Ray3d& ray) noexcept;

struct PickResult {
    RackId rack;      // invalid: nothing was hit
    DeviceId device;  // valid when the ray met a device's faceplate before anything else
    double t = -1.0;  // where along the ray it was met (negative: nothing)
};

/// The point of `ray` at `t`, in scene units.
[[nodiscard]] QVector3D scenePointOf(const Ray3d& ray, double t) noexcept;

class HallPicker final {
public:
    /// Indexes every rack and device box of `scene`, built from `model`.
    void rebuild(const HallScene& scene, const Model& model);
    [[nodiscard]] PickResult pick(const Ray3d& ray) const noexcept;

private:
    BoxIndex racks_;
    BoxIndex devices_;
    std::vector<RackId> rackOfDevice_;  // by DeviceId::value
};

}  // namespace rw::render
