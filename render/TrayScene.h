#pragma once
// Overhead cable trays and what runs in them, as instance lists: tray channels by kind, the
// cables of each segment drawn as ONE bundle whose cross-section follows how many cables the
// router put there, and the individual cables of the selected racks (drops plus tray runs).
// Drawing every one of 370,000 cables would cost seconds a frame on a software rasteriser; a
// bundle per segment costs one instance.
#include <array>
#include <cstdint>
#include <vector>

#include "SceneSizes.h"
#include "SceneTypes.h"
#include "model/Model.h"
#include "router/RoutingResult.h"

namespace rw::render {

struct TrayInstances {
    std::vector<Instance> runs;     // horizontal segments: the open channel mesh, turned along the run
    std::vector<TrayId> runIds;
    std::vector<Instance> risers;   // vertical segments: boxes
    std::vector<TrayId> riserIds;
};

/// Every tray segment, coloured by kind.
[[nodiscard]] TrayInstances buildTrays(const TrayTable& trays);

/// The far level of detail of tray runs: runs of one colour, size and height that continue each
/// other along one line are merged into one long box, in input order of their first piece.
/// A Colossus hall's 9,600 segments become a few hundred runs, which is most of the frame's cost
/// on a software rasteriser.
[[nodiscard]] std::vector<Instance> mergeCollinearRuns(const std::vector<Instance>& runs);

/// Cables routed through each tray segment (index = TrayId::value, `segments` = the tray table's
/// capacity); in-rack and unrouted cables use no tray.
[[nodiscard]] std::vector<std::uint32_t> cablesPerSegment(std::size_t segments, const RoutingResult& routes);

/// One bundle per segment that carries cables, lying in its tray. Its width and height grow with
/// the square root of the cable count (cross-section ~ count), the fullest segment filling 85 %
/// of its tray; what the router really filled is in its own report.
[[nodiscard]] std::vector<Instance> buildCableBundles(const TrayTable& trays, const RoutingResult& routes);

/// For each bundle buildCableBundles() makes (same order): the share of its cables not faded,
/// 0 to 1. `cableFaded` is by CableId::value (true = not built yet); missing ids count as built.
[[nodiscard]] std::vector<float> bundleBuiltShares(const TrayTable& trays, const RoutingResult& routes,
                                                   const std::vector<bool>& cableFaded);

/// What drawing single cables needs from the model, so the view can redraw the selection's cables
/// when the selection changes without holding on to the model.
struct CableGeometry {
    std::vector<std::array<RackId, 2>> ends;  // racks of each cable's first link's ends, by CableId::value
    TrayTable trays;
    std::vector<Point3> rackTops;  // by RackId::value: footprint centre and top; z < 0 for no rack
};
[[nodiscard]] CableGeometry cableGeometry(const Model& model, const SceneSizes& sizes);

/// The individual cables with an end in one of `racks` (sorted ids): a vertical drop from each
/// end's rack top to the tray level, a run to the route's nearest tray end, and a thin line along
/// each tray segment of the route, just above the tray. At most `limit` cables are drawn.
[[nodiscard]] std::vector<Instance> buildSelectedCables(const CableGeometry& geometry, const RoutingResult& routes,
                                                        const std::vector<RackId>& racks, std::size_t limit = 5000);

/// The rack a link end's port is mounted in (invalid if any step is missing).
[[nodiscard]] RackId rackOfPort(const Model& model, PortId port) noexcept;

}  // namespace rw::render
