#pragma once
// The inspector's page for a PDU (a device the power chain knows as a PDU): its input rating
// (volts, phases, amps) and the load the power check puts on it -- kW and the busiest phase's
// amps against the rating times the continuous-load factor -- as the Power and Cooling dock
// shows them, in its what-if when one is set.
#include "inspector/InspectorPage.h"

namespace rw::gui {

class PowerAnalysis;

class PduPage final : public InspectorPage {
public:
    explicit PduPage(PowerAnalysis& power) : power_(power) {}
    [[nodiscard]] bool shows(const Model& model, EntityRef ref) const override;
    [[nodiscard]] std::vector<PropertyValue> rows(const Model& model, EntityRef ref) const override;

private:
    PowerAnalysis& power_;
};

}  // namespace rw::gui
