#pragma once
// How design statistics are shown: the JSON of `rackweave-cli stats --json` (its key names are
// an interface: scripts read them, docs/stats-and-export.md lists them) and a readable text table.
#include <nlohmann/json.hpp>
#include <string>

#include "reports/DesignStats.h"

namespace rw {

/// {"name", "gpus", "nodes", "racks": {"total", "by_role"}, "switches": {FABRIC: {"leaf", "spine",
/// "core"}}, "links": {FABRIC: {"total", "node_leaf", "leaf_spine", "spine_core", ...}},
/// "cables": {"total", "routed", "unrouted", "power_cords"}, "power_kw": {"it_max", "cooling_max"}}
/// plus "warnings" when there are any. Figures that need the catalog are null without one.
[[nodiscard]] nlohmann::ordered_json designStatsToJson(const DesignStats& stats);

/// The same figures as aligned text for a terminal.
[[nodiscard]] std::string designStatsToText(const DesignStats& stats);

}  // namespace rw
