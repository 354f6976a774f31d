#include "power/FailureSweep.h"

#include <algorithm>
#include <limits>

namespace rw::power {

ElementLoad& ElementLoad::operator+=(const ElementLoad& other) noexcept {
    watts += other.watts;
    for (std::size_t k = 0; k < 3; ++k) legVa[k] += other.legVa[k];
    return *this;
}

void addShare(ElementLoad& load, const SupplyElement& e, int leg, double watts, double powerFactor) noexcept {
    load.watts += watts;
    const double va = watts / powerFactor;
    if (e.phases != 3) load.legVa[0] += va;
    else if (leg >= 0 && leg < 3) load.legVa[static_cast<std::size_t>(leg)] += va;
    else
        for (double& l : load.legVa) l += va / 3.0;
}

PerPhase ampsOf(const SupplyElement& e, const ElementLoad& load) noexcept {
    return lineAmps(wiringFor(e.volts, e.phases), e.volts, load.legVa);
}

std::size_t busiest(const PerPhase& amps) noexcept {
    // Balanced phases are equal only up to rounding, which depends on the order the shares were
    // summed: the lowest phase within rounding of the highest is named, so a full check and an
    // incremental one name the same phase.
    const double top = *std::max_element(amps.begin(), amps.end());
    std::size_t k = 0;
    while (amps[k] < top - 1e-9 * std::max(1.0, top)) ++k;
    return k;
}

double powerFactorOf(const PoweredDevice& d) noexcept { return d.powerFactor > 0 ? d.powerFactor : 1.0; }

std::vector<ElementIndex> upstreamOf(const PowerNetwork& net, const PoweredDevice& device) {
    std::vector<ElementIndex> up;
    for (const PsuCord& cord : device.cords)
        if (cordLive(net, cord, kNoElement)) net.forEachUpstream(cord.element, [&](ElementIndex e) { up.push_back(e); });
    std::sort(up.begin(), up.end());
    up.erase(std::unique(up.begin(), up.end()), up.end());
    return up;
}

FailureSweep::FailureSweep(const PowerNetwork& net) : net_(net) {
    const std::size_t n = net.elements.size();
    normal_.resize(n);
    delta_.resize(n);
    touchedFlag_.assign(n, 0);
    devicesUnder_.resize(n);
    std::vector<std::size_t> lastDevice(n, std::numeric_limits<std::size_t>::max());
    for (std::size_t d = 0; d < net.devices.size(); ++d) {
        const PoweredDevice& device = net.devices[d];
        outcomes_.push_back(psuOutcome(net, device));
        for (const PsuCord& cord : device.cords) {
            if (!cordLive(net, cord, kNoElement)) continue;
            net.forEachUpstream(cord.element, [&](ElementIndex e) {
                addShare(normal_[e], net.elements[e], cord.leg, outcomes_[d].wattsPerPsu, powerFactorOf(device));
                if (lastDevice[e] != d) devicesUnder_[e].push_back(d);
                lastDevice[e] = d;
            });
        }
    }
}

}  // namespace rw::power
