// `plan`, `export sequence` and `export schedule` through the real binary: the summary, the
// JSON's shape and invariants, the what-if, the CSV, the MSPDI parsed back with expat (task and
// link counts equal the plan's; no XSD is available offline, see docs/install.md) and bad input.
#include <expat.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <utility>

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
    // The 1-SU plan's critical path (survey, busway, rack set, tap-offs, cords, power-on, ... burn-in)
    // is 29 h 40 of work one after another: three 10-hour days; four days needs enough crews.
    nlohmann::json j = planJson({"--start", "2027-03-01", "--target-days", "4"});
    ASSERT_TRUE(j["target"]["met"].get<bool>()) << j["target"];
    EXPECT_LE(j["summary"]["working_days"].get<int>(), 4);
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

TEST_F(PlanCli, HolidaysMoveTheFinishAndPackagesSplitAtShiftEnds) {
    const nlohmann::json plain = planJson({"--start", "2027-03-01"});
    const nlohmann::json off = planJson({"--start", "2027-03-01", "--holidays", "2027-03-02,2027-03-03"});
    EXPECT_EQ(off["settings"]["holidays"], nlohmann::json::parse(R"(["2027-03-02","2027-03-03"])"));
    EXPECT_EQ(off["summary"]["makespan_minutes"], plain["summary"]["makespan_minutes"]);
    ASSERT_GE(plain["summary"]["working_days"].get<int>(), 2);
    EXPECT_GT(off["summary"]["finish_date"].get<std::string>(), plain["summary"]["finish_date"].get<std::string>());
    // Every part of every package lies inside one working day, 07:00 to 17:00, never on a holiday.
    int split = 0;
    for (const auto& p : off["packages"]) {
        for (const auto& part : p["parts"]) {
            const std::string start = part["start"], finish = part["finish"];
            EXPECT_EQ(start.substr(0, 10), finish.substr(0, 10)) << p["name"];
            EXPECT_GE(start.substr(11), "07:00:00");
            EXPECT_LE(finish.substr(11), "17:00:00");
            EXPECT_NE(start.substr(0, 10), "2027-03-02");
            EXPECT_NE(start.substr(0, 10), "2027-03-03");
        }
        if (p["parts"].size() > 1) ++split;
    }
    EXPECT_GT(split, 0) << "some package runs over a shift end";
    const CliResult r = runCli({"plan", design(), "--start", "2027-03-01", "--holidays", "2027-03-02"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("first working day 2027-03-01; holidays 2027-03-02"), std::string::npos) << r.out;
}

TEST_F(PlanCli, CrewsPerRowLimitsEachRowAndIsReported) {
    const nlohmann::json j = planJson({"--start", "2027-03-01", "--crews", "copper=6,fibre=6", "--crews-per-row", "1"});
    EXPECT_EQ(j["settings"]["crews_per_row"], 1);
    // The core tests count crews per row minute by minute; here the option reaches the plan, and
    // a limit never makes it shorter.
    const nlohmann::json free = planJson({"--start", "2027-03-01", "--crews", "copper=6,fibre=6"});
    EXPECT_TRUE(free["settings"]["crews_per_row"].is_null());
    EXPECT_GE(j["summary"]["makespan_minutes"].get<int>(), free["summary"]["makespan_minutes"].get<int>());
    const CliResult r = runCli({"plan", design(), "--start", "2027-03-01", "--crews-per-row", "2"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("; at most 2 in a row at once"), std::string::npos) << r.out;
}

TEST_F(PlanCli, TheSpecsInstallSettingsAreTheDefaultsAndOptionsOverrideThem) {
    nlohmann::json spec = nlohmann::json::parse(readAll(std::string(RACKWEAVE_SOURCE_DIR) + "/examples/superpod-h100-1su.json"));
    spec["install"] = {{"crews", {{"fibre", 5}}}, {"shift_hours", 8}, {"working_days_per_week", 6},
                       {"start", "2027-04-05"}, {"crews_per_row", 2}};
    std::ofstream(path("spec.json")) << spec.dump();
    const std::string own = path("own.rackweave");
    ASSERT_EQ(runCli({"generate", path("spec.json"), "-o", own, "-q"}).exitCode, 0);

    CliResult r = runCli({"plan", own, "-o", path("own.json")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    nlohmann::json j = nlohmann::json::parse(readAll(path("own.json")));
    EXPECT_EQ(j["settings"]["crews"]["fibre"], 5);
    EXPECT_EQ(j["settings"]["crews"]["copper"], 4);  // not in the spec: the default
    EXPECT_EQ(j["settings"]["shift_hours"], 8);
    EXPECT_EQ(j["settings"]["working_days_per_week"], 6);
    EXPECT_EQ(j["settings"]["start"], "2027-04-05");
    EXPECT_EQ(j["settings"]["crews_per_row"], 2);

    r = runCli({"plan", own, "--shift-hours", "9", "--crews", "fibre=7", "--start", "2027-05-03", "--crews-per-row", "3",
                "-o", path("own.json")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    j = nlohmann::json::parse(readAll(path("own.json")));
    EXPECT_EQ(j["settings"]["crews"]["fibre"], 7);
    EXPECT_EQ(j["settings"]["shift_hours"], 9);
    EXPECT_EQ(j["settings"]["working_days_per_week"], 6);  // not overridden: still the spec's
    EXPECT_EQ(j["settings"]["start"], "2027-05-03");
    EXPECT_EQ(j["settings"]["crews_per_row"], 3);

    spec["install"] = {{"start", "2027-02-30"}};
    std::ofstream(path("bad-spec.json")) << spec.dump();
    r = runCli({"generate", path("bad-spec.json"), "-o", path("bad.rackweave"), "-q"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("bad-spec.json: $.install.start: '2027-02-30' is not a date: 2027-02 has 28 days"), std::string::npos)
        << r.err;
}

TEST_F(PlanCli, ARoutedDesignIsPlannedAsSavedAndJsonCanGoToStandardOutput) {
    const std::string routed = path("routed.rackweave");
    fs::copy_file(design(), routed);
    ASSERT_EQ(runCli({"route", routed, "-q"}).exitCode, 0);
    const CliResult r = runCli({"plan", routed, "--start", "2027-03-01", "-o", "-"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err.find("no saved routes"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("Finish: working day "), std::string::npos) << r.err;  // the summary moves to stderr
    const nlohmann::json j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["summary"]["packages"], j["packages"].size());
}

TEST_F(PlanCli, AnEmptyDesignHasNothingToInstall) {
    const std::string empty = path("empty.rackweave");
    ASSERT_EQ(runCli({"new", empty, "--name", "Empty"}).exitCode, 0);
    const CliResult r = runCli({"plan", empty, "--target-days", "3"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Packages: 0 "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Finish: nothing to install"), std::string::npos) << r.out;
}

std::vector<std::vector<std::string>> csvRows(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        std::vector<std::string> cells;
        std::string cell;
        bool quoted = false;
        for (char c : line) {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) cells.push_back(std::exchange(cell, {}));
            else cell += c;
        }
        cells.push_back(cell);
        rows.push_back(cells);
    }
    return rows;
}

TEST_F(PlanCli, ExportSequenceListsEveryPackageInOrderOfStart) {
    const nlohmann::json plan = planJson({"--start", "2027-03-01"});
    const CliResult r = runCli({"export", "sequence", design(), "--start", "2027-03-01", "-o", path("seq.csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto rows = csvRows(readAll(path("seq.csv")));
    ASSERT_EQ(rows.size(), plan["packages"].size() + 1);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"order", "id", "name", "kind", "trade", "crew", "start_day", "start", "finish_day",
                                                 "finish", "duration_min", "labour_min", "predecessors", "cables"}));
    std::string previousStart;
    for (std::size_t k = 1; k < rows.size(); ++k) {
        const auto& row = rows[k];
        ASSERT_EQ(row.size(), 14U);
        EXPECT_EQ(row[0], std::to_string(k));
        const auto& p = plan["packages"][std::stoi(row[1]) - 1];
        EXPECT_EQ(row[2], p["name"]);
        EXPECT_EQ(row[5], p["crew"].is_null() ? "" : p["crew"].get<std::string>());
        EXPECT_EQ(row[7], p["start"]);
        EXPECT_EQ(row[13], std::to_string(p["cables"].get<int>()));
        EXPECT_LE(previousStart, row[7]);
        previousStart = row[7];
    }
}

/// Counts MSPDI elements by path and keeps the texts a test looks at.
struct Mspdi {
    std::map<std::string, int> count;  ///< "Project/Tasks/Task" -> n
    std::vector<std::string> path;
    std::string text;
    std::vector<int> taskUids, predecessorUids, linkTypes, resourceUids, assignedTasks, assignedResources;
    std::vector<std::string> durations;
    std::string rootNamespace;

    static Mspdi parse(const std::string& xml) {
        Mspdi m;
        XML_Parser p = XML_ParserCreate("UTF-8");
        XML_SetUserData(p, &m);
        XML_SetElementHandler(
            p,
            [](void* self, const XML_Char* name, const XML_Char** attrs) {
                auto& m = *static_cast<Mspdi*>(self);
                if (m.path.empty())
                    for (int i = 0; attrs[i]; i += 2)
                        if (std::string(attrs[i]) == "xmlns") m.rootNamespace = attrs[i + 1];
                m.path.emplace_back(name);
                m.text.clear();
                std::string key;
                for (const auto& part : m.path) key += (key.empty() ? "" : "/") + part;
                ++m.count[key];
            },
            [](void* self, const XML_Char*) {
                auto& m = *static_cast<Mspdi*>(self);
                std::string key;
                for (const auto& part : m.path) key += (key.empty() ? "" : "/") + part;
                if (key == "Project/Tasks/Task/UID") m.taskUids.push_back(std::stoi(m.text));
                if (key == "Project/Tasks/Task/PredecessorLink/PredecessorUID") m.predecessorUids.push_back(std::stoi(m.text));
                if (key == "Project/Tasks/Task/PredecessorLink/Type") m.linkTypes.push_back(std::stoi(m.text));
                if (key == "Project/Tasks/Task/Duration") m.durations.push_back(m.text);
                if (key == "Project/Resources/Resource/UID") m.resourceUids.push_back(std::stoi(m.text));
                if (key == "Project/Assignments/Assignment/TaskUID") m.assignedTasks.push_back(std::stoi(m.text));
                if (key == "Project/Assignments/Assignment/ResourceUID") m.assignedResources.push_back(std::stoi(m.text));
                m.path.pop_back();
            });
        XML_SetCharacterDataHandler(p, [](void* self, const XML_Char* s, int len) { static_cast<Mspdi*>(self)->text.append(s, len); });
        const bool ok = XML_Parse(p, xml.data(), static_cast<int>(xml.size()), 1) == XML_STATUS_OK;
        EXPECT_TRUE(ok) << XML_ErrorString(XML_GetErrorCode(p)) << " at line " << XML_GetCurrentLineNumber(p);
        XML_ParserFree(p);
        return m;
    }
};

TEST_F(PlanCli, ExportScheduleWritesMsProjectXmlWithThePlansTasksAndLinks) {
    const nlohmann::json plan = planJson({"--start", "2027-03-01", "--crews", "fibre=5", "--holidays", "2027-03-03,2027-03-07"});
    const CliResult r = runCli({"export", "schedule", design(), "--start", "2027-03-01", "--crews", "fibre=5", "--holidays",
                                "2027-03-03,2027-03-07", "-o", path("plan.xml")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("plan.xml: "), std::string::npos) << r.out;
    const Mspdi m = Mspdi::parse(readAll(path("plan.xml")));
    EXPECT_EQ(m.rootNamespace, "http://schemas.microsoft.com/project");
    std::size_t links = 0, assigned = 0;
    for (const auto& p : plan["packages"]) {
        links += p["predecessors"].size();
        assigned += p["crew"].is_null() ? 0 : 1;
    }
    EXPECT_EQ(m.count.at("Project/Tasks/Task"), static_cast<int>(plan["packages"].size()));
    EXPECT_EQ(m.count.at("Project/Tasks/Task/PredecessorLink"), static_cast<int>(links));
    EXPECT_EQ(m.count.at("Project/Calendars/Calendar"), 1);
    EXPECT_EQ(m.count.at("Project/Calendars/Calendar/WeekDays/WeekDay"), 7);
    int crews = 0;
    for (const auto& [trade, n] : plan["summary"]["crews"].items()) crews += n.get<int>();
    EXPECT_EQ(m.count.at("Project/Resources/Resource"), crews);
    EXPECT_EQ(m.count.at("Project/Assignments/Assignment"), static_cast<int>(assigned));
    const std::set<int> uids(m.taskUids.begin(), m.taskUids.end());
    EXPECT_EQ(uids.size(), m.taskUids.size());
    for (int u : m.predecessorUids) EXPECT_TRUE(uids.count(u)) << u;
    // Every assignment joins a task and a crew that are in the file, one crewed task each.
    const std::set<int> resources(m.resourceUids.begin(), m.resourceUids.end());
    EXPECT_EQ(resources.size(), m.resourceUids.size());
    for (int u : m.assignedResources) EXPECT_TRUE(resources.count(u)) << u;
    for (int u : m.assignedTasks) EXPECT_TRUE(uids.count(u)) << u;
    EXPECT_EQ(std::set<int>(m.assignedTasks.begin(), m.assignedTasks.end()).size(), assigned);
    // The working holiday (a Wednesday) is a calendar exception; the Sunday is a day off anyway.
    EXPECT_EQ(m.count.at("Project/Calendars/Calendar/Exceptions/Exception"), 1);
    for (int t : m.linkTypes) EXPECT_EQ(t, 1);  // finish-to-start
    const std::regex iso(R"(PT\d+H\d+M\d+S)");
    for (const auto& d : m.durations) EXPECT_TRUE(std::regex_match(d, iso)) << d;
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
        {{"--crews", ""}, "--crews: empty; give TRADE=COUNT[,TRADE=COUNT...]"},
        {{"--crews", "fibre=lots"}, "--crews: item 1 'fibre=lots': crews must be a whole number from 1 to"},
        {{"--start", "2027-02-30"}, "--start: '2027-02-30' is not a date: 2027-02 has 28 days"},
        {{"--start", "next monday"}, "--start: 'next monday' is not a date; expected YYYY-MM-DD"},
        {{"--target-days", "0"}, "--target-days: 0 is not a number of working days"},
        {{"--target-days=-3"}, "--target-days: -3 is not a number of working days"},
        {{"--shift-hours", "25"}, "--shift-hours: 25 is not a number of working hours"},
        {{"--days-per-week", "8"}, "--days-per-week: 8 is not a number of days in a week"},
        {{"--crews-per-row", "0"}, "--crews-per-row: 0 is not a number of crews (1 to"},
        {{"--holidays", "2027-03-05,2027-02-30"}, "--holidays: item 2 '2027-02-30': '2027-02-30' is not a date: 2027-02 has 28 days"},
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
    // The exports take the same options and fail the same way.
    for (const char* kind : {"sequence", "schedule"}) {
        const CliResult r = runCli({"export", kind, design(), "--crews", "plumbers=3", "-o", path("out")});
        EXPECT_EQ(r.exitCode, 2) << r.err;
        EXPECT_NE(r.err.find("--crews: item 1 'plumbers=3': unknown trade"), std::string::npos) << r.err;
        EXPECT_FALSE(fs::exists(path("out")));
    }
}

}  // namespace
}  // namespace rw::test
