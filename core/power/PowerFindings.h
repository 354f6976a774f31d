#pragma once
// The power check's judgements and their words: an element's load against its limit, the
// worst single failure for an element or a device, and the finding texts (docs/power.md lists
// them). Shared by the full check, the what-if and the incremental session.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checks/Finding.h"
#include "power/FailureSweep.h"
#include "power/PowerRules.h"

namespace rw::power {

inline constexpr double kAmpTolerance = 1e-6;  // sums of shares are not exact

[[nodiscard]] bool rated(const SupplyElement& e) noexcept;

/// An element's load against its limit: kW against capacity (or kVA against its kVA rating,
/// whichever is nearer) for feeds, A on the busiest phase against rating x continuous-load
/// factor for the rest.
struct Excess {
    double load = 0.0;
    double limit = 0.0;
    std::size_t phase = 0;
    bool kva = false;  // a feed judged by its kVA rating (nearer its limit than by kW)
    [[nodiscard]] bool over() const noexcept { return load > limit + kAmpTolerance; }
    [[nodiscard]] double ratio() const noexcept { return limit > 0 ? load / limit : 0.0; }
};

[[nodiscard]] Excess excessOf(const SupplyElement& e, const ElementLoad& load, const PowerRules& rules);

/// The worst single failure found so far for one element or device, and how many failures hit
/// it. Failures are offered by rising index; a later one must beat the worst by more than
/// rounding, so the failure named does not depend on the order the sums were made in.
struct WorstCase {
    ElementIndex scenario = kNoElement;
    double measure = 0.0;  // ratio over the limit (elements) or minus the live PSUs (devices)
    int scenarios = 0;
    Excess excess;
    int live = 0;
    void offer(ElementIndex failed, double m);
};

[[nodiscard]] std::string scenarioPrefix(const PowerNetwork& net, ElementIndex failed);
[[nodiscard]] std::string overloadText(const PowerNetwork& net, const SupplyElement& e, const Excess& x, ElementIndex failed,
                                       int scenarios, const PowerRules& rules);
[[nodiscard]] Finding aboutElement(const SupplyElement& e, Severity severity, std::string message);
[[nodiscard]] Finding aboutDevice(const PoweredDevice& d, Severity severity, std::string message);

/// Findings about a device in the normal state: no cord, too few corded PSUs, a single point of failure.
void deviceNormalFindings(const PowerNetwork& net, const PoweredDevice& device, const PsuOutcome& normal,
                          std::vector<Finding>& out);
/// Phase imbalance of a PDU or panel at or above the warning band.
void imbalanceFinding(const SupplyElement& e, const PerPhase& amps, const PowerRules& rules, std::vector<Finding>& out);
/// A device left short of PSUs by its worst failure.
[[nodiscard]] Finding shortfallFinding(const PowerNetwork& net, const PoweredDevice& device, const WorstCase& w);
/// An element with no rating, reported once with its normal and worst load.
[[nodiscard]] std::string unratedText(const SupplyElement& e, double normalW, const PerPhase& normalAmps, double worstW,
                                      double worstAmps);

}  // namespace rw::power
