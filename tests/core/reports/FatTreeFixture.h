#pragma once
// Hand-built designs for the report tests: a rail-optimized two- or three-tier fat tree wired
// exactly as docs/model-conventions.md says generated designs are (link a = lower tier, names
// r<rack>-n<slot> and su1-leaf<r>, switch port numbers = data sub-ports in port-id order), with
// OOB management and power cords around it. Header-only so both core_tests and cli_tests use it.
//
// Catalog ids refer to kReportTestCatalog, a small catalog with round figures so the expected
// statistics can be worked out by hand.
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "model/Model.h"
#include "project/NewProject.h"

namespace rw::test {

/// Parts with easy numbers: 8-GPU node at 10 kW with 144 on-board NVLink links, 64-port (32 x 2) switch at 1.5 kW, a 48-port
/// management switch at 0.2 kW, a PDU, an in-rack CDU drawing 1.5 kW, a row CDU drawing 3 kW, and a rack-scale system of 18 four-GPU trays with
/// 1,296 NVLink links (so 72 per tray).
inline constexpr std::string_view kReportTestCatalog = R"json({
  "format": "rackweave-catalog", "version": 1,
  "entries": [
    {"id": "test-node", "kind": "gpu-server", "vendor": "Test", "model": "8-GPU node", "u_height": 8,
     "dimensions_mm": {"width": 482, "height": 356, "depth": 897}, "weight_kg": 130,
     "power": {"max_w": 10000, "psu_count": 2, "inlet": "C20"},
     "thermal": {"heat_to_air_w": 10000, "airflow": "front-to-rear"},
     "gpus": 8, "nvlink_links": 144, "gpu_model": "Test GPU", "default_nodes_per_rack": 4,
     "ports": [
       {"name": "OSFP{n}", "count": 4, "kind": "OSFP", "role": "compute", "speed_gbps": 400, "lanes": 8, "split": 2,
        "subport_name": "OSFP{n}P{s}"},
       {"name": "BMC", "kind": "RJ45", "role": "bmc", "speed_gbps": 1},
       {"name": "PSU{n}", "count": 2, "kind": "C20", "role": "psu"}],
     "sources": [{"title": "test", "url": "file:test"}]},
    {"id": "test-ib-switch", "kind": "switch", "vendor": "Test", "model": "64-port switch", "u_height": 1,
     "dimensions_mm": {"width": 438, "height": 43.6, "depth": 660}, "weight_kg": 14.5,
     "power": {"max_w": 1500}, "thermal": {"heat_to_air_w": 1500, "airflow": "front-to-rear"},
     "protocol": "infiniband", "asic": "Test", "capacity_tbps": 51.2, "roles": ["leaf", "spine", "core"],
     "ports": [
       {"name": "{n}", "count": 32, "kind": "OSFP", "role": "data", "speed_gbps": 400, "lanes": 8, "split": 2,
        "subport_name": "{n}/{s}"},
       {"name": "MGMT", "kind": "RJ45", "role": "mgmt", "speed_gbps": 1}],
     "sources": [{"title": "test", "url": "file:test"}]},
    {"id": "test-mgmt-switch", "kind": "switch", "vendor": "Test", "model": "48-port 1G switch", "u_height": 1,
     "dimensions_mm": {"width": 438, "height": 43.6, "depth": 300}, "weight_kg": 5,
     "power": {"max_w": 200}, "thermal": {"heat_to_air_w": 200, "airflow": "front-to-rear"},
     "protocol": "ethernet", "asic": "Test", "capacity_tbps": 0.1, "roles": ["mgmt-switch"],
     "ports": [{"name": "{n}", "count": 48, "kind": "RJ45", "role": "data", "speed_gbps": 1}],
     "sources": [{"title": "test", "url": "file:test"}]},
    {"id": "test-pdu", "kind": "pdu", "vendor": "Test", "model": "PDU", "u_height": 0,
     "dimensions_mm": {"width": 56, "height": 1800, "depth": 60}, "weight_kg": 11,
     "voltage": 415, "phases": 3, "amps": 32,
     "ports": [{"name": "C19-{n}", "count": 24, "kind": "C19", "role": "outlet"}],
     "sources": [{"title": "test", "url": "file:test"}]},
    {"id": "test-cdu", "kind": "cdu", "vendor": "Test", "model": "in-rack CDU", "u_height": 4,
     "cooling_type": "cdu", "placement": "in-rack", "capacity_kw": 80, "power": {"max_w": 1500},
     "sources": [{"title": "test", "url": "file:test"}]},
    {"id": "test-row-cdu", "kind": "cdu", "vendor": "Test", "model": "row CDU",
     "cooling_type": "cdu", "placement": "row", "capacity_kw": 1000, "power_w": 3000,
     "sources": [{"title": "test", "url": "file:test"}]},
    {"id": "test-tray", "kind": "gpu-server", "vendor": "Test", "model": "4-GPU tray", "u_height": 1,
     "dimensions_mm": {"width": 440, "height": 43, "depth": 1000}, "weight_kg": 45,
     "power": {"max_w": 5000}, "thermal": {"heat_to_air_w": 5000, "airflow": "front-to-rear"},
     "gpus": 4, "gpu_model": "Test GPU", "default_nodes_per_rack": 18,
     "ports": [{"name": "BMC", "kind": "RJ45", "role": "bmc", "speed_gbps": 1}],
     "sources": [{"title": "test", "url": "file:test"}]},
    {"id": "test-rack", "kind": "rack", "vendor": "Test", "model": "48U rack", "u_height": 48,
     "dimensions_mm": {"width": 600, "height": 2236, "depth": 1200}, "weight_kg": 150, "static_load_kg": 1500,
     "sources": [{"title": "test", "url": "file:test"}]},
    {"id": "test-nvl-system", "kind": "rack-scale-system", "vendor": "Test", "model": "72-GPU rack",
     "dimensions_mm": {"width": 600, "height": 2236, "depth": 1068}, "weight_kg": 1360,
     "power": {"max_w": 120000}, "thermal": {"heat_to_air_w": 20000, "airflow": "front-to-rear"},
     "gpus": 72, "gpu_model": "Test GPU", "rack": "test-rack", "nvlink_links": 1296,
     "members": [{"entry": "test-tray", "count": 18, "role": "gpu-node"}],
     "sources": [{"title": "test", "url": "file:test"}]}
  ]})json";

