#pragma once
// A cooling unit's capacity as a function of its water supply temperature (warmer water, less
// capacity): straight lines between the catalog's points. Outside the points' range there is
// no figure: the curve refuses rather than clamps, because holding the last value above the
// range would claim capacity the vendor never stated (60 kW at 45 degC for a unit rated 60 kW
// at 40 degC) and extrapolating invents a slope. The caller reports "no capacity figure".
#include <optional>
#include <vector>

#include "catalog/CatalogEntry.h"

namespace rw::power {

class CapacityCurve final {
public:
    /// One figure at any temperature: a unit whose source states a single capacity.
    [[nodiscard]] static CapacityCurve flat(double capacityKw) noexcept;
    /// At least two points by strictly rising temperature; throws std::invalid_argument otherwise.
    [[nodiscard]] static CapacityCurve fromPoints(std::vector<WaterCapacityPoint> points);
    /// The entry's curve when it has one, else its single capacity_kw.
    [[nodiscard]] static CapacityCurve of(const CoolingSpec& cooling);

    /// Capacity at `waterC`, interpolated linearly; nullopt outside the curve's range.
    [[nodiscard]] std::optional<double> capacityKwAt(double waterC) const noexcept;
    [[nodiscard]] bool isFlat() const noexcept { return points_.empty(); }
    /// The range the curve covers (meaningless when flat).
    [[nodiscard]] double minWaterC() const noexcept;
    [[nodiscard]] double maxWaterC() const noexcept;

private:
    CapacityCurve() = default;
    double flatKw_ = 0.0;
    std::vector<WaterCapacityPoint> points_;
};

}  // namespace rw::power
