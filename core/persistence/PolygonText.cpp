#include "persistence/PolygonText.h"

#include <nlohmann/json.hpp>

namespace rw {

std::string polygonToText(const Polygon& polygon) {
    nlohmann::json j = nlohmann::json::array();
    for (const Point2& p : polygon) j.push_back({p.x, p.y});
    return j.dump();
}

std::optional<Polygon> polygonFromText(const std::string& text) {
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_array()) return std::nullopt;
    Polygon out;
    out.reserve(j.size());
    for (const auto& p : j) {
        if (!p.is_array() || p.size() != 2 || !p[0].is_number_integer() || !p[1].is_number_integer()) return std::nullopt;
        // Within 100 km, as every coordinate a project holds (ProjectReader): never narrowed.
        const auto coordinate = [](const nlohmann::json& v) -> std::optional<std::int32_t> {
            if (v.is_number_unsigned()) {
                const auto u = v.get<std::uint64_t>();
                return u <= kPolygonCoordinateLimitMm ? std::optional<std::int32_t>(static_cast<std::int32_t>(u)) : std::nullopt;
            }
            const auto i = v.get<std::int64_t>();
            return i >= -kPolygonCoordinateLimitMm && i <= kPolygonCoordinateLimitMm
                       ? std::optional<std::int32_t>(static_cast<std::int32_t>(i))
                       : std::nullopt;
        };
        const auto x = coordinate(p[0]), y = coordinate(p[1]);
        if (!x || !y) return std::nullopt;
        out.push_back({*x, *y});
    }
    return out;
}

}  // namespace rw
