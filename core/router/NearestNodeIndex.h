#pragma once
// The tray node nearest a point in plan (Manhattan distance), for a rack's drop into the trays.
// A scan of every node per rack made opening the routing world quadratic (7 % of routing a
// 300,000-GPU hall); this buckets the nodes in a uniform grid and searches rings of cells
// outwards. The answer is exactly the scan's: least distance, then lowest z, then lowest id.
#include <cstdint>
#include <vector>

#include "model/Geometry.h"

namespace rw {

class NearestNodeIndex final {
public:
    /// `nodes` are ids into `positions`; build once, then query.
    NearestNodeIndex(const std::vector<Point3>& positions, const std::vector<std::uint32_t>& nodes);
    /// The nearest node, or `none` when there are no nodes.
    [[nodiscard]] std::uint32_t nearest(Point2 p, std::uint32_t none) const;

private:
    static constexpr std::int64_t kCellMm = 2000;
    const std::vector<Point3>* positions_;
    std::int64_t minX_ = 0, minY_ = 0;
    std::int64_t columns_ = 0, rows_ = 0;
    std::vector<std::uint32_t> cellStart_;  // cells_ of cell c: [cellStart_[c], cellStart_[c + 1])
    std::vector<std::uint32_t> cells_;      // node ids, ascending within a cell
};

}  // namespace rw
