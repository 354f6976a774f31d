#pragma once
// One base mesh drawn N times in ONE draw call: the mesh's vertex and index buffers plus a
// per-instance buffer (divisor 1) of centre, size, colour and quarter turns. Never one Qt 3D
// entity per object: at tens of thousands of racks that costs seconds and gigabytes.
//
// The entity keeps a copy of its instances, so a few of them (a moved rack, new colours) can be
// rewritten in place: only the changed bytes of the instance buffer are sent again, the mesh and
// the other instances stay as they are.
#include <cstddef>
#include <vector>

#include <Qt3DCore/QEntity>

#include "../SceneTypes.h"

namespace Qt3DCore {
class QAttribute;
class QBuffer;
class QGeometry;
}  // namespace Qt3DCore
namespace Qt3DRender {
class QGeometryRenderer;
class QMaterial;
}  // namespace Qt3DRender

namespace rw::render {

class InstancedMeshEntity final : public Qt3DCore::QEntity {
    Q_OBJECT
public:
    /// `material` is shared between batches and must outlive this entity.
    InstancedMeshEntity(const Mesh& mesh, Qt3DRender::QMaterial* material, Qt3DCore::QNode* parent = nullptr);

    /// Replaces every instance. With none the entity is disabled: nothing is drawn.
    void setInstances(std::vector<Instance> instances);
    /// Rewrites instance `index` in place (same count); only its bytes are uploaded again.
    void updateInstance(std::size_t index, const Instance& instance);
    /// Sets every instance's colour (one per instance, in order) without touching the rest.
    void setColours(const std::vector<QVector3D>& colours);

    [[nodiscard]] int instanceCount() const noexcept { return int(instances_.size()); }
    [[nodiscard]] const std::vector<Instance>& instances() const noexcept { return instances_; }
    /// Bytes sent to the instance buffer since construction: tests use it to tell a partial
    /// update from a full one.
    [[nodiscard]] std::size_t uploadedBytes() const noexcept { return uploadedBytes_; }

private:
    void uploadAll();
    void uploadBounds();
    Qt3DCore::QAttribute* makeInstanceAttribute(const char* name, int floatOffset, uint components);

    Qt3DCore::QGeometry* geometry_ = nullptr;
    Qt3DCore::QBuffer* instanceBuffer_ = nullptr;
    Qt3DCore::QBuffer* boundsBuffer_ = nullptr;
    Qt3DRender::QGeometryRenderer* renderer_ = nullptr;
    Bounds meshBounds_;
    std::vector<Instance> instances_;
    std::size_t uploadedBytes_ = 0;
};

}  // namespace rw::render
