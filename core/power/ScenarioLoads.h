#pragma once
// Every element's load in one scenario (normal, or one element lost), for views that colour or
// draw each element against its limit. The power check keeps only the worst case per element;
// a what-if view needs the loads of the scenario the user picked, all of them.
#include <optional>
#include <vector>

#include "power/PowerNetwork.h"
#include "power/PowerRules.h"

namespace rw::power {

struct ElementState {
    double watts = 0.0;
    double busiestAmps = 0.0;  // the busiest phase (feeds too, for display)
    bool lost = false;         // the failed element or one below it: carries nothing
};

/// Loads with `failed` lost (kNoElement: the normal state): every live PSU's share of its
/// device's maximum power summed up its chain, as the power check sums them.
[[nodiscard]] std::vector<ElementState> elementStates(const PowerNetwork& net, ElementIndex failed = kNoElement);

/// Load over limit: kW over capacity for feeds, busiest-phase A over rating x continuous-load
/// factor for the rest; nullopt when the element has no rating.
[[nodiscard]] std::optional<double> loadShare(const SupplyElement& element, const ElementState& state,
                                              const PowerRules& rules = {});

}  // namespace rw::power
