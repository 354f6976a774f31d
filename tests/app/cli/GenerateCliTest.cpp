// rackweave-cli generate as a user runs it: examples build, bad specs exit 2 naming the place.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "RunCli.h"

namespace rw {
namespace {

namespace fs = std::filesystem;
using test::runCli;

class GenerateCli : public test::CliTestDir {
protected:
    std::string example(const char* name) const { return std::string(RACKWEAVE_SOURCE_DIR) + "/examples/" + name; }
};

TEST_F(GenerateCli, ExampleBuildsAndOpens) {
    const auto out = (dir_ / "su1.rackweave").string();
    const auto r = runCli({"generate", example("superpod-h100-1su.json"), "-o", out});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Generated"), std::string::npos);
    const auto info = runCli({"info", out, "--json"});
    ASSERT_EQ(info.exitCode, 0) << info.err;
    const auto j = nlohmann::json::parse(info.out);
    EXPECT_EQ(j["name"], "DGX SuperPOD H100, 1 scalable unit");
    EXPECT_GT(j["racks"].get<int>(), 8);
    EXPECT_GT(j["links"].get<int>(), 31 * 8);
}

TEST_F(GenerateCli, EveryExampleGenerates) {
    for (const char* name : {"superpod-h100-4su.json", "gb200-nvl72-su.json"}) {
        const auto r = runCli({"generate", example(name), "-o", (dir_ / name).string(), "-q"});
        EXPECT_EQ(r.exitCode, 0) << name << ": " << r.err;
        EXPECT_TRUE(r.out.empty()) << "--quiet prints nothing";
    }
}

TEST_F(GenerateCli, RefusesToOverwriteWithoutForce) {
    const auto out = dir_ / "keep.rackweave";
    std::ofstream(out) << "precious";
    const auto r = runCli({"generate", example("superpod-h100-1su.json"), "-o", out.string()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--force"), std::string::npos);
    EXPECT_EQ(test::readAll(out), "precious");
}

TEST_F(GenerateCli, BadSpecExitsTwoWithFileAndJsonPath) {
    const auto spec = dir_ / "bad.json";
    std::ofstream(spec) << R"({"compute": {"system": "nvidia-dgx-h100", "nodes": 31}, "fabrics": {"compute": {"tiers": "lots"}}})";
    const auto out = dir_ / "never.rackweave";
    const auto r = runCli({"generate", spec.string(), "-o", out.string()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("bad.json: $.fabrics.compute.tiers"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(out)) << "nothing is written for a bad spec";
}

// A design whose cables the trays cannot carry is refused (issue #13): 4,096 nodes on one 400 m row
// under a 2.6 m ceiling (one tray level) leave fibre trunks no catalog tray holds. The message
// names the tightest tray and its shortfall; --allow-unrouted writes the design anyway.
TEST_F(GenerateCli, CablesTheTraysCannotCarryAreRefusedNamingTheTray) {
    const auto spec = dir_ / "one-row.json";
    std::ofstream(spec) << R"({"compute": {"system": "supermicro-hgx-h100-4u-liquid", "nodes": 4096},
                              "hall": {"width_m": 400, "depth_m": 5, "ceiling_height_m": 2.6, "max_halls": 1}})";
    const auto out = dir_ / "refused.rackweave";
    const auto r = runCli({"generate", spec.string(), "-o", out.string(), "-q"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("one-row.json: "), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("cables find no room in the trays"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("the tightest: fiber tray, Hall 1 level "), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("the largest catalog tray holds 36000 mm2 at design fill"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(out)) << "a refused design is not written";

    const auto kept = runCli({"generate", spec.string(), "-o", out.string(), "-q", "--allow-unrouted"});
    EXPECT_EQ(kept.exitCode, 0) << kept.err;
    EXPECT_TRUE(fs::exists(out));
}

TEST_F(GenerateCli, MissingSpecExitsTwo) {
    const auto r = runCli({"generate", (dir_ / "absent.json").string(), "-o", (dir_ / "x.rackweave").string()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("absent.json"), std::string::npos);
}

}  // namespace
}  // namespace rw
