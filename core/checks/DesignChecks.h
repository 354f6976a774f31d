#pragma once
// The design checks the core can run today, grouped by what they read so that a view can rerun
// only the group an edit affects:
//   Model    Model::validate() problems (broken references, U out of range, ...)
//   Layout   racks overlapping each other, standing on a column or other keep-out, or outside
//            their hall (footprints from the catalog)
//   Load     racks heavier than their rack type's static rating or than the hall floor's rating
//            over their footprint
//   Routing  cables the router left unrouted (with its reason), tray segments over a limit, and
//            racks not under a tray of a kind their cables ride (checks/PathwayCheck.h)
//   Power    supply elements over their ratings normally and after each single failure, devices
//            short of PSUs, single points of failure (core/power, docs/power.md)
//   Cooling  in-rack CDUs against their rack's heat to liquid at the site's water temperature
//   Connectivity  ports that should be connected and are not, links without a cable, duplicate
//            rack and device names (checks/ConnectivityCheck.h)
#include <vector>

#include "checks/ConnectivityCheck.h"
#include "checks/Finding.h"
#include "router/RoutingResult.h"

namespace rw {

class Catalog;
struct RackMetrics;

[[nodiscard]] std::vector<Finding> checkModel(const Model& model);
/// Racks without a catalog footprint are skipped (their size is unknown).
[[nodiscard]] std::vector<Finding> checkLayout(const Model& model, const Catalog& catalog);
/// `metrics` from computeRackMetrics(model, catalog).
[[nodiscard]] std::vector<Finding> checkLoads(const Model& model, const std::vector<RackMetrics>& metrics);
[[nodiscard]] std::vector<Finding> checkRouting(const Model& model, const Catalog& catalog, const RoutingResult& routes);
[[nodiscard]] std::vector<Finding> checkPower(const Model& model, const Catalog& catalog);
[[nodiscard]] std::vector<Finding> checkCooling(const Model& model, const Catalog& catalog);
/// Every check above in FindingSource order; the routing check only when `routes` is given.
[[nodiscard]] std::vector<Finding> checkDesign(const Model& model, const Catalog& catalog, const RoutingResult* routes);

}  // namespace rw
