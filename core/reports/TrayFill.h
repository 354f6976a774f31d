#pragma once
// How full each tray segment is under a routing result: the summed cross-section and weight of
// the cables routed through it against the segment's capacity (width x depth x max fill %) and
// load rating, with the same figures the router uses (router/RuleResolver, router/RoutingWorld).
#include <vector>

#include "model/Model.h"
#include "router/RoutingResult.h"

namespace rw {

class Catalog;

struct TrayLoad {
    bool alive = false;
    std::uint32_t cables = 0;   // routed cables through the segment
    double areaMm2 = 0.0;       // summed cable cross-section
    double kgPerM = 0.0;        // summed cable weight per metre
    double capacityMm2 = 0.0;   // width x depth x max fill %
    double loadLimitKgPerM = 0.0;

    /// The larger of cross-section / capacity and weight / load rating, in percent: 100 = at the
    /// limit the router respects, over 100 = over a limit. 0 for a segment without capacity.
    [[nodiscard]] double fillPercent() const noexcept;
};

/// Load of every tray segment, indexed by TrayId::value (dead ids have alive = false).
[[nodiscard]] std::vector<TrayLoad> computeTrayLoads(const Model& model, const Catalog& catalog, const RoutingResult& routes);

}  // namespace rw
