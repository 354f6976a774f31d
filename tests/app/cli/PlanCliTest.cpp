// `plan` through the real binary: the summary, the JSON's shape and invariants, the what-if and
// bad input.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "RunCli.h"

namespace rw::test {
namespace {

namespace fs = std::filesystem;

/// The 1-SU example generated once, without routes (so every command routes it and says so).
class PlanCli : public CliTestDir {
protected:
    static void SetUpTestSuite() {
        shared_ = fs::temp_directory_path() / ("rw-plan-cli-" + std::to_string(::getpid()));
        fs::create_directories(shared_);
        const CliResult r = runCli({"generate", std::string(RACKWEAVE_SOURCE_DIR) + "/examples/superpod-h100-1su.json", "-o",
                                    (shared_ / "su1.rackweave").string(), "--no-route", "-q"});
        ASSERT_EQ(r.exitCode, 0) << r.err;
    }
    static void TearDownTestSuite() { fs::remove_all(shared_); }
    static std::string design() { return (shared_ / "su1.rackweave").string(); }
    std::string path(const std::string& name) const { return (dir_ / name).string(); }

    nlohmann::json planJson(std::vector<std::string> extra) const {
        std::vector<std::string> args{"plan", design(), "-o", path("plan.json")};
        args.insert(args.end(), extra.begin(), extra.end());
        const CliResult r = runCli(args);
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return nlohmann::json::parse(readAll(path("plan.json")));
    }

