#pragma once
// The inspector's page for a tray segment: besides its own properties (kind, level, width, depth,
// fill and load limits), how full the current routes make it (reports/TrayFill, the figures the
// Tray fill colour mode and the router use) and its length.
#include "inspector/InspectorPage.h"

namespace rw::gui {

class DesignContext;

class TrayPage final : public InspectorPage {
public:
    explicit TrayPage(const DesignContext& context) : context_(context) {}
    [[nodiscard]] bool shows(const Model& model, EntityRef ref) const override;
    [[nodiscard]] std::vector<PropertyValue> rows(const Model& model, EntityRef ref) const override;

private:
    const DesignContext& context_;
};

}  // namespace rw::gui
