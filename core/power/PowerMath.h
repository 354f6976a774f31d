#pragma once
// Electrical arithmetic for power budgets: apparent power, line and phase currents for single-
// and three-phase supplies, the continuous-load allowance, phase imbalance (NEMA) and the
// neutral current of an unbalanced wye. Formulas and sources are in docs/power.md.
#include <array>
#include <cstdint>
#include <string_view>

namespace rw::power {

/// Three values, one per phase (L1, L2, L3) or per delta branch (L1-L2, L2-L3, L3-L1).
using PerPhase = std::array<double, 3>;

/// How loads connect to the supply.
///   SinglePhase  one line (and neutral or a second line) at the supply voltage
///   Wye          three phases, loads line-to-neutral (415/240 V, 400/230 V)
///   Delta        three phases, loads line-to-line (208 V in North America)
enum class Wiring : std::uint8_t { SinglePhase, Wye, Delta };

/// Wiring of a supply from its voltage (line-to-line for three phases) and phase count:
/// three-phase supplies of 380 V and above feed their outlets line-to-neutral (wye), lower ones
/// (208 V) line-to-line (delta).
[[nodiscard]] Wiring wiringFor(double volts, int phases) noexcept;

/// The voltage an outlet (or an outlet bank) of such a supply sees: line-to-neutral on a wye,
/// the supply voltage on a delta or a single phase (415 V three-phase -> 239.6 V; 208 V -> 208 V).
[[nodiscard]] double outletVolts(double volts, int phases) noexcept;

/// kVA drawn by a load of `kw` at power factor `powerFactor` (0 < pf <= 1).
[[nodiscard]] double kvaFromKw(double kw, double powerFactor) noexcept;
/// Line-to-neutral voltage of a three-phase supply: V_LL / sqrt(3) (415 V -> 239.6 V).
[[nodiscard]] double lineToNeutral(double voltsLineToLine) noexcept;
/// Current of a single-phase load: P / (V x pf).
[[nodiscard]] double singlePhaseAmps(double watts, double volts, double powerFactor) noexcept;
/// Line current of a balanced three-phase load: P / (sqrt(3) x V_LL x pf).
[[nodiscard]] double threePhaseAmps(double watts, double voltsLineToLine, double powerFactor) noexcept;

/// Line currents from the apparent power on each leg (VA):
///   SinglePhase  legs[0] / V (legs 1 and 2 are ignored)
///   Wye          legs are L-N loads: I_k = S_k / V_LN
///   Delta        legs are L-L branch loads AB, BC, CA: I_AB = S_AB / V_LL, and each line carries
///                the phasor difference of its two branches; at a common power factor
///                I_A = sqrt(I_AB^2 + I_CA^2 + I_AB x I_CA)
[[nodiscard]] PerPhase lineAmps(Wiring wiring, double volts, const PerPhase& legVa) noexcept;

/// Current a rating allows for continuous load: rating x continuous-load factor (60 A x 0.8 = 48 A).
[[nodiscard]] double allowedAmps(double ratedAmps, double continuousLoadFactor) noexcept;

/// NEMA phase imbalance: the largest deviation of a phase current from the mean, over the mean
/// (0.10 = 10 %). 0 when no current flows.
[[nodiscard]] double phaseImbalance(const PerPhase& amps) noexcept;

/// Bands for phase imbalance: < 5 % excellent, 5-10 % good, 10-15 % marginal, 15-20 % poor,
/// >= 20 % critical (calcspec.com's bands for the NEMA figure).
enum class ImbalanceBand : std::uint8_t { Excellent, Good, Marginal, Poor, Critical };
[[nodiscard]] ImbalanceBand imbalanceBand(double imbalance) noexcept;
[[nodiscard]] std::string_view toString(ImbalanceBand band) noexcept;

/// Neutral current of a wye with line-to-neutral loads at a common power factor (fundamental
/// only; harmonics of IT loads add to it): sqrt(Ia^2 + Ib^2 + Ic^2 - IaIb - IbIc - IcIa).
[[nodiscard]] double wyeNeutralAmps(const PerPhase& amps) noexcept;

}  // namespace rw::power
