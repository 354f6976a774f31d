#pragma once
// Where instances go when a kind is split into floor cells, and which level of detail a cell gets
// from the camera's distance: plain math, no Qt 3D, so it is tested without a display.
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include "SceneTypes.h"

namespace rw::render {

struct CellLevels {
    float cellSize = 32.0f;  // metres along x and z; a Colossus hall is about 20 cells
    /// Cells whose nearest point is at most this far from the eye draw the detailed mesh.
    float nearDistance = std::numeric_limits<float>::infinity();
};

struct CellSlot {
    std::uint32_t cell = 0;   // index into the cell list
    std::uint32_t index = 0;  // index inside that cell
};

/// The cell of each instance (by its centre) and the instances of each cell, in input order.
struct CellSplit {
    std::vector<CellSlot> where;                // where[i]: the cell of instances[i] went
    std::vector<std::vector<Instance>> cells;    // instances per cell
};
[[nodiscard]] CellSplit splitIntoCells(const std::vector<Instance>& instances, float cellSize);

/// The key of the floor cell holding `center` (scene x and z).
[[nodiscard]] std::int64_t cellKey(const QVector3D& center, float cellSize) noexcept;

/// Distance from `eye` to the nearest point of `bounds` (0 inside).
[[nodiscard]] float distanceTo(const Bounds& bounds, const QVector3D& eye) noexcept;

/// The device faceplate (1U, 44 mm) is about a pixel tall at this distance in a 1080-pixel-high
/// 45-degree view; beyond it faceplates are noise, so they are not drawn.
inline constexpr float kDeviceDetailMetres = 60.0f;
/// Beyond this, tray channels draw as plain boxes merged along their runs (their walls are under a
/// pixel), and cable bundles, which lie inside the channels, and risers, a tray's width tall and
/// hidden between the runs, are not drawn.
inline constexpr float kTrayDetailMetres = 90.0f;

}  // namespace rw::render
