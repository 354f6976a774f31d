// End to end as a user runs it: generate the 1-SU DGX H100 SuperPOD example, read its stats,
// export the compute fabric and have OpenSM's fat-tree engine route it in ibsim.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "../../core/reports/IbsimHarness.h"
#include "../../core/reports/ReportCliFixture.h"
#include "RunCli.h"

namespace rw {
namespace {

using test::runCli;
using GeneratedSuperpod = test::ReportCliTest;

TEST_F(GeneratedSuperpod, OneSuStatsExportAndFtreeRouting) {
    const auto design = path("su1.rackweave");
    const auto gen = runCli({"generate", std::string(RACKWEAVE_SOURCE_DIR) + "/examples/superpod-h100-1su.json", "-o", design});
    ASSERT_EQ(gen.exitCode, 0) << gen.err;

    // NVIDIA's published figures for one DGX H100 SU: 31 nodes, 8 leaves, 4 spines, 1:1.
    const auto stats = runCli({"stats", design, "--json"});
    ASSERT_EQ(stats.exitCode, 0) << stats.err;
    const auto j = nlohmann::json::parse(stats.out);
    EXPECT_EQ(j["nodes"], 31);
    EXPECT_EQ(j["gpus"], 248);
    EXPECT_EQ(j["switches"]["compute"]["leaf"], 8);
    EXPECT_EQ(j["switches"]["compute"]["spine"], 4);
    EXPECT_EQ(j["switches"]["compute"]["core"], 0);
    EXPECT_EQ(j["links"]["compute"]["node_leaf"], 252) << "RA table 4: 'Compute and UFM' cables";
    EXPECT_EQ(j["links"]["compute"]["leaf_spine"], 256);
    EXPECT_GT(j["power_kw"]["it_max"].get<double>(), 31 * 10.0);

    const auto topo = path("compute.topo");
    const auto exported = runCli({"export", "fabric", design, "--fabric", "compute", "-o", topo});
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    std::smatch m;
    ASSERT_TRUE(std::regex_search(exported.out, m, std::regex(R"((\d+) switches, (\d+) channel adapters)"))) << exported.out;
    const long switches = std::stol(m[1]), cas = std::stol(m[2]);
    EXPECT_EQ(switches, 12);
    EXPECT_EQ(cas, 31 * 8 + 4) << "every NIC port of 31 nodes and the UFM's 4 ports";

    // The in-band fabric is Ethernet (SN4600C): refused, naming the design, the switch and why.
    const auto ethernet = runCli({"export", "fabric", design, "--fabric", "inband", "-o", path("inband.topo")});
    EXPECT_EQ(ethernet.exitCode, 2);
    EXPECT_NE(ethernet.err.find("su1.rackweave: fabric 'inband' is not InfiniBand"), std::string::npos) << ethernet.err;
    EXPECT_NE(ethernet.err.find("nvidia-sn4600c (ethernet protocol)"), std::string::npos) << ethernet.err;
    EXPECT_FALSE(std::filesystem::exists(path("inband.topo")));
    const std::string text = test::readAll(topo);
    ASSERT_TRUE(std::regex_search(text, m, std::regex("\nCa\t1 \"(H-[0-9a-f]{16})\""))) << text.substr(0, 500);
    const std::string simHost = m[1];

    const auto tools = test::findIbsimTools();
    if (!tools) {
        if (test::ibsimRequired()) FAIL() << "ibsim, opensm or libumad2sim.so not found and RACKWEAVE_REQUIRE_IBSIM=1";
        GTEST_SKIP() << "ibsim, opensm or libumad2sim.so is not installed (Debian: ibsim-utils libumad2sim0 opensm)";
    }
    const auto run = test::runIbsimFtree(*tools, topo, simHost, dir_, switches + cas, switches);
    ASSERT_TRUE(run.ibsimReady) << run.ibsimOutput.substr(0, 2000);
    EXPECT_EQ(run.opensmExit, 0) << run.opensmOutput.substr(0, 2000);
    EXPECT_TRUE(run.ftreeRouted()) << "missing \"" << test::kFtreeRoutedLine << "\" in\n"
                                   << run.opensmLog.substr(run.opensmLog.size() > 4000 ? run.opensmLog.size() - 4000 : 0);
    EXPECT_NE(run.opensmLog.find("Fabric has 4 switches at rank 0 (roots)"), std::string::npos);
    EXPECT_NE(run.opensmLog.find("Fabric has 8 switches at rank 1 (8 of them leafs)"), std::string::npos);
}

}  // namespace
}  // namespace rw
