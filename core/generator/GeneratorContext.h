#pragma once
// State shared by the generator's phases (racks, fabrics, management, power, cooling, cables).
// Internal to core/generator.
#include <optional>
#include <string>
#include <vector>

#include "catalog/Catalog.h"
#include "generator/ClusterSpec.h"
#include "generator/DeviceFactory.h"
#include "generator/FatTreePlan.h"
#include "generator/Generator.h"
#include "model/Model.h"

namespace rw::gen {

struct Context;

struct RackInfo {
    RackId id;
    RowId row;
    HallId hall;
    int units = 0;        // rack height in U
    int nextFreeU = 1;    // lowest free U, filling upwards
    int topFreeU = 0;     // highest free U, filling downwards
    std::vector<PlacedDevice> devices;  // everything but PDUs and management switches
    std::vector<PlacedDevice> pdus;
    std::vector<PlacedDevice> mgmtSwitches;
    std::string label;    // rack name, for messages
    int domain = -1;      // NVLink domain number when the rack belongs to a multi-rack domain

    [[nodiscard]] int freeUnits() const noexcept { return topFreeU - nextFreeU + 1; }
};

/// The switches of one fat-tree fabric, level by level (levels[0] = leaves).
struct FabricBuild {
    Fabric fabric = Fabric::Compute;
    const FabricSpec* spec = nullptr;
    int speedGbps = 0;
    std::optional<FatTreePlan> plan;
    std::vector<std::vector<PlacedDevice>> levels;
    std::vector<std::vector<Endpoint>> endpointsByGroup;  // each group's node ports for this fabric, rail order
    [[nodiscard]] const Endpoint& nodePort(const Context& ctx, std::int64_t node, int rail) const;
};

/// A reserved row-end position for a row CDU.
struct RowCduSlot {
    RowId row;
    HallId hall;
    Point2 centre;
    Rotation rotation = Rotation::R0;
};

struct Context {
    Context(const ClusterSpec& s, const Catalog& c, Model& m) : spec(s), catalog(c), model(m), factory(m) {}

    const ClusterSpec& spec;
    const Catalog& catalog;
    Model& model;
    DeviceFactory factory;

    std::vector<std::uint16_t> groupOfNode;    // index into spec.groups
    std::vector<PlacedDevice> nodes;
    std::vector<RackInfo> racks;
    std::vector<std::size_t> rackOfNode;      // index into racks
    std::vector<FabricBuild> fabrics;         // compute first when present
    std::optional<PlacedDevice> ufm;
    std::vector<RowCduSlot> rowCduSlots;                           // when cooling is per row
    std::vector<std::pair<std::size_t, PlacedDevice>> inRackCdus;  // (rack index, CDU device)
    std::vector<std::string> notes;
    std::optional<TrayShortfall> tightestTray;
    std::optional<RoutingResult> routes;  // placeTrays: the design routed with its sized trays

    [[nodiscard]] const FabricBuild* fabric(Fabric f) const {
        for (const auto& b : fabrics)
            if (b.fabric == f) return &b;
        return nullptr;
    }

    LinkId link(PortId a, std::uint8_t aSub, PortId b, std::uint8_t bSub, Fabric fabric, LinkRole role, int speed) {
        return model.links().add(Link{a, b, aSub, bSub, fabric, role, static_cast<std::uint16_t>(speed)});
    }
    LinkId link(const PlacedDevice& a, Endpoint ea, const PlacedDevice& b, Endpoint eb, Fabric fabric, LinkRole role) {
        const int speed = std::min(model.ports()[a.port(ea)].speedGbps, model.ports()[b.port(eb)].speedGbps);
        return link(a.port(ea), ea.sub, b.port(eb), eb.sub, fabric, role, speed);
    }
};

inline const Endpoint& FabricBuild::nodePort(const Context& ctx, std::int64_t node, int rail) const {
    return endpointsByGroup[ctx.groupOfNode[static_cast<std::size_t>(node)]][static_cast<std::size_t>(rail)];
}

// Phases, in the order generate() runs them.
void planFabrics(Context& ctx);
void buildRacks(Context& ctx);
void wireFabrics(Context& ctx);
void placeManagementSwitches(Context& ctx);
void wirePower(Context& ctx);
void wireManagement(Context& ctx);
void placeCooling(Context& ctx);
void wireNvlinkDomains(Context& ctx);
void makeCablesAndOptics(Context& ctx);
void placeTrays(Context& ctx);  // TrayLayout.cpp (issue 5)

}  // namespace rw::gen
