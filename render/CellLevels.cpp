#include "CellLevels.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace rw::render {

std::int64_t cellKey(const QVector3D& center, float cellSize) noexcept {
    const auto cx = std::int64_t(std::floor(center.x() / cellSize));
    const auto cz = std::int64_t(std::floor(center.z() / cellSize));
    return (cx << 32) ^ (cz & 0xffffffff);
}

CellSplit splitIntoCells(const std::vector<Instance>& instances, float cellSize) {
    CellSplit split;
    split.where.reserve(instances.size());
    std::unordered_map<std::int64_t, std::uint32_t> cellOfKey;
    for (const Instance& inst : instances) {
        const auto [it, added] = cellOfKey.emplace(cellKey(inst.center, cellSize), std::uint32_t(split.cells.size()));
        if (added) split.cells.emplace_back();
        auto& cell = split.cells[it->second];
        split.where.push_back(CellSlot{it->second, std::uint32_t(cell.size())});
        cell.push_back(inst);
    }
    return split;
}

float distanceTo(const Bounds& b, const QVector3D& eye) noexcept {
    if (b.empty()) return std::numeric_limits<float>::infinity();
    const auto gap = [](float v, float lo, float hi) { return v < lo ? lo - v : (v > hi ? v - hi : 0.0f); };
    const QVector3D d(gap(eye.x(), b.min.x(), b.max.x()), gap(eye.y(), b.min.y(), b.max.y()),
                      gap(eye.z(), b.min.z(), b.max.z()));
    return d.length();
}

}  // namespace rw::render
