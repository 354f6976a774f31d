#pragma once
// Pathway checks (docs/checks.md): every rack whose cables ride trays must stand under a tray of
// each kind its cables need, close enough that the drop from the tray to the rack top is a drop
// and not a run through open air. The router drops a rack's cables at the tray node nearest the
// rack centre (router/RoutingWorld.h); generated trays put a node straight above every rack, so
// a design as generated has no offset at all.
#include <cstdint>
#include <vector>

#include "checks/Finding.h"
#include "router/RoutingResult.h"

namespace rw {

class Catalog;

struct PathwayLimits {
    /// Largest distance in plan from a rack's centre to the tray node its cables drop from.
    /// An estimate: a waterfall or a short ladder drop bridges about one rack depth (1,200 mm)
    /// plus half a tray width; a cable farther out hangs unsupported (docs/checks.md).
    std::uint32_t maxDropOffsetMm = 1500;
};

/// Racks with routed (or tray-less unrouted) cables checked against the trays of the kinds those
/// cables ride: one finding per rack and tray kind.
[[nodiscard]] std::vector<Finding> checkPathways(const Model& model, const Catalog& catalog, const RoutingResult& routes,
                                                 const PathwayLimits& limits = {});

}  // namespace rw
