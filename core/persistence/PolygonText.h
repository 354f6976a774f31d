#pragma once
// Polygons are stored as JSON text ("[[0,0],[60000,0],...]") so a file stays readable with the
// sqlite3 shell.
#include <optional>
#include <string>

#include "model/Geometry.h"

namespace rw {

[[nodiscard]] std::string polygonToText(const Polygon& polygon);
/// Empty optional when the text is not a list of integer pairs.
[[nodiscard]] std::optional<Polygon> polygonFromText(const std::string& text);

}  // namespace rw
