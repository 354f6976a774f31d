// rackweave-cli check as a user runs it: every finding printed, JSON shape, exit 0 without
// error findings, 1 with, 2 for bad usage or input.
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <utility>

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
    // The note: the DGX's 10.2 kW go to air and the design models no air unit.
    EXPECT_NE(r.out.find("info    cooling hall #0: hall Hall 1: 10.2 kW of heat to air from 1 rack and no air unit"),
              std::string::npos) << r.out;
    EXPECT_NE(r.out.find("1 errors, 2 warnings, 1 notes"), std::string::npos) << r.out;
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
    EXPECT_EQ(j["counts"]["info"], 1);
    ASSERT_EQ(j["findings"].size(), 4U);
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
    EXPECT_NE(r.out.find("0 errors, 0 warnings, 1 notes"), std::string::npos) << r.out;  // air heat, no air unit
}

// The rack of ab.rackweave in row R1: a DGX H100 (10.2 kW, no power factor in its entry: 0.95,
// 10.737 kVA) on two 415 V 60 A PDUs, each allowed sqrt(3) x 415 V x 48 A = 34.502 kVA.
// Normally 15.56 % of 69.005 kVA; with feed B lost PDU A1 carries it all: 10,736.8 VA / 3 /
// 239.6 V = 14.94 A of 48 A = 31.12 %; evenly scaled, the row could carry 10.737 / 0.3112 =
// 34.502 kVA before A1 trips in that failure, so 34.502 kVA is stranded (2N: half).
TEST_F(CheckCli, JsonHasRowAndHallBudgets) {
    test::PowerSample sample = test::dgxRackOnFeeds(2);
    Model& m = sample.model;
    const RowId row = m.rows().add({m.halls().ids().front(), "R1", {0, 0}, Rotation::R0});
    m.racks()[m.racks().ids().front()].row = row;
    const auto design = save(m, "rows.rackweave");
    const auto r = runCli({"check", design, "--json"});
    EXPECT_EQ(r.exitCode, 1) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    ASSERT_EQ(j["rows"].size(), 1U);
    ASSERT_EQ(j["halls"].size(), 1U);
    const double capacity = 2 * std::sqrt(3.0) * 415 * 48 / 1000;
    const double kva = 10.2 / 0.95;
    for (const auto& [area, name] : {std::pair{j["rows"][0], "row"}, std::pair{j["halls"][0], "hall"}}) {
        EXPECT_EQ(area[name], name == std::string("row") ? "R1" : "Hall 1");
        EXPECT_NEAR(area["normal_kw"].get<double>(), 10.2, 1e-9);
        EXPECT_NEAR(area["kva"].get<double>(), kva, 1e-9);
        EXPECT_NEAR(area["capacity_kva"].get<double>(), capacity, 1e-9);
        EXPECT_EQ(area["pdus"], 2);
        EXPECT_NEAR(area["normal_pct"].get<double>(), 15.56, 0.01);
        EXPECT_NEAR(area["worst_pct"].get<double>(), 31.12, 0.01);
        EXPECT_EQ(area["worst_element"], "PDU r012-pdu-A1");
        EXPECT_EQ(area["worst_scenario"], "feed Utility B lost");
        EXPECT_NEAR(area["stranded_kva"].get<double>(), capacity / 2, 1e-6);
        EXPECT_NEAR(area["cooling"]["air_kw"].get<double>(), 10.2, 1e-9);
        EXPECT_DOUBLE_EQ(area["cooling"]["liquid_kw"].get<double>(), 0.0);
        EXPECT_DOUBLE_EQ(area["cooling"]["air_capacity_kw"].get<double>(), 0.0);
    }
    EXPECT_EQ(j["rows"][0]["hall"], "Hall 1");
    const auto text = runCli({"check", design});
    EXPECT_NE(text.out.find("  row R1                                   10.2 kW, 10.7 of 69.0 kVA (16 %); worst 31 % (PDU "
                            "r012-pdu-A1, feed Utility B lost); stranded 34.5 kVA; cooling liquid 0.0 of 0.0 kW, air 10.2 of "
                            "0.0 kW\n"),
              std::string::npos)
        << text.out;
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
