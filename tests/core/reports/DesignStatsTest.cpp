// Design statistics on hand-built fat trees whose figures can be worked out on paper.
#include <gtest/gtest.h>

#include "FatTreeFixture.h"
#include "catalog/Catalog.h"
#include "reports/DesignStats.h"
#include "reports/DesignStatsFormat.h"

namespace rw {
namespace {

const Catalog& testCatalog() {
    static const Catalog catalog = Catalog::fromJsonText(test::kReportTestCatalog, "report-test-catalog.json");
    return catalog;
}

DesignStats statsOf(const Model& model, const Catalog* catalog = &testCatalog()) {
    DesignStatsInputs inputs;
    inputs.catalog = catalog;
    return computeDesignStats(model, inputs);
}

// 4 nodes x 8 rails, 8 leaves, 4 spines, 8 uplinks per leaf (2 per leaf-spine pair), one compute
// rack with a management switch and a PDU, one network rack.
TEST(DesignStats, CountsOneSmallSuByHand) {
    const auto d = test::buildFatTree({});
    const DesignStats s = statsOf(d.model);

    EXPECT_EQ(s.name, "Report test fabric");
    ASSERT_TRUE(s.gpus.has_value());
    EXPECT_EQ(*s.gpus, 4 * 8);
    EXPECT_EQ(s.nodes, 4);
    EXPECT_EQ(s.racks, 2);
    EXPECT_EQ(s.racksByRole.at(RackRole::Compute), 1);
    EXPECT_EQ(s.racksByRole.at(RackRole::Network), 1);
    EXPECT_EQ(s.racksByRole.count(RackRole::Storage), 0U);

    ASSERT_EQ(s.fabrics.size(), 3U) << "compute, oob and nvlink (on the boards); power cords are not a switched fabric";
    const FabricStats& compute = s.fabrics.at(Fabric::Compute);
    EXPECT_EQ(compute.switches.leaf, 8);
    EXPECT_EQ(compute.switches.spine, 4);
    EXPECT_EQ(compute.switches.core, 0);
    EXPECT_EQ(compute.links.of(LinkRole::NodeLeaf), 32);
    EXPECT_EQ(compute.links.of(LinkRole::LeafSpine), 64);
    EXPECT_EQ(compute.links.of(LinkRole::SpineCore), 0);
    EXPECT_EQ(compute.links.total, 96);

    const FabricStats& oob = s.fabrics.at(Fabric::Oob);
    EXPECT_EQ(oob.switches.leaf, 1) << "the b end of a management link is the fabric's leaf";
    EXPECT_EQ(oob.links.of(LinkRole::Management), 4);
    EXPECT_EQ(s.powerCordLinks, 8);

    EXPECT_EQ(s.cables.total, 96 + 4 + 8);
    EXPECT_EQ(s.cables.powerCords, 8);
    EXPECT_EQ(s.cables.routed, 0);
    EXPECT_EQ(s.cables.unrouted, 108);

    // 4 nodes x 10 kW + 12 IB switches x 1.5 kW + 1 management switch x 0.2 kW; the PDU is not IT load.
    ASSERT_TRUE(s.itMaxKw.has_value());
    EXPECT_DOUBLE_EQ(*s.itMaxKw, 58.2);
    EXPECT_FALSE(s.nvlinkInRack.has_value());
    ASSERT_TRUE(s.nvlinkInNode.has_value());
    EXPECT_EQ(*s.nvlinkInNode, 4 * 144);
    EXPECT_EQ(s.fabrics.at(Fabric::Nvlink).links.total, 0) << "on-board NVLink is not a Link object";
    EXPECT_TRUE(s.warnings.empty()) << s.warnings.front();
}

TEST(DesignStats, ThirdTierCountsCoresAndSpineCoreLinks) {
    test::FatTreeShape shape;
    shape.cores = 2;
    shape.uplinksPerSpine = 4;
    const DesignStats s = statsOf(test::buildFatTree(shape).model);
    const FabricStats& compute = s.fabrics.at(Fabric::Compute);
    EXPECT_EQ(compute.switches.leaf, 8);
    EXPECT_EQ(compute.switches.spine, 4) << "a switch that is both a leaf_spine b end and a spine_core a end is a spine";
    EXPECT_EQ(compute.switches.core, 2);
    EXPECT_EQ(compute.links.of(LinkRole::SpineCore), 16);
    EXPECT_EQ(compute.links.total, 32 + 64 + 16);
}

TEST(DesignStats, LeafWithoutNodesIsStillALeaf) {
    // A partial SU builds every leaf; a leaf whose node ports are all empty is known as a leaf
    // by the a end of its uplinks.
    auto d = test::buildFatTree({});
    Model& m = d.model;
    const DeviceId lastLeaf = d.leaves.back();
    for (const LinkId id : m.links().ids()) {
        const Link& l = m.links()[id];
        if (l.role == LinkRole::NodeLeaf && m.ports()[l.b].device == lastLeaf) {
            for (const CableId c : m.cables().ids())
                if (m.cables()[c].first == id) m.cables().erase(c);
            m.links().erase(id);
        }
    }
    const DesignStats s = statsOf(m);
    EXPECT_EQ(s.fabrics.at(Fabric::Compute).switches.leaf, 8);
    EXPECT_EQ(s.fabrics.at(Fabric::Compute).links.of(LinkRole::NodeLeaf), 28);
}

TEST(DesignStats, RoutedCablesComeFromTheRouterCallback) {
    const auto d = test::buildFatTree({});
    DesignStatsInputs inputs;
    inputs.catalog = &testCatalog();
    inputs.isRouted = [](CableId id, const Cable& c) { return c.media != Media::PowerCord && id.value % 2 == 0; };
    const DesignStats s = computeDesignStats(d.model, inputs);
    std::int64_t expected = 0;
    d.model.cables().forEach([&](CableId id, const Cable& c) {
        if (c.media != Media::PowerCord && id.value % 2 == 0) ++expected;
    });
    EXPECT_GT(expected, 0);
    EXPECT_EQ(s.cables.routed, expected);
    EXPECT_EQ(s.cables.unrouted, s.cables.total - expected);
}

TEST(DesignStats, WithoutCatalogGpusAndPowerAreUnknown) {
    const DesignStats s = statsOf(test::buildFatTree({}).model, nullptr);
    EXPECT_FALSE(s.gpus.has_value());
    EXPECT_FALSE(s.itMaxKw.has_value());
    EXPECT_EQ(s.nodes, 4);
    const auto j = designStatsToJson(s);
    EXPECT_TRUE(j["gpus"].is_null());
    EXPECT_TRUE(j["power_kw"]["it_max"].is_null());
}

TEST(DesignStats, UnknownCatalogIdIsReportedNotCounted) {
    auto d = test::buildFatTree({});
    d.model.devices()[d.nodes[0]].catalog = d.model.strings.intern("no-such-node");
    const DesignStats s = statsOf(d.model);
    EXPECT_EQ(*s.gpus, 3 * 8);
    EXPECT_DOUBLE_EQ(*s.itMaxKw, 48.2);
    ASSERT_EQ(s.warnings.size(), 1U);
    EXPECT_NE(s.warnings[0].find("'no-such-node'"), std::string::npos) << s.warnings[0];
}

TEST(DesignStats, CoolingIsNotItLoad) {
    auto d = test::buildFatTree({});
    Model& m = d.model;
    const HallId hall = m.halls().ids().front();
    const DeviceId cdu = m.devices().add({d.computeRacks[0], m.strings.intern("test-cdu"), "r001-cdu", 1, Face::Front, DeviceRole::Cdu});
    m.coolingUnits().add({hall, m.strings.intern("test-cdu"), "r001-cdu", CoolingKind::Cdu, {}, Rotation::R0, 80.0, cdu});
    m.coolingUnits().add({hall, m.strings.intern("test-row-cdu"), "CDU-1", CoolingKind::Cdu, {9000, 0}, Rotation::R0, 1000.0, {}});
    const DesignStats s = statsOf(m);
    EXPECT_DOUBLE_EQ(*s.itMaxKw, 58.2) << "CDUs are cooling, not IT";
    EXPECT_DOUBLE_EQ(*s.coolingMaxKw, 1.5 + 3.0) << "the in-rack CDU device once (not again as a cooling unit) plus the row CDU";
    EXPECT_DOUBLE_EQ(designStatsToJson(s)["power_kw"]["cooling_max"].get<double>(), 4.5);
}

TEST(DesignStats, RackScaleNvlinkComesFromTheCatalogPerTray) {
    Model m = newProject("NVL rack");
    const HallId hall = m.halls().ids().front();
    const RackId rack = m.racks().add({hall, {}, m.strings.intern("test-rack"), "R001", {0, 0}, Rotation::R0, RackRole::Compute});
    const StringId tray = m.strings.intern("test-tray");
    std::vector<PortId> trayPorts;
    for (int i = 0; i < 18; ++i) {
        const DeviceId t = m.devices().add({rack, tray, fmt::format("r001-n{:02}", i + 1), static_cast<std::uint8_t>(5 + i), Face::Front, DeviceRole::GpuNode});
        trayPorts.push_back(m.ports().add({t, m.strings.intern("NVL"), 0, PortKind::NVLink, 0, 1, Split1}));
    }
    // Two NVLink links modelled explicitly to one switch tray (a multi-rack domain would have such).
    const DeviceId nvs = m.devices().add({rack, m.strings.intern("test-nvl-switch"), "r001-nvs1", 30, Face::Front, DeviceRole::NvlinkSwitch});
    const PortId nvsPort = m.ports().add({nvs, m.strings.intern("NVL1"), 0, PortKind::NVLink, 0, 2, Split1 | Split2});
    m.links().add({trayPorts[0], nvsPort, 0, 0, Fabric::Nvlink, LinkRole::Nvlink, 0});
    m.links().add({trayPorts[1], nvsPort, 0, 1, Fabric::Nvlink, LinkRole::Nvlink, 0});

    const DesignStats s = statsOf(m);
    EXPECT_EQ(*s.gpus, 72);
    ASSERT_TRUE(s.nvlinkInRack.has_value());
    EXPECT_EQ(*s.nvlinkInRack, 1296) << "18 trays x 1,296 / 18";
    const FabricStats& nvlink = s.fabrics.at(Fabric::Nvlink);
    EXPECT_EQ(nvlink.links.total, 2);
    EXPECT_EQ(nvlink.switches.nvlinkSwitch, 1);
    EXPECT_EQ(nvlink.switches.leaf, 0);

    const auto j = designStatsToJson(s);
    EXPECT_EQ(j["links"]["nvlink"]["in_rack"], 1296);
    EXPECT_EQ(j["links"]["nvlink"]["nvlink"], 2);
    EXPECT_EQ(j["switches"]["nvlink"]["nvlink_switch"], 1);
}

TEST(DesignStatsFormat, JsonHasTheIssueShapeWithExactKeys) {
    const auto j = designStatsToJson(statsOf(test::buildFatTree({}).model));
    for (const char* key : {"gpus", "nodes", "racks", "switches", "links", "cables", "power_kw"})
        EXPECT_TRUE(j.contains(key)) << key;
    EXPECT_EQ(j["gpus"], 32);
    EXPECT_EQ(j["nodes"], 4);
    EXPECT_EQ(j["racks"]["total"], 2);
    EXPECT_EQ(j["racks"]["by_role"]["compute"], 1);
    EXPECT_EQ(j["racks"]["by_role"]["network"], 1);
    EXPECT_EQ(j["switches"]["compute"], (nlohmann::ordered_json{{"leaf", 8}, {"spine", 4}, {"core", 0}}));
    EXPECT_EQ(j["links"]["compute"],
              (nlohmann::ordered_json{{"total", 96}, {"node_leaf", 32}, {"leaf_spine", 64}, {"spine_core", 0}}));
    EXPECT_EQ(j["links"]["oob"]["management"], 4);
    EXPECT_EQ(j["links"]["nvlink"]["in_node"], 576);
    EXPECT_FALSE(j["links"]["nvlink"].contains("in_rack"));
    EXPECT_FALSE(j["links"].contains("power"));
    EXPECT_EQ(j["cables"]["total"], 108);
    EXPECT_EQ(j["cables"]["routed"], 0);
    EXPECT_EQ(j["cables"]["unrouted"], 108);
    EXPECT_DOUBLE_EQ(j["power_kw"]["it_max"].get<double>(), 58.2);
    EXPECT_FALSE(j.contains("warnings"));
}

TEST(DesignStatsFormat, TextTableShowsEveryFigure) {
    const std::string text = designStatsToText(statsOf(test::buildFatTree({}).model));
    EXPECT_NE(text.find("GPUs                32\n"), std::string::npos) << text;
    EXPECT_NE(text.find("Racks               2  (compute 1, network 1)"), std::string::npos) << text;
    EXPECT_NE(text.find("  compute          8       4       0       0      12\n"), std::string::npos) << text;
    EXPECT_NE(text.find("  compute         96         32          64           0       0\n"), std::string::npos) << text;
    EXPECT_NE(text.find("IT power, max       58.2 kW"), std::string::npos) << text;
    EXPECT_NE(text.find("NVLink on the nodes' boards (catalog, no cables): 576"), std::string::npos) << text;
}

}  // namespace
}  // namespace rw
