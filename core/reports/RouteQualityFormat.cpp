#include "reports/RouteQualityFormat.h"

#include <fmt/format.h>

namespace rw {

namespace {

nlohmann::ordered_json fabricJson(const FabricRouteQuality& f) {
    return {{"cables", f.cables}, {"routed_m", f.routedM}, {"shortest_m", f.shortestM}, {"ratio", f.ratio()}};
}

std::string fabricRow(std::string_view name, const FabricRouteQuality& f) {
    return fmt::format("  {:<10}{:>8}{:>12.2f}{:>12.2f}{:>8.3f}\n", name, f.cables, f.routedM / 1000.0, f.shortestM / 1000.0, f.ratio());
}

}  // namespace

nlohmann::ordered_json routeQualityToJson(const RouteQuality& quality) {
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    for (const auto& [fabric, f] : quality.fabrics) j[std::string(toString(fabric))] = fabricJson(f);
    j["total"] = fabricJson(quality.total);
    return j;
}

std::string routeQualityToText(const RouteQuality& quality) {
    std::string out = fmt::format("\n{:<12}{:>8}{:>12}{:>12}{:>8}\n", "Route length", "cables", "routed km", "shortest km", "ratio");
    for (const auto& [fabric, f] : quality.fabrics) out += fabricRow(toString(fabric), f);
    out += fabricRow("all", quality.total);
    return out;
}

}  // namespace rw
