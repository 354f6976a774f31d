#include "inspector/TrayPage.h"

#include <cmath>

#include <fmt/format.h>

#include "docks/DesignContext.h"
#include "reports/TrayFill.h"

namespace rw::gui {

bool TrayPage::shows(const Model& model, EntityRef ref) const {
    return ref.kind == EntityKind::Tray && model.trays().contains(TrayId(ref.id));
}

std::vector<PropertyValue> TrayPage::rows(const Model& model, EntityRef ref) const {
    const TraySegment& t = model.trays()[TrayId(ref.id)];
    std::vector<PropertyValue> out{
        {"length_m", fmt::format("{:.1f}", std::hypot(double(t.b.x - t.a.x), double(t.b.y - t.a.y), double(t.b.z - t.a.z)) / 1000.0), false}};
    const RoutingResult* routes = context_.routes();
    if (!routes || !context_.catalog()) {
        out.push_back({"fill", "not routed (Tools > Route Cables)", false});
        return out;
    }
    const std::vector<TrayLoad> loads = computeTrayLoads(model, *context_.catalog(), *routes);
    if (ref.id >= loads.size() || !loads[ref.id].alive) return out;
    const TrayLoad& load = loads[ref.id];
    out.push_back({"fill", fmt::format("{:.0f} % of its limit", load.fillPercent()), false});
    out.push_back({"cables", std::to_string(load.cables), false});
    out.push_back({"cable_area_mm2", fmt::format("{:.0f} of {:.0f}", load.areaMm2, load.capacityMm2), false});
    out.push_back({"cable_load_kg_m", fmt::format("{:.1f} of {:.1f}", load.kgPerM, load.loadLimitKgPerM), false});
    return out;
}

}  // namespace rw::gui
