// Connectivity checks: what a delete or a drop breaks must show up, naming the object and the
// ports; a complete design raises nothing.
#include <gtest/gtest.h>

#include <algorithm>

#include "CheckTestSupport.h"
#include "catalog/Catalog.h"
#include "checks/ConnectivityCheck.h"
#include "edit/Commands.h"
#include "edit/Document.h"
#include "reports/FatTreeFixture.h"

namespace rw {
namespace {

using test::mentions;
const Catalog& testCatalog() { return test::checkTestCatalog(); }

std::string first(const std::vector<Finding>& findings) { return findings.empty() ? "" : findings.front().message; }

TEST(ConnectivityCheck, CompleteFabricRaisesNothing) {
    const test::FatTreeDesign d = test::buildFatTree({});
    const auto findings = checkConnectivity(d.model, testCatalog());
    EXPECT_TRUE(findings.empty()) << first(findings);
}

TEST(ConnectivityCheck, DeletingTheLeafRackShowsEveryNodeThatLostItsRails) {
    test::FatTreeDesign d = test::buildFatTree({.nodes = 8});
    Document doc(std::move(d.model));
    cmd::deleteRacks(doc, {d.networkRack});  // every leaf and spine goes with it
    const auto findings = checkPortConnections(doc.model(), testCatalog());
    ASSERT_EQ(findings.size(), d.nodes.size()) << first(findings);
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& f = findings[i];
        EXPECT_EQ(f.source, FindingSource::Connectivity);
        EXPECT_EQ(f.kind, EntityKind::Device);
        EXPECT_EQ(f.id, d.nodes[i].value);
        EXPECT_TRUE(mentions(f, "8 compute port(s)")) << f.message;
        EXPECT_TRUE(mentions(f, "OSFP1/1, OSFP1/2")) << f.message;
        EXPECT_FALSE(mentions(f, "PSU")) << "cords and BMC are still in place: " << f.message;
    }
    EXPECT_TRUE(mentions(findings[0], "gpu-node r001-n01 in rack R001")) << findings[0].message;
}

TEST(ConnectivityCheck, OneLostRailNamesThatPortOnly) {
    test::FatTreeDesign d = test::buildFatTree({});
    Model& m = d.model;
    // Unplug node 2's rail 3 (OSFP2 sub-port 1): its link and cable go.
    LinkId lost;
    m.links().forEach([&](LinkId id, const Link& l) {
        if (m.ports()[l.a].device == d.nodes[1] && m.text(m.ports()[l.a].name) == "OSFP2" && l.aSub == 0) lost = id;
    });
    ASSERT_TRUE(lost.valid());
    std::vector<CableId> cables;
    m.cables().forEach([&](CableId id, const Cable& c) {
        if (c.first == lost) cables.push_back(id);
    });
    for (CableId c : cables) m.cables().erase(c);
    m.links().erase(lost);
    const auto findings = checkPortConnections(m, testCatalog());
    ASSERT_EQ(findings.size(), 1U) << first(findings);
    EXPECT_EQ(findings[0].id, d.nodes[1].value);
    EXPECT_TRUE(mentions(findings[0], "1 compute port(s) not connected: OSFP2/1")) << findings[0].message;
}

TEST(ConnectivityCheck, ADroppedNodeWithoutCablesIsFlaggedForEveryPortItsPeersUse) {
    test::FatTreeDesign d = test::buildFatTree({});
    Model& m = d.model;
    const DeviceId node = m.devices().add({d.computeRacks[0], m.strings.intern("test-node"), "r001-n05", 34, Face::Front, DeviceRole::GpuNode});
    for (const char* name : {"OSFP1", "OSFP2", "OSFP3", "OSFP4"})
        m.ports().add({node, m.strings.intern(name), 400, PortKind::OSFP, 8, 2, Split2});
    m.ports().add({node, m.strings.intern("BMC"), 1, PortKind::RJ45, 0, 1, Split1});
    m.ports().add({node, m.strings.intern("PSU1"), 0, PortKind::C20, 0, 1, Split1});
    m.ports().add({node, m.strings.intern("PSU2"), 0, PortKind::C20, 0, 1, Split1});
    const auto findings = checkPortConnections(m, testCatalog());
    ASSERT_EQ(findings.size(), 1U) << first(findings);
    EXPECT_EQ(findings[0].id, node.value);
    EXPECT_TRUE(mentions(findings[0], "8 compute, 1 BMC, 2 PSU port(s)")) << findings[0].message;
    EXPECT_TRUE(mentions(findings[0], "it has no links at all")) << findings[0].message;
}

TEST(ConnectivityCheck, ANodeIsHeldToEveryFabricItHasPortsFor) {
    // No OOB anywhere: no node's BMC is used, yet a GPU node without its BMC link is incomplete.
    // The switches' MGMT ports, which no switch uses, are not asked for.
    const test::FatTreeDesign d = test::buildFatTree({.oob = false});
    const auto findings = checkPortConnections(d.model, testCatalog());
    ASSERT_EQ(findings.size(), d.nodes.size()) << first(findings);
    EXPECT_TRUE(mentions(findings[0], "has 1 BMC port(s) not connected: BMC")) << findings[0].message;
}

TEST(ConnectivityCheck, LinkWithoutCableIsNamed) {
    test::FatTreeDesign d = test::buildFatTree({});
    Model& m = d.model;
    const CableId cable = m.cables().ids().front();
    m.cables().erase(cable);
    const auto findings = checkUncabledLinks(m);
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].kind, EntityKind::Link);
    EXPECT_TRUE(mentions(findings[0], "has no cable")) << findings[0].message;
}

TEST(ConnectivityCheck, DuplicateRackAndDeviceNamesAreErrors) {
    test::FatTreeDesign d = test::buildFatTree({});
    Model& m = d.model;
    m.racks()[d.computeRacks[0]].name = "N001";  // the network rack's name
    m.devices()[d.nodes[1]].name = "r001-n01";
    const auto findings = checkUniqueNames(m);
    ASSERT_EQ(findings.size(), 2U);
    EXPECT_EQ(findings[0].severity, Severity::Error);
    EXPECT_EQ(findings[0].kind, EntityKind::Rack);
    EXPECT_EQ(findings[0].id, d.networkRack.value);  // the later holder of the name
    EXPECT_TRUE(mentions(findings[0], "rack name 'N001' is used twice")) << findings[0].message;
    EXPECT_EQ(findings[1].kind, EntityKind::Device);
    EXPECT_EQ(findings[1].id, d.nodes[1].value);
}

}  // namespace
}  // namespace rw
