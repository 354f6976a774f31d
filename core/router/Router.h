#pragma once
// The cable router (issue 5, docs/routing.md). Every cable: port -> in-rack run (U height to the
// rack top, out to a side) -> drop up to the tray above the rack -> tray path -> drop -> in-rack
// run -> port. Cables between the same two racks on the same tray kind form a bundle that is
// routed as one demand (chunks of at most `maxBundleCables`), so Colossus's ~370k cables are a
// few tens of thousands of shortest-path problems, and base paths come from one Dijkstra per
// source rack. Capacity: the summed cross-section per segment stays within width x depth x fill
// and the summed kg/m within the load rating; overuse is resolved PathFinder-style (present and
// history costs, only bundles on overused segments are ripped up); a final legalisation pass
// commits bundles only where they fit, splits the rest cable by cable and leaves what still does
// not fit unrouted (reported). No limit is ever exceeded.
#include <memory>

#include "catalog/Catalog.h"
#include "edit/ChangeSet.h"
#include "model/Model.h"
#include "router/RoutingResult.h"

namespace rw {

struct RouterOptions {
    std::uint32_t slackPerEndMm = 300;  // service loop and bend allowance at each end
    double slackPercent = 2.0;          // spare length on the whole run (hardware-facts: 1-2 %)
    int maxIterations = 10;             // negotiation rounds before legalisation
    int staleRounds = 3;                // stop early after this many rounds without 2 % less overflow
    double presentCostStart = 0.5;      // PathFinder present-congestion factor, grown each round
    double presentCostGrowth = 2.0;
    double historyCost = 0.5;           // added per round a segment stays overused (times its overflow)
    std::size_t maxBundleCables = 48;   // cables routed as one demand
};

struct RoutingStats {
    std::size_t bundles = 0;
    std::size_t dijkstras = 0;
    std::size_t rippedUp = 0;           // bundle reroutes during negotiation
    std::size_t splitBundles = 0;       // bundles split into single cables during legalisation
    std::size_t reroutedCables = 0;     // cables replanned by the last call
    bool fullReroute = false;           // the last reroute() fell back to a full route
    double planSeconds = 0.0;           // media choice, bundles and base paths
    double negotiateSeconds = 0.0;      // PathFinder rounds
    double legaliseSeconds = 0.0;       // legalisation and results
};

class Router final {
public:
    Router(const Model& model, const Catalog& catalog, RouterOptions options = {});
    ~Router();
    Router(const Router&) = delete;
    Router& operator=(const Router&) = delete;

    /// Routes every cable of the model.
    [[nodiscard]] RoutingResult routeAll();
    /// After `changes` were applied to the model: reroutes only the cables they affect (rack or
    /// device moves, cable edits, tray property edits) and returns what routeAll() would return.
    /// Falls back to routeAll() where an exact local update is not possible (a negotiated
    /// previous result, tray geometry edits, link/port edits) -- see docs/routing.md.
    [[nodiscard]] RoutingResult reroute(const RoutingResult& previous, const ChangeSet& changes);

    [[nodiscard]] const RoutingStats& stats() const noexcept;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// Checks a result against the model's trays: summed cross-section and kg/m per segment.
/// Returns the segments over a limit (empty = within every limit).
[[nodiscard]] std::vector<TrayId> overfilledSegments(const Model& model, const Catalog& catalog, const RoutingResult& result);

}  // namespace rw
