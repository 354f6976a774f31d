#pragma once
// The shortest way along the trays between two racks (the floor plan's measure tool reads it):
// the router's tray graph (RoutingWorld) walked from the tray point above one rack to the one
// above the other, on trays of one kind and with no capacity limits -- the least a cable between
// the two racks runs overhead. One narrow entry point, so callers need not know the router.
#include <array>
#include <vector>

#include "catalog/Catalog.h"
#include "model/Model.h"
#include "router/RoutingWorld.h"

namespace rw {

struct TrayPath {
    TrayKind kind = TrayKind::Data;
    bool found = false;          // false: a rack has no tray point of this kind, or the trays do not join
    double trayMm = 0.0;         // along the tray segments, and the risers between stacked levels
    double dropsMm = 0.0;        // up from each rack's top to its tray point's height
    double offsetsMm = 0.0;      // across, from each rack's centre to under its tray point (open air)
    std::vector<TrayId> segments;  // from the first rack to the second; risers left out

    /// The whole way from rack top to rack top.
    [[nodiscard]] double totalMm() const noexcept { return trayMm + dropsMm + offsetsMm; }
};

/// The shortest path on trays of `kind` between the tray points the router would drop `from`'s
/// and `to`'s cables at (the same rack twice: only the drops).
[[nodiscard]] TrayPath shortestTrayPath(const Model& model, const Catalog& catalog, RackId from, RackId to, TrayKind kind);

/// shortestTrayPath for each kind, in TrayKind order, on one tray graph.
[[nodiscard]] std::array<TrayPath, kTrayKinds> shortestTrayPaths(const Model& model, const Catalog& catalog, RackId from, RackId to);

}  // namespace rw
