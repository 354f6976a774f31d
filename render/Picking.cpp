#include "Picking.h"

#include "HallScene.h"

namespace rw::render {

Ray3d pickRay(const QMatrix4x4& viewProjection, QPointF pixel, QSizeF viewport) {
    const float x = float(2.0 * pixel.x() / std::max(1.0, viewport.width()) - 1.0);
    const float y = float(1.0 - 2.0 * pixel.y() / std::max(1.0, viewport.height()));
    const QMatrix4x4 inverse = viewProjection.inverted();
    const QVector3D nearPoint = toModelMm(inverse.map(QVector3D(x, y, -1.0f)));
    const QVector3D farPoint = toModelMm(inverse.map(QVector3D(x, y, 1.0f)));
    const QVector3D direction = farPoint - nearPoint;
    return Ray3d{{nearPoint.x(), nearPoint.y(), nearPoint.z()}, {direction.x(), direction.y(), direction.z()}};
}

QVector3D scenePointOf(const Ray3d& ray, double t) noexcept {
    return toScene(ray.origin.x + ray.direction.x * t, ray.origin.y + ray.direction.y * t,
                   ray.origin.z + ray.direction.z * t);
}

std::optional<QVector3D> floorPoint(const Ray3d& ray) noexcept {
    if (ray.direction.z >= 0.0 || ray.origin.z <= 0.0) return std::nullopt;
    return scenePointOf(ray, -ray.origin.z / ray.direction.z);
}

void HallPicker::rebuild(const HallScene& scene, const Model& model) {
    std::vector<BoxIndex::Entry> racks;
    racks.reserve(scene.racks.size());
    for (std::size_t i = 0; i < scene.racks.size(); ++i) racks.push_back({modelBox(scene.racks[i]), scene.rackIds[i].value});
    racks_ = BoxIndex(std::move(racks));

    std::vector<BoxIndex::Entry> devices;
    rackOfDevice_.assign(model.devices().capacity(), RackId{});
    for (const DeviceBatch& batch : scene.devices)
        for (std::size_t i = 0; i < batch.instances.size(); ++i) {
            const DeviceId id = batch.devices[i];
            devices.push_back({modelBox(batch.instances[i]), id.value});
            if (const Device* device = model.devices().find(id)) rackOfDevice_[id.value] = device->rack;
        }
    devices_ = BoxIndex(std::move(devices));
}

PickResult HallPicker::pick(const Ray3d& ray) const noexcept {
    PickResult result;
    const auto rack = racks_.firstHit(ray);
    const auto device = devices_.firstHit(ray);
    if (device && (!rack || device->t <= rack->t)) {
        result.device = DeviceId(device->key);
        result.rack = device->key < rackOfDevice_.size() ? rackOfDevice_[device->key] : RackId{};
        result.t = device->t;
        if (result.rack.valid()) return result;
    }
    if (rack) {
        result.rack = RackId(rack->key);
        result.t = rack->t;
    }
    return result;
}

}  // namespace rw::render
