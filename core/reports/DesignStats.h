#pragma once
// Design statistics: how many GPUs, nodes, racks, switches per fabric tier, links per role,
// cables and how much power a design draws at most. Everything is derived from the Model (and
// the catalog for per-part figures); nothing here is stored in the project.
//
// Switch tiers are derived from links as docs/model-conventions.md states: the b end of a
// node_leaf (or OOB management) link is a leaf of that link's fabric, the b end of leaf_spine a
// spine, the b end of spine_core a core; the a end of leaf_spine is a leaf and of spine_core a
// spine, so a leaf without nodes (a partial SU) is still counted. A switch seen at several tiers
// counts at the highest one. Device.role is not consulted: it is for display.
#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/Model.h"

namespace rw {

class Catalog;

inline constexpr std::size_t kLinkRoleCount = 7;  // LinkRole values, NodeLeaf .. Other

/// Switches of one fabric by tier.
struct FabricSwitchCounts {
    std::int64_t leaf = 0;
    std::int64_t spine = 0;
    std::int64_t core = 0;
    std::int64_t nvlinkSwitch = 0;  // b ends of nvlink links (NVLink switch trays)
    [[nodiscard]] std::int64_t total() const noexcept { return leaf + spine + core + nvlinkSwitch; }
};

/// Links of one fabric by role.
struct FabricLinkCounts {
    std::int64_t total = 0;
    std::array<std::int64_t, kLinkRoleCount> byRole{};  // indexed by LinkRole
    [[nodiscard]] std::int64_t of(LinkRole role) const noexcept { return byRole[static_cast<std::size_t>(role)]; }
};

struct FabricStats {
    FabricSwitchCounts switches;
    FabricLinkCounts links;
};

struct CableCounts {
    std::int64_t total = 0;
    std::int64_t routed = 0;
    std::int64_t unrouted = 0;
    std::int64_t powerCords = 0;  // media power-cord (part of total)
};

struct DesignStats {
    std::string name;
    /// Sum of the catalog's GPUs per gpu-node device; nullopt without a catalog.
    std::optional<std::int64_t> gpus;
    std::int64_t nodes = 0;  // devices with role gpu-node (compute trays of rack-scale systems)
    std::int64_t racks = 0;
    std::map<RackRole, std::int64_t> racksByRole;  // roles present only
    /// Every fabric with at least one link, power excluded (power cords are counted in cables
    /// and `powerCordLinks`). The nvlink fabric is present also when the catalog reports
    /// in-rack NVLink for the design's systems.
    std::map<Fabric, FabricStats> fabrics;
    std::int64_t powerCordLinks = 0;
    /// NVLink links inside rack-scale systems according to the catalog (GB200 NVL72: 1,296 per
    /// rack), counted per compute tray as the system's links / its compute trays. These run
    /// through the rack's copper spine and are not Link objects; nullopt when none apply.
    std::optional<std::int64_t> nvlinkInRack;
    /// NVLink links on the nodes' own boards according to the catalog (`nvlink_links` of a
    /// gpu-server: an HGX/DGX H100 board has 8 GPUs x 18 = 144), summed over gpu-node devices.
    /// No cables; nullopt when no node of the design has the figure.
    std::optional<std::int64_t> nvlinkInNode;
    CableCounts cables;
    /// Sum of catalog max power of IT devices, kW. Power distribution (PDUs, power shelves,
    /// whose figure is what they can deliver) and cooling devices are left out.
    std::optional<double> itMaxKw;
    /// Cooling power: in-rack CDU devices and room/row cooling units with a stated draw, kW.
    std::optional<double> coolingMaxKw;
    /// Things the figures could not include (unknown catalog ids, gpu-nodes without GPUs...).
    std::vector<std::string> warnings;
};

/// Inputs beyond the model. Both are optional.
struct DesignStatsInputs {
    const Catalog* catalog = nullptr;
    /// True when the router has a route for the cable. Routing is issue 5; until it is wired in,
    /// leave this empty and every cable counts as unrouted.
    std::function<bool(CableId, const Cable&)> isRouted;
};

[[nodiscard]] DesignStats computeDesignStats(const Model& model, const DesignStatsInputs& inputs = {});

}  // namespace rw
