#include "edit/DeviceCommands.h"

#include <string>

#include <fmt/format.h>

#include "catalog/Catalog.h"
#include "edit/Commands.h"
#include "edit/PlacementCommands.h"
#include "edit/Transaction.h"

namespace rw::cmd {
namespace {

int unitsOf(const Model& model, const Catalog& catalog, const Device& d) {
    const CatalogEntry* e = catalog.find(model.text(d.catalog));
    return e ? e->uHeight : 1;
}

}  // namespace

void setDeviceU(Document& doc, const Catalog& catalog, DeviceId id, int u) {
    const Model& model = doc.model();
    const Device* device = model.devices().find(id);
    if (!device) throw EditError(fmt::format("device {} does not exist", id.value));
    const int height = unitsOf(model, catalog, *device);
    if (height > 0) {
        const int top = u + height - 1;
        if (const auto units = rackUnits(model, catalog, device->rack); units && (u < 1 || top > *units))
            throw EditError(fmt::format("u: device {} ({} U) at U{} would run past the rack's {} U", device->name, height, u, *units));
        std::string clash;
        model.devices().forEach([&](DeviceId other, const Device& d) {
            if (other == id || d.rack != device->rack || !clash.empty()) return;
            const int h = unitsOf(model, catalog, d);
            if (h > 0 && d.uPosition <= top && u <= d.uPosition + h - 1)
                clash = fmt::format("{} (U{}-{})", d.name, d.uPosition, d.uPosition + h - 1);
        });
        if (!clash.empty())
            throw EditError(fmt::format("u: device {} at U{}-{} would overlap {}", device->name, u, top, clash));
    }
    setProperty(doc, EntityRef{EntityKind::Device, id.value}, "u", std::to_string(u));
}

}  // namespace rw::cmd