struct FatTreeShape {
    int nodes = 4;           // compute nodes, one SU
    int rails = 8;           // NIC sub-ports per node = leaves
    int spines = 4;
    int cores = 0;           // > 0 adds a third tier (each spine sends its uplinks evenly to the cores)
    int uplinksPerLeaf = 8;  // spread evenly over the spines
    int uplinksPerSpine = 0; // spread evenly over the cores (3 tiers)
    int nodesPerRack = 4;
    bool oob = true;         // one management switch per compute rack, BMC links
    bool powerCords = true;  // one cord per node PSU to the rack PDU
};

/// What the fixture made, for assertions.
struct FatTreeDesign {
    Model model;
    std::vector<DeviceId> nodes;
    std::vector<DeviceId> leaves;
    std::vector<DeviceId> spines;
    std::vector<DeviceId> cores;
    std::vector<DeviceId> mgmtSwitches;
    std::vector<RackId> computeRacks;
    RackId networkRack;
};

namespace fixture_detail {

/// A switch with 32 split-2 OSFP cages ("1".."32", port numbers 1..64) and an RJ45 MGMT port
/// placed FIRST in port-id order: it must not shift the InfiniBand port numbers.
inline PortId addIbSwitchPorts(Model& m, DeviceId sw) {
    m.ports().add({sw, m.strings.intern("MGMT"), 1, PortKind::RJ45, 0, 1, Split1});
    PortId first;
    for (int c = 1; c <= 32; ++c) {
        const PortId id = m.ports().add({sw, m.strings.intern(std::to_string(c)), 400, PortKind::OSFP, 8, 2, Split2 | Split4});
        if (c == 1) first = id;
    }
    return first;
}

/// Port number n (1-based) of such a switch: cage (n - 1) / 2, sub-port (n - 1) % 2.
struct SwitchPort {
    PortId cage;
    std::uint8_t sub;
};
inline SwitchPort switchPort(PortId firstCage, int number) {
    return {PortId(firstCage.value + static_cast<std::uint32_t>((number - 1) / 2)), static_cast<std::uint8_t>((number - 1) % 2)};
}

inline LinkId addLinkWithCable(Model& m, PortId a, std::uint8_t aSub, PortId b, std::uint8_t bSub, Fabric fabric,
                               LinkRole role, std::uint16_t speed) {
    const LinkId link = m.links().add({a, b, aSub, bSub, fabric, role, speed});
    m.cables().add({link, {}, role == LinkRole::PowerCord ? Media::PowerCord : Media::Auto, {}, 0});
    return link;
}

}  // namespace fixture_detail

