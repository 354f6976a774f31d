// rackweave-cli verify as a user runs it on a small design: exit 0 on a match, 1 with the faults
// listed, 2 for a capture that is not ibnetdiscover output. The real-fabric test is
// VerifyIbsimCliTest.cpp.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "../../core/reports/ReportCliFixture.h"
#include "RunCli.h"

namespace rw {
namespace {

using test::runCli;
using VerifyCli = test::ReportCliTest;

TEST_F(VerifyCli, ExportedFabricMatchesItsDesign) {
    const auto design = saveDesign();
    const auto topo = path("compute.topo");
    ASSERT_EQ(runCli({"export", "fabric", design, "-o", topo}).exitCode, 0);
    const auto r = runCli({"verify", design, "--ibnetdiscover", topo});
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("compute.topo against fabric compute: 96 designed links, 96 found, 96 match; 0 swapped, 0 "
                         "miswired, 0 missing, 0 extra, 0 wrong_rate, 0 unknown_device"),
              std::string::npos)
        << r.out;
}

TEST_F(VerifyCli, MissingCableExitsOneAndIsListed) {
    const auto design = saveDesign();
    const auto topo = path("compute.topo");
    ASSERT_EQ(runCli({"export", "fabric", design, "-o", topo}).exitCode, 0);
    // Unplug su1-leaf1 port 1 at both ends: its line in the leaf block and the CA's line back.
    std::string text = test::readAll(topo);
    std::smatch m;
    ASSERT_TRUE(std::regex_search(text, m, std::regex("\\[1\\]\t\"(H-[0-9a-f]+)\"\\[1\\][^\n]*\n"))) << text.substr(0, 800);
    const std::string ca = m[1];
    text.erase(static_cast<std::size_t>(m.position(0)), static_cast<std::size_t>(m.length(0)));
    text = std::regex_replace(text, std::regex("(Ca\t1 \"" + ca + "\"[^\n]*\n)\\[1\\][^\n]*\n"), "$1");
    const auto built = path("built.txt");
    std::ofstream(built) << text;
    const auto r = runCli({"verify", design, "--ibnetdiscover", built, "--json"});
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_NE(r.err.find("built.txt: the fabric does not match"), std::string::npos) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["matches"], false);
    EXPECT_EQ(j["counts"]["missing"], 1);
    EXPECT_EQ(j["counts"]["matched_links"], 95);
    ASSERT_EQ(j["findings"].size(), 1U) << j.dump(2);
    EXPECT_EQ(j["findings"][0]["kind"], "missing");
    EXPECT_EQ(j["findings"][0]["designed"][0]["a"]["port"].get<int>() + j["findings"][0]["designed"][0]["b"]["port"].get<int>(), 2);
}

TEST_F(VerifyCli, CaptureThatIsNotIbnetdiscoverOutputIsBadInput) {
    const auto design = saveDesign();
    const auto bad = path("cables.csv");
    std::ofstream(bad) << "# exported\nname,a,b\ncable-1,leaf-01,spine-01\n";
    const auto result = runCli({"verify", design, "--ibnetdiscover", bad});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find(bad + ":2: not ibnetdiscover output"), std::string::npos) << result.err;
    EXPECT_EQ(runCli({"verify", design, "--ibnetdiscover", path("none.txt")}).exitCode, 2) << "no such capture";
    EXPECT_EQ(runCli({"verify", design, "--ibnetdiscover", bad, "--fabric", "oob"}).exitCode, 2) << "not InfiniBand";
}

}  // namespace
}  // namespace rw
