#include "power/CapacityCurve.h"

#include <stdexcept>

namespace rw::power {

CapacityCurve CapacityCurve::flat(double capacityKw) noexcept {
    CapacityCurve c;
    c.flatKw_ = capacityKw;
    return c;
}

CapacityCurve CapacityCurve::fromPoints(std::vector<WaterCapacityPoint> points) {
    if (points.size() < 2) throw std::invalid_argument("a capacity curve needs at least two points");
    for (std::size_t i = 1; i < points.size(); ++i)
        if (points[i].waterC <= points[i - 1].waterC)
            throw std::invalid_argument("capacity curve points must rise in water temperature");
    CapacityCurve c;
    c.points_ = std::move(points);
    return c;
}

CapacityCurve CapacityCurve::of(const CoolingSpec& cooling) {
    return cooling.capacityByWaterC.empty() ? flat(cooling.capacityKw) : fromPoints(cooling.capacityByWaterC);
}

std::optional<double> CapacityCurve::capacityKwAt(double waterC) const noexcept {
    if (points_.empty()) return flatKw_;
    if (waterC < points_.front().waterC || waterC > points_.back().waterC) return std::nullopt;
    for (std::size_t i = 1; i < points_.size(); ++i) {
        const WaterCapacityPoint& lo = points_[i - 1];
        const WaterCapacityPoint& hi = points_[i];
        if (waterC <= hi.waterC) {
            const double t = (waterC - lo.waterC) / (hi.waterC - lo.waterC);
            return lo.capacityKw + t * (hi.capacityKw - lo.capacityKw);
        }
    }
    return points_.back().capacityKw;
}

double CapacityCurve::minWaterC() const noexcept { return points_.empty() ? 0.0 : points_.front().waterC; }
double CapacityCurve::maxWaterC() const noexcept { return points_.empty() ? 0.0 : points_.back().waterC; }

}  // namespace rw::power