/// Builds the fat tree. Node n (0-based) is in rack n / nodesPerRack, slot n % nodesPerRack + 1;
/// its rail r is NIC cage OSFP(r/2 + 1) sub-port r % 2, cabled to leaf r port n + 1. Leaf uplink k
/// (k = 0..uplinksPerLeaf-1) uses leaf port 33 + k and goes to spine k % spines.
inline FatTreeDesign buildFatTree(const FatTreeShape& s, std::string_view name = "Report test fabric") {
    using namespace fixture_detail;
    FatTreeDesign d{newProject(std::string(name)), {}, {}, {}, {}, {}, {}, {}};
    Model& m = d.model;
    const HallId hall = m.halls().ids().front();
    const StringId rackType = m.strings.intern("test-rack");
    const StringId nodeType = m.strings.intern("test-node");
    const StringId ibType = m.strings.intern("test-ib-switch");
    const StringId mgmtType = m.strings.intern("test-mgmt-switch");
    const StringId pduType = m.strings.intern("test-pdu");

    const int rackCount = (s.nodes + s.nodesPerRack - 1) / s.nodesPerRack;
    std::vector<DeviceId> pdus;
    std::vector<PortId> mgmtFirstPort;
    for (int r = 0; r < rackCount; ++r) {
        d.computeRacks.push_back(m.racks().add({hall, {}, rackType, fmt::format("R{:03}", r + 1), {600 * r, 0}, Rotation::R0, RackRole::Compute}));
        pdus.push_back(m.devices().add({d.computeRacks.back(), pduType, fmt::format("r{:03}-pdu-a", r + 1), 1, Face::Rear, DeviceRole::Pdu}));
        if (s.oob) {
            d.mgmtSwitches.push_back(m.devices().add({d.computeRacks.back(), mgmtType, fmt::format("oob-r{:03}", r + 1), 42, Face::Rear, DeviceRole::MgmtSwitch}));
            PortId first;
            for (int p = 1; p <= 48; ++p) {
                const PortId id = m.ports().add({d.mgmtSwitches.back(), m.strings.intern(std::to_string(p)), 1, PortKind::RJ45, 0, 1, Split1});
                if (p == 1) first = id;
            }
            mgmtFirstPort.push_back(first);
        }
    }
    d.networkRack = m.racks().add({hall, {}, rackType, "N001", {600 * rackCount, 0}, Rotation::R0, RackRole::Network});

    std::vector<PortId> leafCages, spineCages, coreCages;
    auto addSwitch = [&](const std::string& swName, DeviceRole role, int u, std::vector<DeviceId>& out, std::vector<PortId>& cages) {
        out.push_back(m.devices().add({d.networkRack, ibType, swName, static_cast<std::uint8_t>(u), Face::Rear, role}));
        cages.push_back(addIbSwitchPorts(m, out.back()));
    };
    for (int r = 0; r < s.rails; ++r) addSwitch(fmt::format("su1-leaf{}", r + 1), DeviceRole::Leaf, 1 + r, d.leaves, leafCages);
    for (int j = 0; j < s.spines; ++j)
        addSwitch(s.cores > 0 ? fmt::format("g1-spine{}", j + 1) : fmt::format("spine{}", j + 1), DeviceRole::Spine, 20 + j, d.spines, spineCages);
    for (int c = 0; c < s.cores; ++c) addSwitch(fmt::format("core{}", c + 1), DeviceRole::Core, 35 + c, d.cores, coreCages);

    std::vector<int> mgmtUsed(static_cast<std::size_t>(rackCount), 0);
    auto manage = [&](int rack, PortId port) {
        if (!s.oob) return;
        const int p = mgmtUsed[static_cast<std::size_t>(rack)]++;
        addLinkWithCable(m, port, 0, PortId(mgmtFirstPort[static_cast<std::size_t>(rack)].value + static_cast<std::uint32_t>(p)), 0,
                         Fabric::Oob, LinkRole::Management, 1);
    };

    for (int n = 0; n < s.nodes; ++n) {
        const int rack = n / s.nodesPerRack;
        const DeviceId node = m.devices().add({d.computeRacks[static_cast<std::size_t>(rack)], nodeType,
                                               fmt::format("r{:03}-n{:02}", rack + 1, n % s.nodesPerRack + 1),
                                               static_cast<std::uint8_t>(2 + 8 * (n % s.nodesPerRack)), Face::Front, DeviceRole::GpuNode});
        d.nodes.push_back(node);
        PortId firstNic;
        for (int c = 1; c <= (s.rails + 1) / 2; ++c) {
            const PortId id = m.ports().add({node, m.strings.intern(fmt::format("OSFP{}", c)), 400, PortKind::OSFP, 8, 2, Split2});
            if (c == 1) firstNic = id;
        }
        const PortId bmc = m.ports().add({node, m.strings.intern("BMC"), 1, PortKind::RJ45, 0, 1, Split1});
        const PortId psu1 = m.ports().add({node, m.strings.intern("PSU1"), 0, PortKind::C20, 0, 1, Split1});
        const PortId psu2 = m.ports().add({node, m.strings.intern("PSU2"), 0, PortKind::C20, 0, 1, Split1});
        for (int r = 0; r < s.rails; ++r) {
            const SwitchPort leafPort = switchPort(leafCages[static_cast<std::size_t>(r)], n + 1);
            addLinkWithCable(m, PortId(firstNic.value + static_cast<std::uint32_t>(r / 2)), static_cast<std::uint8_t>(r % 2),
                             leafPort.cage, leafPort.sub, Fabric::Compute, LinkRole::NodeLeaf, 400);
        }
        manage(rack, bmc);
        if (s.powerCords) {
            const DeviceId pdu = pdus[static_cast<std::size_t>(rack)];
            for (const PortId psu : {psu1, psu2}) {
                const PortId outlet = m.ports().add({pdu, m.strings.intern(fmt::format("C19-{}", m.ports().size())), 0, PortKind::C19, 0, 1, Split1});
                addLinkWithCable(m, psu, 0, outlet, 0, Fabric::Power, LinkRole::PowerCord, 0);
            }
        }
    }

    // Leaf uplinks: leaf port 33 + k to spine k % spines; spine ports in leaf order.
    std::vector<int> spineNext(static_cast<std::size_t>(s.spines), 1);
    for (int r = 0; r < s.rails; ++r)
        for (int k = 0; k < s.uplinksPerLeaf; ++k) {
            const auto j = static_cast<std::size_t>(k % s.spines);
            const SwitchPort up = switchPort(leafCages[static_cast<std::size_t>(r)], 33 + k);
            const SwitchPort down = switchPort(spineCages[j], spineNext[j]++);
            addLinkWithCable(m, up.cage, up.sub, down.cage, down.sub, Fabric::Compute, LinkRole::LeafSpine, 400);
        }
    std::vector<int> coreNext(static_cast<std::size_t>(s.cores), 1);
    for (int j = 0; j < s.spines && s.cores > 0; ++j)
        for (int k = 0; k < s.uplinksPerSpine; ++k) {
            const auto c = static_cast<std::size_t>(k % s.cores);
            const SwitchPort up = switchPort(spineCages[static_cast<std::size_t>(j)], 33 + k);
            const SwitchPort down = switchPort(coreCages[c], coreNext[c]++);
            addLinkWithCable(m, up.cage, up.sub, down.cage, down.sub, Fabric::Compute, LinkRole::SpineCore, 400);
        }
    return d;
}

}  // namespace rw::test
