#pragma once
// The cooling network of a model: every rack's heat from its devices' catalog thermal data and
// every cooling unit with the rack, row or hall it serves (docs/power.md, "Cooling").
#include "power/CoolingCheck.h"

namespace rw {
class Catalog;
}

namespace rw::power {

[[nodiscard]] CoolingNetwork coolingNetworkFromModel(const Model& model, const Catalog& catalog, const CoolingRules& rules = {});

}  // namespace rw::power
