#pragma once
// The cable router (issue 5, docs/routing.md). Every cable: port -> in-rack run (U height to the
// rack top, out to a side) -> drop up to the tray above the rack -> tray path -> drop -> in-rack
// run -> port. Cables between the same two racks on the same tray kind form a bundle that is
// routed as one demand (chunks of at most `maxBundleCables`); base paths come from one Dijkstra
// per source rack. Capacity: bundles are committed in a fixed order, each on its shortest path
// where every segment has room, else on the cheapest path under PathFinder-style present and
// history costs among segments with room, else split cable by cable; what fits nowhere is left
// unrouted (reported). No limit is ever exceeded. The router keeps its state between calls, so
// reroute() after an edit redoes only what the edit can change and returns exactly what
// routeAll() would.
#include <memory>

#include "catalog/Catalog.h"
#include "edit/ChangeSet.h"
#include "model/Model.h"
#include "router/RoutingResult.h"

namespace rw {

struct RouterOptions {
    std::uint32_t slackPerEndMm = 300;  // service loop and bend allowance at each end
    double slackPercent = 2.0;          // spare length on the whole run (hardware-facts: 1-2 %)
    double presentCost = 1.0;           // PathFinder present cost: x (1 + presentCost x fill after adding the bundle)
    double historyCost = 1.0;           // PathFinder history cost: x (1 + historyCost x overflow under shortest paths)
    double costSteps = 4.0;             // fill and overflow are taken in steps of 1/costSteps (fewer revalidations)
    std::size_t maxBundleCables = 48;   // cables routed as one demand
    /// Keep what each congestion search read, so reroute() reruns only the searches an edit can
    /// change. A router used for one route (the CLI, the generator) turns it off: on a
    /// 350,000-GPU design those reads were most of the peak memory. Results are the same.
    bool rememberSearches = true;
};

struct RoutingStats {
    std::size_t bundles = 0;
    std::size_t dijkstras = 0;
    std::size_t congestedBundles = 0;   // bundles whose shortest path did not fit
    std::size_t rippedUp = 0;           // congestion searches run by the last call
    std::size_t reusedSearches = 0;     // congestion searches reused (their inputs unchanged)
    std::size_t splitBundles = 0;       // bundles split into single cables
    std::size_t edgesSearched = 0;      // edges whose cost the congestion searches of the last call read
    std::size_t replannedMedia = 0;     // cables whose detour outgrew their media, given the next that reaches
    std::size_t reroutedCables = 0;     // cables replanned by the last call
    bool fullReroute = false;           // the last reroute() fell back to a full route
    double planSeconds = 0.0;           // media choice, bundles, base paths and history costs
    double negotiateSeconds = 0.0;      // the ordered congestion pass
    double legaliseSeconds = 0.0;       // results
};

class Router final {
public:
    Router(const Model& model, const Catalog& catalog, RouterOptions options = {});
    ~Router();
    Router(const Router&) = delete;
    Router& operator=(const Router&) = delete;

    /// Routes every cable of the model.
    [[nodiscard]] RoutingResult routeAll();
    /// After `changes` were applied to the model: replans only the cables they affect (rack,
    /// device, cable, link and port edits, and the rack pairs a tray segment added, removed or
    /// moved can change), revalidates remembered congestion searches, and returns exactly what
    /// routeAll() would return. `previous` must be this router's last result; otherwise, and
    /// after hall or row edits, it runs routeAll() (stats().fullReroute) -- docs/routing.md.
    [[nodiscard]] RoutingResult reroute(const RoutingResult& previous, const ChangeSet& changes);

    [[nodiscard]] const RoutingStats& stats() const noexcept;

    /// Per cable id: the length it would have on its shortest tray path with no capacity limit
    /// (with the same drops, slack and in-rack model as a route); 0 for a cable that cannot be
    /// routed at all. A lower bound for the routed lengths (docs/routing.md, "Route quality").
    /// Plans every cable when this router has not routed yet; no congestion pass is run.
    [[nodiscard]] std::vector<std::uint32_t> shortestLengthsMm();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// Routes every cable once with a router that keeps nothing for later reroutes
/// (RouterOptions::rememberSearches off): what one-shot callers (the CLI, exports) need.
[[nodiscard]] RoutingResult routeOnce(const Model& model, const Catalog& catalog);

/// Checks a result against the model's trays: summed cross-section and kg/m per segment.
/// Returns the segments over a limit (empty = within every limit).
[[nodiscard]] std::vector<TrayId> overfilledSegments(const Model& model, const Catalog& catalog, const RoutingResult& result);

}  // namespace rw
