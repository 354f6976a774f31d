#pragma once
// The inspector's page for a mounted device: its model and kind from the catalog and the units it
// takes; its U position is moved with cmd::setDeviceU, which refuses a place that overlaps another
// device of the rack or leaves the rack (the plain property could not see either).
#include "inspector/InspectorPage.h"

namespace rw::gui {

class DesignContext;

class DevicePage final : public InspectorPage {
public:
    explicit DevicePage(const DesignContext& context) : context_(context) {}
    [[nodiscard]] bool shows(const Model& model, EntityRef ref) const override;
    [[nodiscard]] std::vector<PropertyValue> rows(const Model& model, EntityRef ref) const override;
    bool edit(Document& doc, EntityRef ref, const std::string& key, const std::string& value) const override;

private:
    const DesignContext& context_;
};

}  // namespace rw::gui
