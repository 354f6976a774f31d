#pragma once
// Polygons are stored as JSON text ("[[0,0],[60000,0],...]") so a file stays readable with the
// sqlite3 shell.
#include <cstdint>
#include <optional>
#include <string>

#include "model/Geometry.h"

namespace rw {

[[nodiscard]] std::string polygonToText(const Polygon& polygon);
/// How far from the origin a stored polygon's points may lie, in mm (100 km).
inline constexpr std::int64_t kPolygonCoordinateLimitMm = 100'000'000;

/// Empty optional when the text is not a list of integer pairs within that limit.
[[nodiscard]] std::optional<Polygon> polygonFromText(const std::string& text);

}  // namespace rw
