#pragma once
// The router's narrow view of the design (in the spirit of KiCad's ROUTER_IFACE): a tray graph
// built from the model's TraySegments, and per rack the geometry the in-rack model needs. The
// router never reads trays or racks from the Model directly, so tests can build worlds by hand.
//
// Graph: a node at every distinct segment end point (hall, kind and exact 3D point: segments
// meeting at a point are joined; kinds never mix, so power stays in power trays); an edge per
// segment with its length, cross-section capacity (width x depth x max fill %) and load limit
// (kg per metre of tray, i.e. the sum of the cables' kg/m).
//
// Halls: each hall has its own coordinates. Halls stand side by side in id order along x; a
// tray end beyond a hall's east wall (x past its outline) is a corridor point, and where the next
// hall has a tray end beyond its west wall with the same kind, y and height, the two are one
// point in the corridor: that fixes where the next hall stands (its offset) and joins the two
// halls' tray networks there (docs/routing.md, "Halls"). Node positions and rack centres are in
// this site frame, so distances across halls are real.
#include <array>
#include <cstdint>
#include <map>
#include <utility>
#include <vector>

#include "catalog/Catalog.h"
#include "model/Model.h"
#include "router/NearestNodeIndex.h"

namespace rw {

inline constexpr std::uint32_t kNoNode = 0xffffffffU;
inline constexpr std::size_t kTrayKinds = 3;

struct TrayEdge {
    std::uint32_t a = kNoNode;
    std::uint32_t b = kNoNode;
    std::uint32_t lengthMm = 0;
    double capacityMm2 = 0.0;   // width x depth x fill %
    double loadKgPerM = 0.0;    // sum of cable kg/m allowed
    TrayKind kind = TrayKind::Data;
    bool alive = false;
};

struct RackGeometry {
    bool alive = false;
    HallId hall;                   // routing area: the lowest id of the halls joined to the rack's hall by corridor trays
    Point2 centre;                 // in the site frame (the hall's offset added)
    std::int32_t topMm = 0;        // height of the rack top above the floor
    std::int32_t sideRunMm = 0;    // from the rack centre line to a side cable manager (half the width)
    std::array<std::uint32_t, kTrayKinds> drop{kNoNode, kNoNode, kNoNode};  // tray node above, per kind
};

class RoutingWorld final {
public:
    RoutingWorld(const Model& model, const Catalog& catalog);

    /// Recomputes one rack's geometry and drop nodes (after a rack move).
    void updateRack(RackId rack);

    [[nodiscard]] const Model& model() const noexcept { return model_; }
    [[nodiscard]] const Catalog& catalog() const noexcept { return catalog_; }
    [[nodiscard]] std::size_t nodeCount() const noexcept { return nodes_.size(); }
    [[nodiscard]] const Point3& node(std::uint32_t n) const noexcept { return nodes_[n]; }
    [[nodiscard]] TrayKind nodeKind(std::uint32_t n) const noexcept { return nodeKind_[n]; }
    /// Edges indexed by TrayId::value (dead or absent ids have alive = false), followed by the
    /// virtual riser edges joining stacked levels (ids >= traySegmentCount(), no limits).
    [[nodiscard]] const std::vector<TrayEdge>& edges() const noexcept { return edges_; }
    /// Adjacency in CSR form: for node n, adjacency()[adjStart()[n] .. adjStart()[n+1]) are TrayId values.
    [[nodiscard]] const std::vector<std::uint32_t>& adjStart() const noexcept { return adjStart_; }
    [[nodiscard]] const std::vector<std::uint32_t>& adjacency() const noexcept { return adj_; }
    /// The node at the other end of each adjacency() entry (searches read it without the edge).
    [[nodiscard]] const std::vector<std::uint32_t>& adjacentNodes() const noexcept { return adjOther_; }
    [[nodiscard]] std::uint32_t traySegmentCount() const noexcept { return model_.trays().capacity(); }
    /// True when every segment (and riser) of `kind` runs along one axis and its length is that
    /// run: then the L1 distance is a consistent lower bound for paths in it (AxisSearch.h).
    [[nodiscard]] bool axisAligned(TrayKind kind) const noexcept { return axisAligned_[static_cast<std::size_t>(kind)]; }
    [[nodiscard]] bool isRiser(std::uint32_t edge) const noexcept { return edge >= traySegmentCount(); }
    [[nodiscard]] const RackGeometry& rack(RackId id) const noexcept { return racks_[id.value]; }
    /// Where a hall's own coordinates sit in the site frame (zero for the first hall and for halls
    /// no corridor tray joins to the previous one).
    [[nodiscard]] Point2 hallOffset(HallId hall) const noexcept {
        return hall.value < hallOffset_.size() ? hallOffset_[hall.value] : Point2{};
    }
    /// The routing area of a hall: the lowest id of the halls its corridor trays join it to.
    [[nodiscard]] HallId areaOf(HallId hall) const noexcept { return hall.value < area_.size() ? area_[hall.value] : hall; }
    [[nodiscard]] std::size_t rackCapacity() const noexcept { return racks_.size(); }

    /// Height of a port above the floor: the middle of its device's U span; on a 0U strip (a
    /// vertical PDU), the connector's place along the strip.
    [[nodiscard]] std::int32_t portHeightMm(PortId port) const;
    /// The rack a port's device stands in.
    [[nodiscard]] RackId rackOf(PortId port) const { return model_.devices()[model_.ports()[port].device].rack; }

private:
    void joinHalls();
    void buildGraph();
    std::uint32_t nearestNode(HallId hall, TrayKind kind, Point2 p) const;

    const Model& model_;
    const Catalog& catalog_;
    std::vector<Point3> nodes_;
    std::vector<HallId> nodeHall_;
    std::vector<TrayKind> nodeKind_;
    std::vector<std::uint8_t> nodeInCorridor_;  // beyond its hall's wall: never a rack's drop
    std::vector<Point2> hallOffset_;            // by HallId value
    std::vector<HallId> area_;                  // by HallId value
    std::vector<std::pair<std::int32_t, std::int32_t>> corridorWalls_;  // by HallId value: outline min and max x (min > max: none)
    std::vector<TrayEdge> edges_;
    std::vector<std::uint32_t> adjStart_;
    std::vector<std::uint32_t> adj_;
    std::vector<std::uint32_t> adjOther_;
    std::array<bool, kTrayKinds> axisAligned_{true, true, true};
    std::vector<RackGeometry> racks_;
    std::map<std::pair<std::uint32_t, int>, NearestNodeIndex> dropCandidates_;  // (hall, kind) -> nodes
};

/// One rack unit (EIA-310: 1.75 in), the unit of U positions.
inline constexpr double kRackUnitMm = 44.45;

/// Height above a 0U strip's bottom (a vertical PDU) of its `index`-th connector of one kind, of
/// `count`: a kind's connectors are spread evenly along the strip. The generator picks outlets by
/// it and the router measures cords with it.
[[nodiscard]] inline double stripConnectorMm(double stripHeightMm, int index, int count) noexcept {
    return count > 0 ? (index + 0.5) / count * stripHeightMm : 0.0;
}

}  // namespace rw
