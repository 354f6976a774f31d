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
        out.push_back({p[0].get<std::int32_t>(), p[1].get<std::int32_t>()});
    }
    return out;
}

}  // namespace rw
