#include "power/PsuFailover.h"

namespace rw::power {

bool cordLive(const PowerNetwork& net, const PsuCord& cord, ElementIndex failed) noexcept {
    return cord.element != kNoElement && (failed == kNoElement || !net.hangsBelow(cord.element, failed));
}

PsuOutcome psuOutcome(const PowerNetwork& net, const PoweredDevice& device, ElementIndex failed) {
    PsuOutcome out;
    for (const PsuCord& cord : device.cords)
        if (cordLive(net, cord, failed)) ++out.live;
    if (out.live > 0) out.wattsPerPsu = device.maxW / out.live;
    return out;
}

bool leftShort(const PoweredDevice& device, const PsuOutcome& outcome) noexcept { return outcome.live < device.needed; }

std::optional<ElementIndex> singlePointOfFailure(const PowerNetwork& net, const PoweredDevice& device) {
    if (device.cords.empty() || device.cords.front().element == kNoElement) return std::nullopt;
    // Walk the first cord's chain bottom-up; the first element on every other chain is the lowest common one.
    std::optional<ElementIndex> found;
    net.forEachUpstream(device.cords.front().element, [&](ElementIndex e) {
        if (found) return;
        bool onAll = true;
        for (const PsuCord& cord : device.cords) onAll = onAll && cord.element != kNoElement && net.hangsBelow(cord.element, e);
        if (onAll) found = e;
    });
    return found;
}

std::vector<double> elementWatts(const PowerNetwork& net, ElementIndex failed) {
    std::vector<double> watts(net.elements.size(), 0.0);
    for (const PoweredDevice& device : net.devices) {
        const PsuOutcome outcome = psuOutcome(net, device, failed);
        for (const PsuCord& cord : device.cords) {
            if (cordLive(net, cord, failed)) net.forEachUpstream(cord.element, [&](ElementIndex e) { watts[e] += outcome.wattsPerPsu; });
        }
    }
    return watts;
}

}  // namespace rw::power
