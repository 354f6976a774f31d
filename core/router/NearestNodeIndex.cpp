#include "router/NearestNodeIndex.h"

#include <algorithm>
#include <cstdlib>
#include <tuple>

namespace rw {

NearestNodeIndex::NearestNodeIndex(const std::vector<Point3>& positions, const std::vector<std::uint32_t>& nodes)
    : positions_(&positions) {
    if (nodes.empty()) return;
    std::int64_t maxX = positions[nodes.front()].x, maxY = positions[nodes.front()].y;
    minX_ = maxX;
    minY_ = maxY;
    for (std::uint32_t n : nodes) {
        minX_ = std::min<std::int64_t>(minX_, positions[n].x), maxX = std::max<std::int64_t>(maxX, positions[n].x);
        minY_ = std::min<std::int64_t>(minY_, positions[n].y), maxY = std::max<std::int64_t>(maxY, positions[n].y);
    }
    columns_ = (maxX - minX_) / kCellMm + 1;
    rows_ = (maxY - minY_) / kCellMm + 1;
    const auto cellOf = [&](std::uint32_t n) {
        return static_cast<std::size_t>((positions[n].y - minY_) / kCellMm * columns_ + (positions[n].x - minX_) / kCellMm);
    };
    cellStart_.assign(static_cast<std::size_t>(columns_ * rows_) + 1, 0);
    for (std::uint32_t n : nodes) ++cellStart_[cellOf(n) + 1];
    for (std::size_t c = 1; c < cellStart_.size(); ++c) cellStart_[c] += cellStart_[c - 1];
    cells_.resize(nodes.size());
    std::vector<std::uint32_t> fill(cellStart_.begin(), cellStart_.end() - 1);
    for (std::uint32_t n : nodes) cells_[fill[cellOf(n)]++] = n;  // `nodes` ascending keeps each cell ascending
}

std::uint32_t NearestNodeIndex::nearest(Point2 p, std::uint32_t none) const {
    if (cells_.empty()) return none;
    const std::vector<Point3>& pos = *positions_;
    // The point's cell, clamped into the grid: distances to cells are measured from the point itself.
    const std::int64_t cx = std::clamp<std::int64_t>((p.x - minX_) / kCellMm - (p.x < minX_ ? 1 : 0), 0, columns_ - 1);
    const std::int64_t cy = std::clamp<std::int64_t>((p.y - minY_) / kCellMm - (p.y < minY_ ? 1 : 0), 0, rows_ - 1);
    std::uint32_t best = none;
    std::tuple<std::int64_t, std::int32_t, std::uint32_t> bestKey{};
    const auto visit = [&](std::int64_t x, std::int64_t y) {
        const auto c = static_cast<std::size_t>(y * columns_ + x);
        for (std::uint32_t i = cellStart_[c]; i < cellStart_[c + 1]; ++i) {
            const std::uint32_t n = cells_[i];
            const std::tuple<std::int64_t, std::int32_t, std::uint32_t> key{
                std::abs(std::int64_t{pos[n].x} - p.x) + std::abs(std::int64_t{pos[n].y} - p.y), pos[n].z, n};
            if (best == none || key < bestKey) best = n, bestKey = key;
        }
    };
    // Cells of ring r (Chebyshev distance r from the point's cell) lie at least (r - 1) cells
    // from the point along x or y, so once (r - 1) x cell > the best distance no ring can hold
    // a nearer node or an equally near one.
    const std::int64_t maxRing = std::max({cx, columns_ - 1 - cx, cy, rows_ - 1 - cy});
    for (std::int64_t r = 0; r <= maxRing; ++r) {
        if (best != none && (r - 1) * kCellMm > std::get<0>(bestKey)) break;
        for (std::int64_t x = cx - r; x <= cx + r; ++x) {
            if (x < 0 || x >= columns_) continue;
            const bool edgeColumn = x == cx - r || x == cx + r;
            for (std::int64_t y = cy - r; y <= cy + r; y += edgeColumn ? 1 : 2 * r) {
                if (y >= 0 && y < rows_) visit(x, y);
                if (r == 0) break;
            }
        }
    }
    return best;
}

}  // namespace rw
