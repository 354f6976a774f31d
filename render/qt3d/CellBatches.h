#pragma once
// One kind of object (racks, device faceplates, trays, bundles) split into square floor cells,
// each cell its own instanced draw, with a level of detail chosen per cell from the camera's
// distance. At Colossus scale one batch per kind spans the whole hall, so Qt 3D's frustum culling
// can never drop any of it and a software rasteriser pays for 35,000 faceplates a pixel wide;
// per-cell batches are culled when out of view, and far cells draw a simpler mesh or nothing.
//
// The interface mirrors InstancedMeshEntity (instances in one flat list, updated in place by
// index) so the view keeps its own bookkeeping by index.
#include <cstddef>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

#include "../SceneTypes.h"
#include "CellLevels.h"

namespace Qt3DCore {
class QNode;
}
namespace Qt3DRender {
class QMaterial;
}

namespace rw::render {

class InstancedMeshEntity;

class CellBatches final {
public:
    /// What a far cell draws, from its instances (null: the same instances, with the far mesh).
    using FarList = std::function<std::vector<Instance>(const std::vector<Instance>&)>;

    /// `nearMesh` is drawn in cells within `levels.nearDistance` of the eye, `farMesh` (may be
    /// empty: nothing) beyond it. `material` and `parent` must outlive this object.
    CellBatches(const Mesh& nearMesh, const Mesh& farMesh, CellLevels levels, Qt3DRender::QMaterial* material,
                Qt3DCore::QNode* parent, FarList farList = {});
    ~CellBatches();
    CellBatches(const CellBatches&) = delete;
    CellBatches& operator=(const CellBatches&) = delete;

    void setInstances(std::vector<Instance> instances);
    /// Rewrites instance `index` in place; a move into another cell re-sorts the cells.
    void updateInstance(std::size_t index, const Instance& instance);
    /// One colour per instance, in order.
    void setColours(const std::vector<QVector3D>& colours);
    /// Hides every cell (the tray toggle) or shows them again at their level of detail.
    void setShown(bool shown);
    [[nodiscard]] bool shown() const noexcept { return shown_; }
    /// Picks each cell's level of detail for an eye at `eye` (scene units).
    void viewFrom(const QVector3D& eye);

    [[nodiscard]] const std::vector<Instance>& instances() const noexcept { return all_; }
    [[nodiscard]] int instanceCount() const noexcept { return int(all_.size()); }
    /// Instanced draws issued now (cells shown, at either level) and the instances they hold.
    [[nodiscard]] int drawnBatches() const noexcept;
    [[nodiscard]] int drawnInstances() const noexcept;
    [[nodiscard]] int cellCount() const noexcept { return int(cells_.size()); }

private:
    struct Cell;
    void applyLevels();
    void refreshFar(Cell& cell);

    Mesh nearMesh_, farMesh_;
    CellLevels levels_;
    FarList farList_;
    Qt3DRender::QMaterial* material_;
    Qt3DCore::QNode* parent_;
    std::vector<std::unique_ptr<Cell>> cells_;  // kept when emptied, reused by the next setInstances
    std::vector<Instance> all_;
    std::vector<CellSlot> slots_;  // slots_[i]: where all_[i] is drawn
    QVector3D eye_{0.0f, 1e6f, 0.0f};
    bool shown_ = true;
};

}  // namespace rw::render
