#pragma once
// The inspector's page for a row of racks: besides its name (editable), its hall, how many racks
// it holds and the first and last of them by name.
#include "inspector/InspectorPage.h"

namespace rw::gui {

class RowPage final : public InspectorPage {
public:
    [[nodiscard]] bool shows(const Model& model, EntityRef ref) const override;
    [[nodiscard]] std::vector<PropertyValue> rows(const Model& model, EntityRef ref) const override;
};

}  // namespace rw::gui
