// rackweave-cli check as a user runs it: every finding printed, JSON shape, exit 0 without
// error findings, 1 with, 2 for bad usage or input.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "../../core/support/PowerSampleModel.h"
#include "RunCli.h"
#include "persistence/ProjectFile.h"

namespace rw {
namespace {

using test::runCli;

class CheckCli : public test::CliTestDir {
protected:
    std::string save(const Model& model, const char* name) {
        const auto file = (dir_ / name).string();
        saveProject(model, nullptr, file);
        return file;
    }
};

TEST_F(CheckCli, ADeviceShortOfPsusAfterAFailureExitsOne) {
    const auto design = save(test::dgxRackOnFeeds(2).model, "ab.rackweave");
    const auto r = runCli({"check", design});
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_NE(r.out.find("error   power   device #"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("r012-n03: with feed Utility A lost, 3 of 6 PSUs are left, 4 needed"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("busway Busway R1-A has no rating"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("1 errors, 2 warnings, 0 notes"), std::string::npos) << r.out;
    EXPECT_NE(r.err.find("ab.rackweave: 1 finding of error severity"), std::string::npos) << r.err;
    // The budget: 10.2 kW shared by two feeds, all of it on one after the other is lost.
    EXPECT_NE(r.out.find("feed Utility A                           5.1 kW / 10.2 kW (feed Utility B lost) of 100 kW: 10 %"),
              std::string::npos) << r.out;
    EXPECT_NE(r.out.find("busway Busway R1-A                       7.5 A / 14.9 A (feed Utility B lost), no rating"),
              std::string::npos) << r.out;
}

TEST_F(CheckCli, JsonListsFindingsAndCounts) {
    const auto design = save(test::dgxRackOnFeeds(2).model, "ab.rackweave");
    const auto r = runCli({"check", design, "--json"});
    EXPECT_EQ(r.exitCode, 1) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["counts"]["error"], 1);
    EXPECT_EQ(j["counts"]["warning"], 2);
    EXPECT_EQ(j["counts"]["info"], 0);
    ASSERT_EQ(j["findings"].size(), 3U);
    const auto& first = j["findings"][0];
    EXPECT_EQ(first["severity"], "error");
    EXPECT_EQ(first["source"], "power");
    EXPECT_EQ(first["kind"], "device");
    EXPECT_EQ(first["message"].get<std::string>().rfind("r012-n03: with feed Utility A lost", 0), 0U);
    ASSERT_EQ(j["power_budget"].size(), 4U);  // two feeds, two busways
    const auto& feed = j["power_budget"][0];
    EXPECT_EQ(feed["element"], "feed Utility A");
    EXPECT_EQ(feed["kind"], "feed");
    EXPECT_NEAR(feed["normal_kw"].get<double>(), 5.1, 1e-9);
    EXPECT_NEAR(feed["worst_kw"].get<double>(), 10.2, 1e-9);
    EXPECT_EQ(feed["worst_scenario"], "feed Utility B lost");
    EXPECT_DOUBLE_EQ(feed["capacity_kw"].get<double>(), 100.0);
    EXPECT_DOUBLE_EQ(j["power_budget"][2]["allowed_amps"].get<double>(), 0.0);  // busway rated 0
}

TEST_F(CheckCli, ScenarioShowsOneFailureOnly) {
    const auto design = save(test::dgxRackOnFeeds(2).model, "ab.rackweave");
    const auto r = runCli({"check", design, "--scenario", "feed Utility A lost"});
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_NE(r.out.find("r012-n03: with feed Utility A lost, 3 of 6 PSUs are left, 4 needed\n"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("other single failures"), std::string::npos) << r.out;
    const auto unknown = runCli({"check", design, "--scenario", "feed Utility Q lost"});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_NE(unknown.err.find("--scenario: no feed, panel, circuit or PDU is labelled 'feed Utility Q lost'"), std::string::npos)
        << unknown.err;
}

TEST_F(CheckCli, ACleanDesignExitsZero) {
    const auto design = save(test::dgxRackOnFeeds(3, 400).model, "n1.rackweave");
    const auto r = runCli({"check", design});
    EXPECT_EQ(r.exitCode, 0) << r.err << r.out;
    EXPECT_NE(r.out.find("0 errors, 0 warnings, 0 notes"), std::string::npos) << r.out;
}

TEST_F(CheckCli, BadUsageAndInputExitTwo) {
    EXPECT_EQ(runCli({"check"}).exitCode, 2);
    EXPECT_EQ(runCli({"check", (dir_ / "missing.rackweave").string()}).exitCode, 2);
    const auto notAProject = dir_ / "text.rackweave";
    std::ofstream(notAProject) << "hello";
    EXPECT_EQ(runCli({"check", notAProject.string()}).exitCode, 2);
}

}  // namespace
}  // namespace rw
