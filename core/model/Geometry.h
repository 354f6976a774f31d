#pragma once
// Plain geometry in integer millimetres. A 1 km hall fits easily in int32 and integers keep
// save -> open round trips exact.
#include <cstdint>
#include <vector>

namespace rw {

struct Point2 {
    std::int32_t x = 0;
    std::int32_t y = 0;
    friend constexpr bool operator==(Point2, Point2) noexcept = default;
};

struct Point3 {
    std::int32_t x = 0;
    std::int32_t y = 0;
    std::int32_t z = 0;  // height above the finished floor
    friend constexpr bool operator==(Point3, Point3) noexcept = default;
};

/// A simple polygon, counter-clockwise, not closed (the last vertex connects to the first).
using Polygon = std::vector<Point2>;

/// Quarter-turn rotation of racks and floor equipment about their footprint centre.
enum class Rotation : std::uint8_t { R0 = 0, R90 = 1, R180 = 2, R270 = 3 };

constexpr int degrees(Rotation r) noexcept { return static_cast<int>(r) * 90; }
constexpr bool rotationFromDegrees(int deg, Rotation& out) noexcept {
    if (deg % 90 != 0) return false;
    const int q = ((deg / 90) % 4 + 4) % 4;
    out = static_cast<Rotation>(q);
    return true;
}

}  // namespace rw
