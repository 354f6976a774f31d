#include "reports/StatsReport.h"

#include "catalog/Catalog.h"
#include "model/Model.h"
#include "reports/DesignStatsFormat.h"
#include "reports/RouteQualityFormat.h"
#include "router/RoutingResult.h"

namespace rw {

StatsReport buildStatsReport(const Model& model, const Catalog* catalog, const RoutingResult* routes) {
    DesignStatsInputs inputs;
    inputs.catalog = catalog;
    // Routed = through the trays or within one rack, from the design's routes.
    if (routes) inputs.isRouted = [routes](CableId id, const Cable&) { return routes->isRouted(id); };
    StatsReport report{computeDesignStats(model, inputs), std::nullopt};
    if (routes && catalog) report.routeQuality = measureRouteQuality(model, *catalog, *routes);
    return report;
}

nlohmann::ordered_json statsReportToJson(const StatsReport& report) {
    nlohmann::ordered_json j = designStatsToJson(report.stats);
    if (report.routeQuality) j["route_quality"] = routeQualityToJson(*report.routeQuality);
    return j;
}

std::string statsReportToText(const StatsReport& report) {
    std::string text = designStatsToText(report.stats);
    if (report.routeQuality) text += routeQualityToText(*report.routeQuality);
    return text;
}

}  // namespace rw
