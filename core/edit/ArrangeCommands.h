#pragma once
// Align and distribute racks by their footprints, as CAD tools do: each is one undo step.
// "Left" is west (smallest x), "top" is north (largest y: the model's y grows north).
#include <functional>
#include <vector>

#include "edit/Document.h"

namespace rw::cmd {

/// A rack's footprint on the floor after its rotation: x and y extents in mm.
struct FloorExtent {
    std::int32_t x = 0;
    std::int32_t y = 0;
};
using FootprintFn = std::function<FloorExtent(const Model&, const Rack&)>;

enum class Alignment { Left, Right, Top, Bottom, CentreX, CentreY };
enum class Axis { X, Y };

/// Moves the racks so their left/right/top/bottom edges line up with the outermost one, or their
/// centres with the middle of their bounding box (CentreX: on one vertical line, CentreY: one
/// horizontal line). Fewer than 2 racks: nothing to do.
void alignRacks(Document& doc, const std::vector<RackId>& ids, Alignment alignment, const FootprintFn& footprint);

/// Spaces the racks along `axis` with equal gaps between neighbouring footprints; the outermost two
/// stay where they are. Fewer than 3 racks: nothing to do.
void distributeRacks(Document& doc, const std::vector<RackId>& ids, Axis axis, const FootprintFn& footprint);

/// Turns each rack `quarterTurns` quarter turns about its centre, then, on each axis where its
/// footprint's corner lay on the `tileMm` floor grid before, moves it the least that puts the
/// turned footprint's corner back on the grid: a 600 x 1200 rack turned about its centre would
/// otherwise stand half a tile off on both axes. One undo step ("Rotate rack R1", "Rotate 3 racks").
void rotateRacksOnGrid(Document& doc, const std::vector<RackId>& ids, int quarterTurns, const FootprintFn& footprint,
                       std::int32_t tileMm);

}  // namespace rw::cmd
