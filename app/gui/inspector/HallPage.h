#pragma once
// The inspector's page for a hall: besides its own properties (name, width_mm, depth_mm, floor
// rating, ceiling, cooling), its floor area and how many racks stand in it.
#include "inspector/InspectorPage.h"

namespace rw::gui {

class HallPage final : public InspectorPage {
public:
    [[nodiscard]] bool shows(const Model& model, EntityRef ref) const override;
    [[nodiscard]] std::vector<PropertyValue> rows(const Model& model, EntityRef ref) const override;
};

}  // namespace rw::gui
