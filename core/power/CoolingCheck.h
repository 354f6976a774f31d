#pragma once
// The first slice of the cooling check (issue 11): every in-rack CDU against the heat its rack
// sends to liquid, at the site's water supply temperature, through the unit's capacity curve.
// Row CDUs, air units, rear doors and N+1 by zone are not checked yet (docs/power.md).
#include <vector>

#include "checks/Finding.h"

namespace rw {
class Catalog;
}

namespace rw::power {

struct CoolingRules {
    /// Facility water supply temperature, degC. The hall does not carry its water class yet;
    /// 32 degC is ASHRAE's W32 class, the common one for direct liquid cooling.
    double waterSupplyC = 32.0;
};

/// For each cooling unit whose device stands in a rack (an in-rack CDU): the rack's heat to
/// liquid (catalog thermal.heat_to_liquid_w at max power of every other device in the rack,
/// shared evenly when a rack has several such units) against the unit's capacity at
/// `rules.waterSupplyC` (its catalog curve, else its one capacity figure).
[[nodiscard]] std::vector<Finding> checkInRackCdus(const Model& model, const Catalog& catalog, const CoolingRules& rules = {});

}  // namespace rw::power
