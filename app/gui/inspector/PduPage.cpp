#include "inspector/PduPage.h"

#include <optional>

#include <fmt/format.h>

#include "power/PowerAnalysis.h"
#include "power/ScenarioLoads.h"

namespace rw::gui {
namespace {

std::optional<power::ElementIndex> pduElement(const power::PowerNetwork& net, EntityRef ref) {
    for (power::ElementIndex e = 0; e < net.elements.size(); ++e) {
        const power::SupplyElement& el = net.elements[e];
        if (el.kind == power::ElementKind::Pdu && el.entity == EntityKind::Device && el.entityId == ref.id) return e;
    }
    return std::nullopt;
}

}  // namespace

bool PduPage::shows(const Model& model, EntityRef ref) const {
    if (ref.kind != EntityKind::Device || !model.devices().contains(DeviceId(ref.id))) return false;
    power_.recomputeIfPending();  // the figures of the model as it is now
    return pduElement(power_.network(), ref).has_value();
}

std::vector<PropertyValue> PduPage::rows(const Model&, EntityRef ref) const {
    power_.recomputeIfPending();
    const auto e = pduElement(power_.network(), ref);
    if (!e) return {};
    const power::SupplyElement& el = power_.network().elements[*e];
    std::vector<PropertyValue> out{
        {"input", fmt::format("{:.0f} V, {} phase{}", el.volts, el.phases, el.phases == 1 ? "" : "s"), false},
        {"rated_amps", el.ratedAmps > 0 ? fmt::format("{:.0f} A", el.ratedAmps) : std::string("not rated"), false}};
    if (*e >= power_.states().size()) return out;
    const power::ElementState& state = power_.states()[*e];
    out.push_back({"load_kw", state.lost ? std::string("lost in the what-if") : fmt::format("{:.2f}", state.watts / 1000.0), false});
    out.push_back({"busiest_phase_a", fmt::format("{:.1f}", state.busiestAmps), false});
    if (const auto share = power::loadShare(el, state, power_.rules()))
        out.push_back({"load_percent", fmt::format("{:.0f} % of {:.0f} A continuous", *share * 100.0,
                                                   el.ratedAmps * power_.rules().continuousLoadFactor),
                       false});
    return out;
}

}  // namespace rw::gui
