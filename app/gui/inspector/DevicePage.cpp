#include "inspector/DevicePage.h"

#include <charconv>

#include <fmt/format.h>

#include "catalog/Catalog.h"
#include "docks/DesignContext.h"
#include "edit/DeviceCommands.h"
#include "edit/Document.h"

namespace rw::gui {

bool DevicePage::shows(const Model& model, EntityRef ref) const {
    return ref.kind == EntityKind::Device && model.devices().contains(DeviceId(ref.id));
}

std::vector<PropertyValue> DevicePage::rows(const Model& model, EntityRef ref) const {
    const Device& d = model.devices()[DeviceId(ref.id)];
    const Catalog* catalog = context_.catalog();
    const CatalogEntry* entry = catalog ? catalog->find(model.text(d.catalog)) : nullptr;
    if (!entry) return {{"model", "not in the catalog", false}};
    const std::string units = entry->uHeight > 0 ? fmt::format("U{}-{} ({} U)", d.uPosition, d.uPosition + entry->uHeight - 1, entry->uHeight)
                                                 : std::string("0 U (side channel)");
    return {{"model", entry->model, false}, {"kind", std::string(toString(entry->kind)), false}, {"units", units, false}};
}

bool DevicePage::edit(Document& doc, EntityRef ref, const std::string& key, const std::string& value) const {
    const Catalog* catalog = context_.catalog();
    if (key != "u" || !catalog) return false;  // without a catalog the plain edit still checks the range
    int u = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), u);
    if (ec != std::errc() || end != value.data() + value.size()) throw EditError(fmt::format("u: '{}' is not a number", value));
    cmd::setDeviceU(doc, *catalog, DeviceId(ref.id), u);
    return true;
}

}  // namespace rw::gui
