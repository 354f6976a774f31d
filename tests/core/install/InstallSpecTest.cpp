// Plan settings as data: the spec's `install` object is read strictly (errors name the JSON
// path), kept on the design, saved and reopened, and laid over the plan's defaults.
#include <gtest/gtest.h>

#include "../persistence/TempDir.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "install/InstallSpec.h"
#include "persistence/ProjectFile.h"
#include "support/ShippedCatalog.h"
#include "util/Errors.h"

namespace rw {
namespace {

using namespace install;

constexpr const char* kSpec = R"({"compute": {"system": "nvidia-dgx-h100", "nodes": 31}, "install": {
  "crews": {"fibre": 60, "copper": 40}, "shift_hours": 8, "working_days_per_week": 6,
  "start": "2027-04-05", "target_days": 19, "crews_per_row": 3, "holidays": ["2027-04-09", "2027-05-03"]}})";

TEST(InstallSpec, TheSpecsSettingsReachTheDesignAndThePlan) {
    const ClusterSpec spec = parseSpecText(kSpec, "spec.json", test::shippedCatalog());
    EXPECT_EQ(spec.install.crews, (std::map<std::string, int>{{"copper", 40}, {"fibre", 60}}));
    const Model model = generate(spec, test::shippedCatalog()).model;
    EXPECT_EQ(model.site.install, spec.install);
    const PlanSettings s = withDesignSettings({}, model.site.install);
    EXPECT_EQ(s.crews[static_cast<int>(Trade::Fibre)], 60);
    EXPECT_EQ(s.crews[static_cast<int>(Trade::Copper)], 40);
    EXPECT_EQ(s.crews[static_cast<int>(Trade::Rigging)], kDefaultCrews[0]);  // not given: the default
    EXPECT_EQ(s.shiftHours, 8);
    EXPECT_EQ(s.workingDaysPerWeek, 6);
    EXPECT_EQ(formatDate(s.start), "2027-04-05");
    EXPECT_EQ(s.targetDays, 19);
    EXPECT_EQ(s.crewsPerRow, 3);
    ASSERT_EQ(s.holidays.size(), 2U);
    EXPECT_EQ(formatDate(s.holidays[1]), "2027-05-03");
}

TEST(InstallSpec, NoInstallObjectChangesNothing) {
    const ClusterSpec spec = parseSpecText(R"({"compute": {"system": "nvidia-dgx-h100", "nodes": 31}})", "spec.json",
                                           test::shippedCatalog());
    EXPECT_TRUE(spec.install.empty());
    const PlanSettings s = withDesignSettings({}, spec.install);
    EXPECT_EQ(s.crews, kDefaultCrews);
    EXPECT_EQ(s.shiftHours, PlanSettings{}.shiftHours);
    EXPECT_FALSE(s.targetDays);
    EXPECT_FALSE(s.crewsPerRow);
}

TEST(InstallSpec, SavedWithTheDesignAndReopened) {
    Model model = generate(parseSpecText(kSpec, "spec.json", test::shippedCatalog()), test::shippedCatalog()).model;
    test::TempDir dir;
    saveProject(model, dir / "d.rackweave");
    const Model loaded = openProject(dir / "d.rackweave");
    EXPECT_EQ(loaded.site.install, model.site.install);
    EXPECT_EQ(installSettingsFromJson(installSettingsToJson(model.site.install), "x"), model.site.install);
    EXPECT_EQ(installSettingsToJson(model.site.install),
              R"({"crews":{"copper":40,"fibre":60},"shift_hours":8,"working_days_per_week":6,"start":"2027-04-05",)"
              R"("target_days":19,"crews_per_row":3,"holidays":["2027-04-09","2027-05-03"]})");
    // A design with no settings writes none.
    model.site.install = {};
    saveProject(model, dir / "e.rackweave");
    EXPECT_TRUE(openProject(dir / "e.rackweave").site.install.empty());
}

TEST(InstallSpec, BadStoredSettingsNameTheKey) {
    try {
        (void)installSettingsFromJson(R"({"shift_hours": 30})", "install_plan");
        FAIL();
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("install_plan: $.shift_hours"), std::string::npos) << e.what();
    }
    // A number beyond double (nlohmann's out_of_range, not parse_error) is bad JSON too.
    EXPECT_THROW((void)installSettingsFromJson(R"({"shift_hours": 1e999})", "install_plan"), InputError);
}

TEST(InstallSpec, HolidaysFromTheSpecMoveTheFinishAsTheCliOptionDoes) {
    PlanSettings base;
    base.start = parseDate("2027-04-05", "start");
    const InstallSettings design = installSettingsFromJson(R"({"holidays": ["2027-04-07"]})", "spec");
    const PlanSettings fromSpec = withDesignSettings(base, design);
    PlanSettings fromCli = base;
    fromCli.holidays = parseHolidays("2027-04-07", "--holidays");
    EXPECT_EQ(fromSpec.holidays, fromCli.holidays);
}

TEST(InstallSpec, BadHolidaysNameTheItem) {
    const auto error = [](const char* json) {
        try {
            (void)installSettingsFromJson(json, "spec.json");
        } catch (const InputError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    EXPECT_NE(error(R"({"holidays": "2027-04-07"})").find("spec.json: $.holidays: expected a list of dates"), std::string::npos);
    EXPECT_NE(error(R"({"holidays": ["2027-04-07", "2027-02-30"]})").find("spec.json: $.holidays[1]: '2027-02-30' is not a date"),
              std::string::npos)
        << error(R"({"holidays": ["2027-04-07", "2027-02-30"]})");
    EXPECT_NE(error(R"({"holidays": [20270407]})").find("$.holidays[0]: expected a date as text"), std::string::npos);
}

}  // namespace
}  // namespace rw
