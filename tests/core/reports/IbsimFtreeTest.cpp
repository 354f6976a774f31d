// The real check of the ibnetdiscover export: the file loads in ibsim and OpenSM's fat-tree
// routing engine routes every switch. Skipped (with the reason) when ibsim-utils, libumad2sim0
// or opensm is not installed, unless RACKWEAVE_REQUIRE_IBSIM=1.
#include <gtest/gtest.h>

#include <fstream>

#include "FatTreeFixture.h"
#include "IbsimHarness.h"
#include "catalog/Catalog.h"
#include "persistence/TempDir.h"
#include "reports/IbnetdiscoverExport.h"

namespace rw {
namespace {

const Catalog& testCatalog() {
    static const Catalog catalog = Catalog::fromJsonText(test::kReportTestCatalog, "report-test-catalog.json");
    return catalog;
}

class IbsimFtree : public ::testing::Test {
protected:
    void SetUp() override {
        tools_ = test::findIbsimTools();
        if (!tools_) {
            if (test::ibsimRequired()) FAIL() << "ibsim, opensm or libumad2sim.so not found and RACKWEAVE_REQUIRE_IBSIM=1";
            GTEST_SKIP() << "ibsim, opensm or libumad2sim.so is not installed (Debian: ibsim-utils libumad2sim0 opensm)";
        }
    }

    test::FtreeRun exportAndRoute(const Model& model) {
        const auto topo = dir_ / "fabric.topo";
        IbExportSummary summary;
        {
            std::ofstream out(topo);
            summary = writeIbnetdiscover(out, model, Fabric::Compute, &testCatalog());
        }
        return test::runIbsimFtree(*tools_, topo, summary.firstCaNodeId, dir_.path(),
                                   summary.switches + summary.channelAdapters, summary.switches);
    }

    static std::string explain(const test::FtreeRun& run) {
        return "ibsim:\n" + run.ibsimOutput.substr(0, 2000) + "\nopensm stdout:\n" + run.opensmOutput.substr(0, 2000) +
               "\nopensm log (tail):\n" + run.opensmLog.substr(run.opensmLog.size() > 4000 ? run.opensmLog.size() - 4000 : 0);
    }

    std::optional<test::IbsimTools> tools_;
    test::TempDir dir_;
};

// One DGX SuperPOD-like SU: 31 nodes x 8 rails on 8 leaves (port 32 left for UFM), each leaf
// with 32 uplinks spread over 4 spines (8 per pair), 64-port (32 x 2) switches.
TEST_F(IbsimFtree, OneScalableUnitIsRoutedByFtreeOnAllSwitches) {
    test::FatTreeShape shape;
    shape.nodes = 31;
    shape.rails = 8;
    shape.spines = 4;
    shape.uplinksPerLeaf = 32;
    const auto run = exportAndRoute(test::buildFatTree(shape, "SU1").model);
    ASSERT_TRUE(run.ibsimReady) << explain(run);
    EXPECT_EQ(run.opensmExit, 0) << explain(run);
    EXPECT_TRUE(run.ftreeRouted()) << "missing \"" << test::kFtreeRoutedLine << "\"\n" << explain(run);
    EXPECT_NE(run.opensmLog.find("Fabric has 4 switches at rank 0 (roots)"), std::string::npos) << explain(run);
    EXPECT_NE(run.opensmLog.find("Fabric has 8 switches at rank 1 (8 of them leafs)"), std::string::npos) << explain(run);
}

TEST_F(IbsimFtree, ThreeTierFabricIsRoutedByFtree) {
    test::FatTreeShape shape;
    shape.nodes = 16;
    shape.rails = 4;
    shape.spines = 4;
    shape.uplinksPerLeaf = 16;
    shape.cores = 2;
    shape.uplinksPerSpine = 16;
    const auto run = exportAndRoute(test::buildFatTree(shape, "three tiers").model);
    ASSERT_TRUE(run.ibsimReady) << explain(run);
    EXPECT_TRUE(run.ftreeRouted()) << explain(run);
    EXPECT_NE(run.opensmLog.find("Fabric has 2 switches at rank 0 (roots)"), std::string::npos) << explain(run);
}

// The check can fail: a server cabled to a spine is not a fat tree, ftree gives up and OpenSM
// falls back to min-hop, so the success line must be absent.
TEST_F(IbsimFtree, ServerOnASpineIsNotAFatTree) {
    test::FatTreeShape shape;
    shape.nodes = 4;
    shape.rails = 2;
    shape.spines = 2;
    shape.uplinksPerLeaf = 4;
    auto d = test::buildFatTree(shape, "broken");
    Model& m = d.model;
    const PortId nic = m.ports().add({d.nodes[0], m.strings.intern("OSFP7"), 400, PortKind::OSFP, 8, 2, Split2});
    PortId spineCage;
    m.ports().forEach([&](PortId id, const Port& p) {
        if (p.device == d.spines[0] && m.text(p.name) == "20") spineCage = id;
    });
    m.links().add({nic, spineCage, 0, 0, Fabric::Compute, LinkRole::NodeLeaf, 400});
    const auto run = exportAndRoute(m);
    ASSERT_TRUE(run.ibsimReady) << explain(run);
    EXPECT_FALSE(run.ftreeRouted()) << explain(run);
    EXPECT_NE(run.opensmLog.find("minhop tables configured on all switches"), std::string::npos) << explain(run);
}

}  // namespace
}  // namespace rw
