#pragma once
// From a cluster spec to a placed, wired hall: racks on the floor, devices in racks, every fabric
// linked and cabled, power cords on alternating feeds, CDUs. The CLI's `generate` and the GUI call
// this. Routing cables through trays is a separate step (issue 5).
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/Catalog.h"
#include "generator/ClusterSpec.h"
#include "model/Model.h"
#include "router/RoutingResult.h"

namespace rw {

/// The tray segment with the least room for the cables planned through it, when some segment
/// carries more than the largest catalog tray of its kind holds at design fill even on stacked
/// levels: the router must then detour, and where detours cannot carry it, cables stay unrouted.
struct TrayShortfall {
    TrayId tray;
    double plannedMm2 = 0.0;        // cable cross-section planned through it
    double usableMm2 = 0.0;         // what the largest catalog tray of its kind holds at design fill
    std::size_t segmentsOver = 0;   // segments planned over that, this one included
};

struct GenerateResult {
    Model model;
    /// What the generator decided that the engineer should know (halls added, feeds per rack...).
    std::vector<std::string> notes;
    std::optional<TrayShortfall> tightestTray;
    /// The generated design routed: exactly what Router(model, catalog).routeAll() returns. The
    /// generator routes to size the trays, so callers that route next can take this instead.
    std::optional<RoutingResult> routes;
};

/// "fibre tray, Hall 2 level 1, (12.0, 30.5) to (18.0, 30.5) m: 41,000 mm2 of cable planned, the largest
/// catalog tray holds 28,800 mm2 at design fill".
[[nodiscard]] std::string describe(const Model& model, const TrayShortfall& shortfall);

/// Called between phases: the phase name and the fraction of work done (0..1).
using GenerateProgress = std::function<void(std::string_view phase, double fraction)>;

/// Throws InputError when the spec asks for something the catalog parts cannot do (too many
/// nodes for the switch and tiers, devices that do not fit their rack, racks that do not fit).
[[nodiscard]] GenerateResult generate(const ClusterSpec& spec, const Catalog& catalog, const GenerateProgress& progress = {});

}  // namespace rw
