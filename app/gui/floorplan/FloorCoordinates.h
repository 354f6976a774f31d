#pragma once
// The floor plan draws model millimetres 1:1 as scene units with y flipped: the model's y grows
// north (up on screen), Qt's scene y grows down. Only these two functions know that.
#include <cmath>

#include <QPointF>

#include "model/Geometry.h"

namespace rw::gui {

[[nodiscard]] inline QPointF toScene(Point2 p) noexcept { return QPointF(p.x, -p.y); }
[[nodiscard]] inline Point2 toModel(QPointF p) noexcept {
    return Point2{std::int32_t(std::lround(p.x())), std::int32_t(std::lround(-p.y()))};
}

/// Edge of one raised-floor tile: positions snap to this grid.
inline constexpr std::int32_t kFloorTileMm = 600;

}  // namespace rw::gui
