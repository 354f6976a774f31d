#include "inspector/HallPage.h"

#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

namespace rw::gui {
namespace {

/// The outline's area in m² (shoelace), so an L-shaped hall reads its real floor.
double areaM2(const Polygon& outline) {
    double twice = 0;
    for (std::size_t i = 0; i < outline.size(); ++i) {
        const Point2 a = outline[i], b = outline[(i + 1) % outline.size()];
        twice += double(a.x) * b.y - double(b.x) * a.y;
    }
    return std::abs(twice) / 2.0 / 1e6;
}

}  // namespace

bool HallPage::shows(const Model& model, EntityRef ref) const {
    return ref.kind == EntityKind::Hall && model.halls().contains(HallId(ref.id));
}

std::vector<PropertyValue> HallPage::rows(const Model& model, EntityRef ref) const {
    const HallId id(ref.id);
    std::size_t racks = 0;
    model.racks().forEach([&](RackId, const Rack& r) { racks += r.hall == id; });
    return {{"floor_area_m2", fmt::format("{:.1f}", areaM2(model.halls()[id].outline)), false},
            {"racks", std::to_string(racks), false}};
}

}  // namespace rw::gui
