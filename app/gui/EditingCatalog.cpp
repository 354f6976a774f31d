#include "EditingCatalog.h"

#include <cmath>
#include <utility>

#include "RackAppearance.h"
#include "catalog/Catalog.h"

namespace rw::gui {

cmd::FloorExtent EditingCatalog::footprint(std::string_view type, Rotation rotation) const {
    static const render::BoxSizeMm placeholder = render::placeholderRackSize(Model{}, Rack{});
    render::BoxSizeMm box = placeholder;
    if (const CatalogEntry* entry = catalog_ ? catalog_->find(type) : nullptr;
        entry && entry->dimensions.widthMm > 0 && entry->dimensions.depthMm > 0) {
        box.width = std::int32_t(std::lround(entry->dimensions.widthMm));
        box.depth = std::int32_t(std::lround(entry->dimensions.depthMm));
    }
    const render::BoxSizeMm turned = render::rotatedSize(box, rotation);
    return {turned.width, turned.depth};
}

cmd::FootprintFn EditingCatalog::footprintFn() const {
    return [this](const Model& model, const Rack& rack) { return footprint(model.text(rack.catalog), rack.rotation); };
}

}  // namespace rw::gui