    static inline fs::path shared_;
};

TEST_F(PlanCli, PrintsTheSummaryAndWritesTheJsonPlan) {
    const CliResult r = runCli({"plan", design(), "--start", "2027-03-05", "--crews", "copper=3,fibre=3", "-o", path("plan.json")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("has no saved routes; routing now"), std::string::npos) << r.err;
    for (const char* line : {"Packages: ", "Labour: ", "fibre ", "Crews: rigging 2, electrical 2, mechanical 2, copper 3, fibre 3",
                             "first working day 2027-03-05", "Finish: working day ", "Critical path (crews unlimited): "})
        EXPECT_NE(r.out.find(line), std::string::npos) << line << "\n" << r.out;
    const nlohmann::json j = nlohmann::json::parse(readAll(path("plan.json")));
    EXPECT_EQ(j["settings"]["start"], "2027-03-05");
    EXPECT_EQ(j["settings"]["crews"]["fibre"], 3);
    EXPECT_EQ(j["settings"]["crews"]["rigging"], 2);
    EXPECT_TRUE(j["target"].is_null());
    const auto& packages = j["packages"];
    ASSERT_EQ(j["summary"]["packages"], packages.size());
    ASSERT_GT(packages.size(), 10U);
    std::map<int, const nlohmann::json*> byId;
    for (const auto& p : packages) byId[p["id"]] = &p;
    int lastDay = 0, cables = 0;
    std::string lastFinish;
    std::map<std::string, std::vector<std::pair<int, int>>> crewBusy;
    for (const auto& p : packages) {
        EXPECT_LE(p["start_minute"].get<int>(), p["finish_minute"].get<int>());
        EXPECT_LE(p["start_day"].get<int>(), p["finish_day"].get<int>());
        EXPECT_EQ(p["finish_minute"].get<int>() - p["start_minute"].get<int>(), p["duration_minutes"].get<int>());
        for (int q : p["predecessors"]) EXPECT_LE((*byId.at(q))["finish_minute"].get<int>(), p["start_minute"].get<int>());
        if (!p["crew"].is_null()) {
            const std::string crew = p["crew"];
            EXPECT_EQ(crew.rfind(p["trade"].get<std::string>() + "-", 0), 0U) << crew;
            crewBusy[crew].emplace_back(p["start_minute"], p["finish_minute"]);
        }
        if (p["finish_day"].get<int>() >= lastDay) {
            lastDay = p["finish_day"];
            lastFinish = std::max(lastFinish, p["finish"].get<std::string>());
        }
        cables += p["cables"].get<int>();
    }
    // No crew works two packages at once, and no trade has more crews than asked.
    for (auto& [crew, spans] : crewBusy) {
        std::sort(spans.begin(), spans.end());
        for (std::size_t k = 1; k < spans.size(); ++k) EXPECT_LE(spans[k - 1].second, spans[k].first) << crew;
        EXPECT_LE(std::stoi(crew.substr(crew.rfind('-') + 1)), j["settings"]["crews"][crew.substr(0, crew.rfind('-'))].get<int>());
    }
    EXPECT_EQ(j["summary"]["cables"], cables);
    EXPECT_EQ(j["summary"]["working_days"], lastDay);
    EXPECT_EQ(j["summary"]["finish"], lastFinish);
    EXPECT_EQ(j["summary"]["finish_date"], lastFinish.substr(0, 10));
    EXPECT_GE(j["summary"]["makespan_minutes"].get<int>(), j["summary"]["critical_path_minutes"].get<int>());
    ASSERT_FALSE(j["critical_path"].empty());
    for (int id : j["critical_path"]) EXPECT_TRUE((*byId.at(id))["critical"].get<bool>());
    EXPECT_GT(j["summary"]["labour_hours"]["total"].get<double>(), 0.0);
}

TEST_F(PlanCli, TargetDaysFindsTheFewestCrewsOrSaysWhyNot) {
    nlohmann::json j = planJson({"--start", "2027-03-01", "--target-days", "2"});
    ASSERT_TRUE(j["target"]["met"].get<bool>()) << j["target"];
    EXPECT_LE(j["summary"]["working_days"].get<int>(), 2);
    EXPECT_EQ(j["target"]["crews"], j["summary"]["crews"]);

    const CliResult r = runCli({"plan", design(), "--start", "2027-03-01", "--shift-hours", "1", "--target-days", "3", "-o",
                                path("plan.json")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Target: 3 working days: cannot be met: the critical path alone takes "), std::string::npos) << r.out;
    j = nlohmann::json::parse(readAll(path("plan.json")));
    EXPECT_FALSE(j["target"]["met"].get<bool>());
    EXPECT_NE(j["target"]["reason"].get<std::string>().find("critical path"), std::string::npos);
    EXPECT_GT(j["summary"]["critical_path_days"].get<int>(), 3);
}

struct BadCase {
    std::vector<std::string> args;
    std::string message;
};

TEST_F(PlanCli, BadInputNamesTheOptionOrFileAndExitsTwo) {
    nlohmann::json rates = nlohmann::json::parse(readAll(std::string(RACKWEAVE_SOURCE_DIR) + "/assets/labour/rates.json"));
    rates["work"]["rack_set"]["minutes"] = "two hours";
    std::ofstream(path("bad-rates.json")) << rates.dump();
    const std::vector<BadCase> cases = {
        {{"--crews", "copper=4,plumbing=3"}, "--crews: item 2 'plumbing=3': unknown trade 'plumbing' (known: rigging,"},
        {{"--crews", "copper"}, "--crews: item 1 'copper': expected TRADE=COUNT"},
        {{"--crews", "fibre=lots"}, "--crews: item 1 'fibre=lots': crews must be a whole number from 1 to"},
        {{"--start", "2027-02-30"}, "--start: '2027-02-30' is not a date: 2027-02 has 28 days"},
        {{"--start", "next monday"}, "--start: 'next monday' is not a date; expected YYYY-MM-DD"},
        {{"--target-days", "0"}, "--target-days: 0 is not a number of working days"},
        {{"--target-days=-3"}, "--target-days: -3 is not a number of working days"},
        {{"--shift-hours", "25"}, "--shift-hours: 25 is not a number of working hours"},
        {{"--days-per-week", "8"}, "--days-per-week: 8 is not a number of days in a week"},
        {{"--rates", path("bad-rates.json")}, "bad-rates.json: $.work.rack_set.minutes: expected a number, found a string"},
        {{"--rates", path("missing.json")}, "missing.json: cannot open"},
    };
    for (const auto& c : cases) {
        std::vector<std::string> args{"plan", design(), "-o", path("out.json")};
        args.insert(args.end(), c.args.begin(), c.args.end());
        const CliResult r = runCli(args);
        EXPECT_EQ(r.exitCode, 2) << c.args.front() << ": " << r.err;
        EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
        EXPECT_FALSE(fs::exists(path("out.json")));
    }
}

}  // namespace
}  // namespace rw::test
