#include "power/PowerMath.h"

#include <algorithm>
#include <cmath>

namespace rw::power {

namespace {
const double kSqrt3 = std::sqrt(3.0);
constexpr double kWyeMinVolts = 380.0;
}  // namespace

Wiring wiringFor(double volts, int phases) noexcept {
    if (phases != 3) return Wiring::SinglePhase;
    return volts >= kWyeMinVolts ? Wiring::Wye : Wiring::Delta;
}

double outletVolts(double volts, int phases) noexcept {
    return wiringFor(volts, phases) == Wiring::Wye ? lineToNeutral(volts) : volts;
}

double kvaFromKw(double kw, double powerFactor) noexcept { return powerFactor > 0 ? kw / powerFactor : 0.0; }

double lineToNeutral(double voltsLineToLine) noexcept { return voltsLineToLine / kSqrt3; }

double singlePhaseAmps(double watts, double volts, double powerFactor) noexcept {
    return volts > 0 && powerFactor > 0 ? watts / (volts * powerFactor) : 0.0;
}

double threePhaseAmps(double watts, double voltsLineToLine, double powerFactor) noexcept {
    return voltsLineToLine > 0 && powerFactor > 0 ? watts / (kSqrt3 * voltsLineToLine * powerFactor) : 0.0;
}

PerPhase lineAmps(Wiring wiring, double volts, const PerPhase& legVa) noexcept {
    if (volts <= 0) return {};
    switch (wiring) {
        case Wiring::SinglePhase: return {legVa[0] / volts, 0.0, 0.0};
        case Wiring::Wye: {
            const double vln = lineToNeutral(volts);
            return {legVa[0] / vln, legVa[1] / vln, legVa[2] / vln};
        }
        case Wiring::Delta: {
            const double ab = legVa[0] / volts, bc = legVa[1] / volts, ca = legVa[2] / volts;
            const auto line = [](double x, double y) { return std::sqrt(x * x + y * y + x * y); };
            return {line(ab, ca), line(ab, bc), line(bc, ca)};
        }
    }
    return {};
}

double allowedAmps(double ratedAmps, double continuousLoadFactor) noexcept { return ratedAmps * continuousLoadFactor; }

double phaseImbalance(const PerPhase& amps) noexcept {
    const double mean = (amps[0] + amps[1] + amps[2]) / 3.0;
    if (mean <= 0) return 0.0;
    double worst = 0.0;
    for (double a : amps) worst = std::max(worst, std::abs(a - mean));
    return worst / mean;
}

ImbalanceBand imbalanceBand(double imbalance) noexcept {
    if (imbalance < 0.05) return ImbalanceBand::Excellent;
    if (imbalance < 0.10) return ImbalanceBand::Good;
    if (imbalance < 0.15) return ImbalanceBand::Marginal;
    if (imbalance < 0.20) return ImbalanceBand::Poor;
    return ImbalanceBand::Critical;
}

std::string_view toString(ImbalanceBand band) noexcept {
    switch (band) {
        case ImbalanceBand::Excellent: return "excellent";
        case ImbalanceBand::Good: return "good";
        case ImbalanceBand::Marginal: return "marginal";
        case ImbalanceBand::Poor: return "poor";
        case ImbalanceBand::Critical: return "critical";
    }
    return "?";
}

double wyeNeutralAmps(const PerPhase& amps) noexcept {
    const double a = amps[0], b = amps[1], c = amps[2];
    return std::sqrt(std::max(0.0, a * a + b * b + c * c - a * b - b * c - c * a));
}

}  // namespace rw::power
