#pragma once
// What a routing result puts on each tray segment: the summed cross-section, weight per metre and
// count of the cables routed through it, each with its chosen media's figures (RuleResolver). The
// router's limit check, the generator's tray sizing and the GUI's tray fill all read this one sum.
#include <cstdint>
#include <vector>

#include "catalog/Catalog.h"
#include "model/Model.h"
#include "router/RoutingResult.h"

namespace rw {

struct TrayDemand {
    double areaMm2 = 0.0;      // summed cable cross-section
    double kgPerM = 0.0;       // summed cable weight per metre
    std::uint32_t cables = 0;  // routed cables through the segment
};

/// Per tray segment, indexed by TrayId::value (model.trays().capacity() entries; the risers
/// joining stacked levels carry no limits and are left out).
[[nodiscard]] std::vector<TrayDemand> trayDemand(const Model& model, const Catalog& catalog, const RoutingResult& result);

}  // namespace rw
