#include "SceneSizes.h"

#include <cmath>

#include "catalog/Catalog.h"

namespace rw::render {

SceneSizes SceneSizes::fromCatalog(const Catalog& catalog) {
    return SceneSizes{catalogRackSize(catalog), &catalog};
}

int SceneSizes::rackUnits(const Model& model, const Rack& rack) const {
    const CatalogEntry* entry = catalog ? catalog->find(model.text(rack.catalog)) : nullptr;
    if (entry && entry->rack && entry->rack->uHeight > 0) return entry->rack->uHeight;
    return 42;
}

int SceneSizes::deviceUnits(const Model& model, const Device& device) const {
    const CatalogEntry* entry = catalog ? catalog->find(model.text(device.catalog)) : nullptr;
    return entry && entry->uHeight > 0 ? entry->uHeight : 1;
}

BoxSizeMm SceneSizes::coolingSize(const Model& model, const CoolingUnit& unit) const {
    const CatalogEntry* entry = catalog ? catalog->find(model.text(unit.catalog)) : nullptr;
    if (entry && entry->dimensions.widthMm > 0 && entry->dimensions.depthMm > 0 && entry->dimensions.heightMm > 0)
        return BoxSizeMm{std::int32_t(std::lround(entry->dimensions.widthMm)),
                         std::int32_t(std::lround(entry->dimensions.depthMm)),
                         std::int32_t(std::lround(entry->dimensions.heightMm))};
    return BoxSizeMm{600, 1200, 2000};
}

std::filesystem::path shippedModelDirectory() { return Catalog::shippedDirectory().parent_path() / "models"; }

}  // namespace rw::render
