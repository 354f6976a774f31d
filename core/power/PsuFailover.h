#pragma once
// What a single failure in the supply tree does to one device: which PSUs stay live, what each
// carries, whether enough are left; and which element, if any, every PSU of a device depends on.
#include <optional>

#include "power/PowerNetwork.h"

namespace rw::power {

/// A device after a scenario: live PSUs and the watts each carries (0 when none is left).
struct PsuOutcome {
    int live = 0;
    double wattsPerPsu = 0.0;
    [[nodiscard]] bool dark() const noexcept { return live == 0; }
};

/// True when the cord is plugged in and neither its element nor any element above it is `failed`.
[[nodiscard]] bool cordLive(const PowerNetwork& net, const PsuCord& cord, ElementIndex failed) noexcept;

/// The device with `failed` lost (kNoElement: the normal state). A PSU is live when its cord's
/// element and every element above it survive; the live PSUs share the device's maximum power
/// evenly (the worst case the feeds must carry even when the device runs degraded).
[[nodiscard]] PsuOutcome psuOutcome(const PowerNetwork& net, const PoweredDevice& device,
                                    ElementIndex failed = kNoElement);

/// True when the device has fewer live PSUs than it needs after the scenario.
[[nodiscard]] bool leftShort(const PoweredDevice& device, const PsuOutcome& outcome) noexcept;

/// The lowest element every corded PSU of the device traces through (so losing it powers the
/// device off): a single point of failure. nullopt when the PSUs reach two or more feeds, or
/// the device has no cords.
[[nodiscard]] std::optional<ElementIndex> singlePointOfFailure(const PowerNetwork& net, const PoweredDevice& device);

/// Watts each element carries in a scenario: every live PSU's share summed up its chain.
[[nodiscard]] std::vector<double> elementWatts(const PowerNetwork& net, ElementIndex failed = kNoElement);

}  // namespace rw::power
