// rackweave-cli stats as a user runs it: JSON keys and values, the text table, exit codes.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "../../core/reports/ReportCliFixture.h"
#include "RunCli.h"

namespace rw {
namespace {

using test::runCli;
using StatsCli = test::ReportCliTest;

TEST_F(StatsCli, JsonCarriesTheIssueShape) {
    const auto design = saveDesign();
    const auto r = runCli({"stats", design, "--json", "--catalog", catalogDir()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["gpus"], 32);
    EXPECT_EQ(j["nodes"], 4);
    EXPECT_EQ(j["racks"]["total"], 2);
    EXPECT_EQ(j["racks"]["by_role"]["compute"], 1);
    EXPECT_EQ(j["switches"]["compute"]["leaf"], 8);
    EXPECT_EQ(j["switches"]["compute"]["spine"], 4);
    EXPECT_EQ(j["switches"]["compute"]["core"], 0);
    EXPECT_EQ(j["switches"]["oob"]["leaf"], 1);
    EXPECT_EQ(j["links"]["compute"]["total"], 96);
    EXPECT_EQ(j["links"]["compute"]["node_leaf"], 32);
    EXPECT_EQ(j["links"]["compute"]["leaf_spine"], 64);
    EXPECT_EQ(j["links"]["compute"]["spine_core"], 0);
    EXPECT_EQ(j["cables"]["total"], 108);
    EXPECT_EQ(j["cables"]["routed"], 0);
    EXPECT_EQ(j["cables"]["unrouted"], 108);
    EXPECT_DOUBLE_EQ(j["power_kw"]["it_max"].get<double>(), 58.2);
    EXPECT_FALSE(j.contains("warnings")) << r.out;
    EXPECT_FALSE(j.contains("route_quality")) << "a design saved without routes has no route quality";
}

TEST_F(StatsCli, RoutedDesignReportsRouteQualityPerFabric) {
    const auto design = (dir_ / "su1.rackweave").string();
    const auto g = runCli({"generate", std::string(RACKWEAVE_SOURCE_DIR) + "/examples/superpod-h100-1su.json", "-o", design, "-q"});
    ASSERT_EQ(g.exitCode, 0) << g.err;
    const auto r = runCli({"stats", design, "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    ASSERT_TRUE(j.contains("route_quality")) << r.out;
    const auto& q = j["route_quality"];
    EXPECT_GT(q["compute"]["cables"].get<int>(), 0);
    EXPECT_GT(q["total"]["routed_m"].get<double>(), 0.0);
    // The 1-SU design routes without congestion: every cable on its shortest path.
    EXPECT_DOUBLE_EQ(q["total"]["ratio"].get<double>(), 1.0);
    EXPECT_NEAR(q["total"]["routed_m"].get<double>(), q["total"]["shortest_m"].get<double>(), 1e-6);
    const auto text = runCli({"stats", design});
    EXPECT_NE(text.out.find("Route length"), std::string::npos) << text.out;
}

TEST_F(StatsCli, RootCatalogOptionWorksToo) {
    const auto design = saveDesign();
    const auto r = runCli({"--catalog", catalogDir(), "stats", design, "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(nlohmann::json::parse(r.out)["gpus"], 32);
}

TEST_F(StatsCli, TextTableWithoutJson) {
    const auto design = saveDesign();
    const auto r = runCli({"stats", design, "--catalog", catalogDir()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("GPUs                32\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Switches"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("IT power, max       58.2 kW"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find('{'), std::string::npos) << "text mode prints no JSON";
}

TEST_F(StatsCli, PartsMissingFromTheCatalogAreWarnedNotFatal) {
    const auto design = saveDesign();
    const auto r = runCli({"stats", design, "--json"});  // the test parts are not in the shipped catalog
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["gpus"], 0);
    ASSERT_TRUE(j.contains("warnings"));
    EXPECT_NE(j["warnings"].dump().find("test-node"), std::string::npos) << j["warnings"].dump();
}

TEST_F(StatsCli, BadInputExitsTwo) {
    const auto missing = runCli({"stats", path("nope.rackweave"), "--json"});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(missing.err.find("nope.rackweave"), std::string::npos) << missing.err;
    EXPECT_TRUE(missing.out.empty());
    EXPECT_EQ(runCli({"stats"}).exitCode, 2);
    EXPECT_EQ(runCli({"stats", saveDesign(), "--catalog", path("no-such-folder")}).exitCode, 2);
    EXPECT_EQ(runCli({"stats", "--help"}).exitCode, 0);
}

}  // namespace
}  // namespace rw
