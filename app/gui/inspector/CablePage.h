#pragma once
// The inspector's page for a cable (picked in the Findings list, Find or the rack elevation's
// cable table): besides its own properties (requested media and pinned length, editable; the
// pinned part), its id as on labels and in the cable CSV, its two ends, and what the current
// routes made of it: status, routed length, the part chosen and how many tray segments it rides.
#include "inspector/InspectorPage.h"

namespace rw::gui {

class DesignContext;

class CablePage final : public InspectorPage {
public:
    explicit CablePage(const DesignContext& context) : context_(context) {}
    [[nodiscard]] bool shows(const Model& model, EntityRef ref) const override;
    [[nodiscard]] std::vector<PropertyValue> rows(const Model& model, EntityRef ref) const override;

private:
    const DesignContext& context_;
};

}  // namespace rw::gui
