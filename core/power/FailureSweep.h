#pragma once
// The sums behind the power check: each element's load in the normal state, and the change a
// single failure makes to it. A failure only changes the devices with a PSU below the lost
// element, so a scenario is a sparse delta on the normal sums, not a new sum over the hall.
// Shared by the full check, the one-scenario what-if and the incremental session.
#include <cstdint>
#include <vector>

#include "power/PowerMath.h"
#include "power/PowerNetwork.h"
#include "power/PsuFailover.h"

namespace rw::power {

/// Watts through an element and the apparent power on each of its legs.
struct ElementLoad {
    double watts = 0.0;
    PerPhase legVa{};
    ElementLoad& operator+=(const ElementLoad& other) noexcept;
};

/// Adds `watts` (negative to take away) drawn through a cord on `leg` (-1: unknown, spread
/// evenly over three phases) to an element.
void addShare(ElementLoad& load, const SupplyElement& e, int leg, double watts, double powerFactor) noexcept;

/// Line currents of an element under a load.
[[nodiscard]] PerPhase ampsOf(const SupplyElement& e, const ElementLoad& load) noexcept;
/// Index of the busiest phase (the lowest of phases equal within rounding).
[[nodiscard]] std::size_t busiest(const PerPhase& amps) noexcept;
/// A device's power factor, 1 when it states a meaningless one.
[[nodiscard]] double powerFactorOf(const PoweredDevice& d) noexcept;

/// Every element above a live cord of the device, by rising index, each once: the failures
/// that change its PSUs.
[[nodiscard]] std::vector<ElementIndex> upstreamOf(const PowerNetwork& net, const PoweredDevice& device);

/// Calls f(element, cord leg, change in watts) for every element above a live cord of `device`
/// whose share changes when `failed` is lost, given the device's normal outcome, and that
/// survives the failure: a cord the failure takes down changes only the elements above `failed`
/// (those between it and the cord are lost with it, and no check judges them in that scenario).
template <class F>
void forEachShift(const PowerNetwork& net, const PoweredDevice& device, const PsuOutcome& normal, ElementIndex failed, F&& f) {
    const PsuOutcome after = psuOutcome(net, device, failed);
    for (const PsuCord& cord : device.cords) {
        if (!cordLive(net, cord, kNoElement)) continue;
        const bool survives = cordLive(net, cord, failed);
        const double change = (survives ? after.wattsPerPsu : 0.0) - normal.wattsPerPsu;
        if (change == 0.0) continue;
        const ElementIndex from = survives ? cord.element : net.elements[failed].parent;
        if (from != kNoElement) net.forEachUpstream(from, [&](ElementIndex e) { f(e, cord.leg, change); });
    }
}

/// Whether the check sweeps the loss of this element as a single failure. An outlet bank is not:
/// its breaker can only shed PSUs of its own PDU, so the loss of that PDU (swept) takes at least
/// as many PSUs from every device and so loads every element outside the PDU at least as much
/// and leaves every device with no more PSUs. What it leaves out is a sibling bank of the same
/// PDU picking up a device whose PSUs sit on two banks of one PDU; the generator puts a device's
/// cords on one bank each across feeds, and the loss of another feed moves more load there.
/// Banks are 85 % of the elements of a rated hall, so sweeping them would multiply the work.
[[nodiscard]] inline bool sweptAsFailure(const SupplyElement& e) noexcept { return e.kind != ElementKind::Bank; }

class FailureSweep final {
public:
    explicit FailureSweep(const PowerNetwork& net);

    [[nodiscard]] const std::vector<ElementLoad>& normal() const noexcept { return normal_; }
    [[nodiscard]] const std::vector<PsuOutcome>& normalOutcomes() const noexcept { return outcomes_; }
    /// Devices (by index) with a live PSU below each element.
    [[nodiscard]] const std::vector<std::vector<std::size_t>>& devicesUnder() const noexcept { return devicesUnder_; }

    /// Runs `failed` as a scenario: calls onElement(e, delta) for each surviving element whose
    /// load changed (its load is normal()[e] + delta), in the order first touched; elements lost
    /// with `failed` are never touched.
    template <class OnElement>
    void run(ElementIndex failed, OnElement&& onElement) {
        for (std::size_t d : devicesUnder_[failed])
            forEachShift(net_, net_.devices[d], outcomes_[d], failed, [&](ElementIndex e, int leg, double change) {
                addShare(delta_[e], net_.elements[e], leg, change, powerFactorOf(net_.devices[d]));
                if (!touchedFlag_[e]) touched_.push_back(e);
                touchedFlag_[e] = 1;
            });
        for (ElementIndex e : touched_) {
            onElement(e, delta_[e]);  // forEachShift touches survivors only
            delta_[e] = {};
            touchedFlag_[e] = 0;
        }
        touched_.clear();
    }

private:
    const PowerNetwork& net_;
    std::vector<ElementLoad> normal_;
    std::vector<PsuOutcome> outcomes_;
    std::vector<std::vector<std::size_t>> devicesUnder_;
    std::vector<ElementLoad> delta_;
    std::vector<std::uint8_t> touchedFlag_;
    std::vector<ElementIndex> touched_;
};

}  // namespace rw::power
