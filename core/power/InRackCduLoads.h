#pragma once
// Each in-rack CDU's load and capacity as figures (not findings), for views that colour racks
// by cooling headroom. The same inputs and rules as checkInRackCdus (CoolingCheck.h): the rack's
// heat to liquid, shared evenly by its in-rack units, against the capacity at the site's water
// supply temperature.
#include <optional>
#include <vector>

#include "model/Model.h"
#include "power/CoolingCheck.h"

namespace rw {
class Catalog;
}

namespace rw::power {

struct CduLoad {
    CoolingId unit;
    RackId rack;
    double loadKw = 0.0;                // this unit's share of the rack's heat to liquid
    std::optional<double> capacityKw;   // nullopt: no figure at the site's water temperature
};

/// One entry per cooling unit whose device stands in a rack.
[[nodiscard]] std::vector<CduLoad> inRackCduLoads(const Model& model, const Catalog& catalog, const CoolingRules& rules = {});

/// What-if for one in-rack CDU (the rule: an in-rack CDU's loss is the rack's loss unless
/// the rack has others): the rack's other in-rack units share its whole heat to liquid; with
/// none left the rack loses liquid cooling (an error about the rack), and a survivor over its
/// capacity is an error about that unit. `loads` is inRackCduLoads' result.
[[nodiscard]] std::vector<Finding> inRackCduLoss(const Model& model, const std::vector<CduLoad>& loads, CoolingId lost);

}  // namespace rw::power
