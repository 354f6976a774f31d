#pragma once
// How route quality is shown by `rackweave-cli stats`: a "route_quality" JSON object (keys listed
// in docs/stats-and-export.md) and a text table.
#include <nlohmann/json.hpp>
#include <string>

#include "router/RouteQuality.h"

namespace rw {

/// {FABRIC: {"cables", "routed_m", "shortest_m", "ratio"}, ..., "total": {...}}
[[nodiscard]] nlohmann::ordered_json routeQualityToJson(const RouteQuality& quality);

/// Per fabric: cables through the trays, routed and shortest length in km, their ratio.
[[nodiscard]] std::string routeQualityToText(const RouteQuality& quality);

}  // namespace rw
