#include "InstancedMeshEntity.h"

#include <algorithm>
#include <utility>

#include <QByteArray>
#include <Qt3DCore/QAttribute>
#include <Qt3DCore/QBuffer>
#include <Qt3DCore/QGeometry>
#include <Qt3DRender/QGeometryRenderer>
#include <Qt3DRender/QMaterial>

namespace rw::render {
namespace {

using Qt3DCore::QAttribute;

template <class T>
QByteArray bytesOf(const std::vector<T>& values) {
    return QByteArray(reinterpret_cast<const char*>(values.data()), qsizetype(values.size() * sizeof(T)));
}

QAttribute* makeVertexAttribute(Qt3DCore::QBuffer* buffer, const QString& name, uint count) {
    auto* attribute = new QAttribute(buffer, name, QAttribute::Float, 3, count);
    attribute->setAttributeType(QAttribute::VertexAttribute);
    return attribute;
}

}  // namespace

InstancedMeshEntity::InstancedMeshEntity(const Mesh& mesh, Qt3DRender::QMaterial* material, Qt3DCore::QNode* parent)
    : Qt3DCore::QEntity(parent), meshBounds_(meshBounds(mesh)) {
    geometry_ = new Qt3DCore::QGeometry(this);

    auto* positions = new Qt3DCore::QBuffer(geometry_);
    positions->setData(bytesOf(mesh.positions));
    geometry_->addAttribute(
        makeVertexAttribute(positions, QAttribute::defaultPositionAttributeName(), uint(mesh.positions.size())));
    auto* normals = new Qt3DCore::QBuffer(geometry_);
    normals->setData(bytesOf(mesh.normals));
    geometry_->addAttribute(
        makeVertexAttribute(normals, QAttribute::defaultNormalAttributeName(), uint(mesh.normals.size())));

    auto* indices = new Qt3DCore::QBuffer(geometry_);
    indices->setData(bytesOf(mesh.indices));
    auto* indexAttribute = new QAttribute(indices, QAttribute::UnsignedInt, 1, uint(mesh.indices.size()));
    indexAttribute->setAttributeType(QAttribute::IndexAttribute);
    geometry_->addAttribute(indexAttribute);

    instanceBuffer_ = new Qt3DCore::QBuffer(geometry_);
    geometry_->addAttribute(makeInstanceAttribute("instanceCenter", 0, 3));
    geometry_->addAttribute(makeInstanceAttribute("instanceSize", 3, 3));
    geometry_->addAttribute(makeInstanceAttribute("instanceColor", 6, 3));
    geometry_->addAttribute(makeInstanceAttribute("instanceTurns", 9, 1));

    // Qt 3D bounds a geometry by its base mesh only; this attribute holds two corners spanning
    // every instance so the batch is neither culled nor mis-framed.
    boundsBuffer_ = new Qt3DCore::QBuffer(geometry_);
    auto* boundsAttribute = makeVertexAttribute(boundsBuffer_, QStringLiteral("rwInstanceBounds"), 2);
    geometry_->addAttribute(boundsAttribute);
    geometry_->setBoundingVolumePositionAttribute(boundsAttribute);

    renderer_ = new Qt3DRender::QGeometryRenderer(this);
    renderer_->setGeometry(geometry_);
    renderer_->setPrimitiveType(Qt3DRender::QGeometryRenderer::Triangles);
    renderer_->setVertexCount(int(mesh.indices.size()));
    addComponent(renderer_);
    addComponent(material);
    setInstances({});
}

QAttribute* InstancedMeshEntity::makeInstanceAttribute(const char* name, int floatOffset, uint components) {
    auto* attribute = new QAttribute(instanceBuffer_, QString::fromLatin1(name), QAttribute::Float, components, 0,
                                     uint(floatOffset * sizeof(float)), sizeof(Instance));
    attribute->setAttributeType(QAttribute::VertexAttribute);
    attribute->setDivisor(1);
    return attribute;
}

void InstancedMeshEntity::setInstances(std::vector<Instance> instances) {
    instances_ = std::move(instances);
    if (instances_.empty()) {
        // Qt 3D cannot draw zero instances, and it uploads even a disabled entity's buffers
        // (warning about empty ones): keep whatever data is there and skip the entity.
        if (instanceBuffer_->data().isEmpty()) {
            instances_.push_back(Instance{});
            uploadAll();
            instances_.clear();
        }
        setEnabled(false);
        return;
    }
    uploadAll();
    setEnabled(true);
}

void InstancedMeshEntity::updateInstance(std::size_t index, const Instance& instance) {
    if (index >= instances_.size()) return;
    instances_[index] = instance;
    const QByteArray bytes(reinterpret_cast<const char*>(&instance), sizeof(Instance));
    instanceBuffer_->updateData(int(index * sizeof(Instance)), bytes);
    uploadedBytes_ += sizeof(Instance);
    uploadBounds();
}

void InstancedMeshEntity::setColours(const std::vector<QVector3D>& colours) {
    const std::size_t n = std::min(colours.size(), instances_.size());
    bool changed = false;
    for (std::size_t i = 0; i < n; ++i)
        if (instances_[i].color != colours[i]) {
            instances_[i].color = colours[i];
            changed = true;
        }
    // Colours are interleaved with positions, so the buffer is sent whole; the mesh, the
    // bounds and the instance count stay as they are.
    if (changed && !instances_.empty()) {
        instanceBuffer_->setData(bytesOf(instances_));
        uploadedBytes_ += instances_.size() * sizeof(Instance);
    }
}

void InstancedMeshEntity::uploadAll() {
    const uint count = uint(instances_.size());
    for (auto* attribute : geometry_->attributes())
        if (attribute->buffer() == instanceBuffer_) attribute->setCount(count);
    instanceBuffer_->setData(bytesOf(instances_));
    uploadedBytes_ += instances_.size() * sizeof(Instance);
    uploadBounds();
    renderer_->setInstanceCount(int(count));
}

void InstancedMeshEntity::uploadBounds() {
    const Bounds bounds = instanceBounds(meshBounds_, instances_);
    boundsBuffer_->setData(bytesOf(std::vector<QVector3D>{bounds.min, bounds.max}));
}

}  // namespace rw::render
