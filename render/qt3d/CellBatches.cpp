#include "CellBatches.h"

#include <algorithm>
#include <utility>

#include "InstancedMeshEntity.h"

namespace rw::render {

struct CellBatches::Cell {
    InstancedMeshEntity* near = nullptr;  // owned by the Qt 3D parent; deleted with the cell
    InstancedMeshEntity* far = nullptr;   // null when far cells draw nothing
    Bounds bounds;
    bool nearLevel = true;

    ~Cell() {
        delete near;
        delete far;
    }
    [[nodiscard]] std::size_t size() const noexcept { return std::size_t(near->instanceCount()); }
};

CellBatches::CellBatches(const Mesh& nearMesh, const Mesh& farMesh, CellLevels levels, Qt3DRender::QMaterial* material,
                         Qt3DCore::QNode* parent, FarList farList)
    : nearMesh_(nearMesh), farMesh_(farMesh), levels_(levels), farList_(std::move(farList)), material_(material),
      parent_(parent) {}

void CellBatches::refreshFar(Cell& cell) {
    if (!cell.far) return;
    cell.far->setInstances(farList_ ? farList_(cell.near->instances()) : cell.near->instances());
}

CellBatches::~CellBatches() = default;

void CellBatches::setInstances(std::vector<Instance> instances) {
    all_ = std::move(instances);
    CellSplit split = splitIntoCells(all_, levels_.cellSize);
    slots_ = std::move(split.where);
    while (cells_.size() < split.cells.size()) {
        auto cell = std::make_unique<Cell>();
        cell->near = new InstancedMeshEntity(nearMesh_, material_, parent_);
        if (!farMesh_.empty()) cell->far = new InstancedMeshEntity(farMesh_, material_, parent_);
        cells_.push_back(std::move(cell));
    }
    const Bounds meshBox = meshBounds(nearMesh_);
    for (std::size_t c = 0; c < cells_.size(); ++c) {
        std::vector<Instance> list = c < split.cells.size() ? std::move(split.cells[c]) : std::vector<Instance>{};
        Cell& cell = *cells_[c];
        cell.bounds = instanceBounds(meshBox, list);
        cell.near->setInstances(std::move(list));
        refreshFar(cell);
    }
    applyLevels();
}

void CellBatches::updateInstance(std::size_t index, const Instance& instance) {
    if (index >= all_.size()) return;
    if (cellKey(instance.center, levels_.cellSize) != cellKey(all_[index].center, levels_.cellSize)) {
        std::vector<Instance> moved = all_;
        moved[index] = instance;
        setInstances(std::move(moved));
        return;
    }
    all_[index] = instance;
    const CellSlot slot = slots_[index];
    Cell& cell = *cells_[slot.cell];
    cell.near->updateInstance(slot.index, instance);
    if (farList_)
        refreshFar(cell);
    else if (cell.far)
        cell.far->updateInstance(slot.index, instance);
    cell.bounds.add(instanceBounds(meshBounds(nearMesh_), {instance}));
    applyLevels();
}

void CellBatches::setColours(const std::vector<QVector3D>& colours) {
    std::vector<std::vector<QVector3D>> perCell(cells_.size());
    for (std::size_t c = 0; c < cells_.size(); ++c) perCell[c].resize(cells_[c]->size());
    const std::size_t n = std::min(colours.size(), all_.size());
    for (std::size_t i = 0; i < n; ++i) {
        all_[i].color = colours[i];
        perCell[slots_[i].cell][slots_[i].index] = colours[i];
    }
    for (std::size_t c = 0; c < cells_.size(); ++c) {
        if (perCell[c].empty()) continue;
        cells_[c]->near->setColours(perCell[c]);
        if (farList_)
            refreshFar(*cells_[c]);
        else if (cells_[c]->far)
            cells_[c]->far->setColours(perCell[c]);
    }
}

void CellBatches::setShown(bool shown) {
    shown_ = shown;
    applyLevels();
}

void CellBatches::viewFrom(const QVector3D& eye) {
    eye_ = eye;
    applyLevels();
}

void CellBatches::applyLevels() {
    for (const auto& cell : cells_) {
        const bool any = shown_ && cell->size() > 0;
        cell->nearLevel = distanceTo(cell->bounds, eye_) <= levels_.nearDistance;
        cell->near->setEnabled(any && cell->nearLevel);
        if (cell->far) cell->far->setEnabled(any && !cell->nearLevel);
    }
}

int CellBatches::drawnBatches() const noexcept {
    int n = 0;
    for (const auto& cell : cells_) n += int(cell->near->isEnabled()) + int(cell->far && cell->far->isEnabled());
    return n;
}

int CellBatches::drawnInstances() const noexcept {
    int n = 0;
    for (const auto& cell : cells_)
        if (cell->near->isEnabled() || (cell->far && cell->far->isEnabled())) n += int(cell->size());
    return n;
}

}  // namespace rw::render
