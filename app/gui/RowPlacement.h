#pragma once
// Defaults for Arrange > Place Row of Racks that follow the design: the next rack name in its own
// numbering scheme, and a start on free floor rather than on top of the racks already there.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <QRectF>

#include "edit/PlacementCommands.h"
#include "model/Model.h"

namespace rw::gui {

class EditingCatalog;

/// One past the highest number of the design's most used rack-name prefix, with its zero padding
/// ("R033" after R001..R032); "R1" when no rack name ends in a number.
[[nodiscard]] std::string nextRackName(const Model& model);

/// Where a row like `request` (type, count, rotation, pitch) can start on free floor in its hall:
/// the first rack centre, scanning from the hall's south-west corner (two tiles in) across the
/// rows, then along them, tile by tile, where every footprint stays inside the hall's bounds and,
/// grown by `aisleMm` at the front and back, overlaps no rack. Footprint corners lie on the tile
/// grid. nullopt when the hall has no such place.
[[nodiscard]] std::optional<Point2> freeRowStart(const Model& model, const EditingCatalog& catalog,
                                                 const cmd::RackRowRequest& request, std::int32_t aisleMm);

/// The footprints of the racks `request` would place, as scene rectangles (y flipped).
[[nodiscard]] std::vector<QRectF> rowFootprints(const EditingCatalog& catalog, const cmd::RackRowRequest& request);

}  // namespace rw::gui
