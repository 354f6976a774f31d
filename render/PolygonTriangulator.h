#pragma once
// Splits a simple polygon (a hall outline, possibly L- or U-shaped) into triangles.
#include <array>
#include <cstdint>
#include <vector>

#include "model/Geometry.h"

namespace rw::render {

/// Ear clipping, O(n^2): hall outlines have tens of vertices. Accepts either winding; returns
/// triangles as index triples into `polygon`, counter-clockwise. A degenerate polygon (fewer than
/// three distinct corners, zero area) yields no triangles.
[[nodiscard]] std::vector<std::array<std::uint32_t, 3>> triangulate(const Polygon& polygon);

/// Twice the signed area in mm^2 (positive when counter-clockwise).
[[nodiscard]] double signedArea2(const Polygon& polygon) noexcept;

}  // namespace rw::render
