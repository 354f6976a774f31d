#pragma once
// One base mesh drawn N times in ONE draw call: the mesh's vertex and index buffers plus a
// per-instance buffer (divisor 1) of centre, size and colour. Never one Qt 3D entity per object:
// at tens of thousands of racks that costs seconds and gigabytes.
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
    void setInstances(const std::vector<Instance>& instances);
    [[nodiscard]] int instanceCount() const noexcept { return instanceCount_; }

private:
    void upload(const std::vector<Instance>& instances);
    Qt3DCore::QAttribute* makeInstanceAttribute(const char* name, int floatOffset);

    Qt3DCore::QGeometry* geometry_ = nullptr;
    Qt3DCore::QBuffer* instanceBuffer_ = nullptr;
    Qt3DCore::QBuffer* boundsBuffer_ = nullptr;
    Qt3DRender::QGeometryRenderer* renderer_ = nullptr;
    Bounds meshBounds_;
    int instanceCount_ = 0;
};

}  // namespace rw::render
