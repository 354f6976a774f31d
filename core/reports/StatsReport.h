#pragma once
// The statistics report shown by `rackweave-cli stats` and written by the app's
// File > Export > Statistics: one place builds it, so both print the same bytes.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "reports/DesignStats.h"
#include "router/RouteQuality.h"

namespace rw {

class Catalog;
struct RoutingResult;

struct StatsReport {
    DesignStats stats;
    /// Only with saved routes and a catalog: without routes there is nothing to judge.
    std::optional<RouteQuality> routeQuality;
};

/// `routes` null: every cable counts as unrouted. `catalog` null: no GPU, power or route-quality figures.
[[nodiscard]] StatsReport buildStatsReport(const Model& model, const Catalog* catalog, const RoutingResult* routes);

/// The design's figures plus "route_quality" when there is one (keys in docs/stats-and-export.md).
[[nodiscard]] nlohmann::ordered_json statsReportToJson(const StatsReport& report);

/// The same as text tables.
[[nodiscard]] std::string statsReportToText(const StatsReport& report);

}  // namespace rw
