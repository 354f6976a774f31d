#pragma once
// The bill of materials of a design: what to order, one line per part (docs/stats-and-export.md,
// `rackweave-cli export bom`). Racks and devices count by catalog id; optics by catalog id as the
// routed media needs them (single-mode cable: the single-mode equivalent; copper or AOC: none);
// cables by the part the router chose (so lengths are orderable SKUs) or, where a design has no
// route for a cable, by its pinned part or as "no part yet" per media so the gap is visible, never
// silently dropped; trays by catalog id in metres; the power chain's UPS blocks, busway runs and
// tap-off units by catalog id (category power). NVLink inside rack-scale systems (GB200 NVL72: 1,296 links per rack through
// the NVLink spine) is listed as links that come with the rack: nothing to order or route, but an
// installer and a reviewer see it.
#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "model/Model.h"
#include "router/RoutingResult.h"

namespace rw {

class Catalog;

enum class BomUnit : std::uint8_t { Each, Metre, Link };

struct BomLine {
    std::string category;     // rack, device, transceiver, cable, tray, power, nvlink
    std::string part;         // catalog id (or SKU); "" for cables without a part
    std::string description;  // vendor and model from the catalog, or why there is no part
    double quantity = 0.0;
    BomUnit unit = BomUnit::Each;
    friend bool operator==(const BomLine&, const BomLine&) = default;
};

/// Lines sorted by category (in the order above) then part. `routes` may be null (a design
/// never routed): cables are then listed by pinned part or as needing one.
[[nodiscard]] std::vector<BomLine> billOfMaterials(const Model& model, const Catalog& catalog, const RoutingResult* routes);

/// category,part,description,quantity,unit -- one header line, then one line per BomLine.
void writeBomCsv(std::ostream& out, const std::vector<BomLine>& lines);

[[nodiscard]] std::string_view toString(BomUnit unit) noexcept;

}  // namespace rw
