#pragma once
// How big things are drawn: racks, the devices in them and floor-standing cooling units, from the
// catalog when the view has one, from display-only placeholders otherwise. Never used for any
// computation (power, weight, fit): that is core's job.
#include <filesystem>

#include "RackAppearance.h"
#include "model/Model.h"

namespace rw {
class Catalog;
}

namespace rw::render {

/// One rack unit: 1.75 in (EIA-310).
inline constexpr double kRackUnitMm = 44.45;

struct SceneSizes {
    RackSizeFn rackSize = placeholderRackSize;
    const Catalog* catalog = nullptr;  // null: placeholders for everything but rackSize

    /// Sizes from `catalog` (which must outlive the result) for every kind.
    [[nodiscard]] static SceneSizes fromCatalog(const Catalog& catalog);

    /// Mounting units of the rack type (42 when unknown).
    [[nodiscard]] int rackUnits(const Model& model, const Rack& rack) const;
    /// Height of a device in rack units (1 when unknown).
    [[nodiscard]] int deviceUnits(const Model& model, const Device& device) const;
    /// Footprint and height of a floor-standing cooling unit (a rack-sized box when unknown).
    [[nodiscard]] BoxSizeMm coolingSize(const Model& model, const CoolingUnit& unit) const;
};

/// assets/models beside the shipped catalog (source tree or installed share/rackweave).
[[nodiscard]] std::filesystem::path shippedModelDirectory();

}  // namespace rw::render
