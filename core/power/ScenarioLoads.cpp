#include "power/ScenarioLoads.h"

#include <algorithm>

#include "power/PowerMath.h"
#include "power/PsuFailover.h"

namespace rw::power {

std::vector<ElementState> elementStates(const PowerNetwork& net, ElementIndex failed) {
    const std::size_t n = net.elements.size();
    std::vector<double> watts(n, 0.0);
    std::vector<PerPhase> legVa(n, PerPhase{});
    for (const PoweredDevice& device : net.devices) {
        const PsuOutcome outcome = psuOutcome(net, device, failed);
        if (outcome.dark()) continue;
        const double pf = device.powerFactor > 0 ? device.powerFactor : 1.0;
        const double va = outcome.wattsPerPsu / pf;
        for (const PsuCord& cord : device.cords) {
            if (!cordLive(net, cord, failed)) continue;
            net.forEachUpstream(cord.element, [&](ElementIndex e) {
                watts[e] += outcome.wattsPerPsu;
                // The same leg rule as the check: single phase on leg 0, a known leg, else spread.
                if (net.elements[e].phases != 3) legVa[e][0] += va;
                else if (cord.leg >= 0 && cord.leg < 3) legVa[e][std::size_t(cord.leg)] += va;
                else
                    for (double& leg : legVa[e]) leg += va / 3.0;
            });
        }
    }
    std::vector<ElementState> out(n);
    for (ElementIndex e = 0; e < n; ++e) {
        const SupplyElement& element = net.elements[e];
        const PerPhase amps = lineAmps(wiringFor(element.volts, element.phases), element.volts, legVa[e]);
        out[e] = {watts[e], *std::max_element(amps.begin(), amps.end()), failed != kNoElement && net.hangsBelow(e, failed)};
    }
    return out;
}

std::optional<double> loadShare(const SupplyElement& element, const ElementState& state, const PowerRules& rules) {
    if (element.kind == ElementKind::Feed)
        return element.capacityKw > 0 ? std::optional(state.watts / 1000.0 / element.capacityKw) : std::nullopt;
    const double allowed = allowedAmps(element.ratedAmps, rules.continuousLoadFactor);
    return allowed > 0 ? std::optional(state.busiestAmps / allowed) : std::nullopt;
}

}  // namespace rw::power
