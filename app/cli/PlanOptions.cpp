#include "PlanOptions.h"

#include <fmt/format.h>

#include <chrono>

#include "Cli.h"
#include "RoutedDesign.h"
#include "install/InstallSpec.h"
#include "util/Errors.h"

namespace rw::cli {

std::shared_ptr<PlanOptions> addPlanOptions(CLI::App& cmd) {
    auto o = std::make_shared<PlanOptions>();
    cmd.add_option("DESIGN", o->design, "Project file (.rackweave); routed now if it has no saved routes")->required();
    cmd.add_option("--crews", o->crews,
                   fmt::format("Crews of each trade at work at once, e.g. copper=40,fibre=60 (others keep the defaults: {})",
                               install::formatCrews(install::kDefaultCrews)));
    cmd.add_option("--shift-hours", o->shiftHours,
                   fmt::format("Working hours per working day (1-24; default: the design's, else {})", install::PlanSettings{}.shiftHours));
    cmd.add_option("--days-per-week", o->daysPerWeek,
                   fmt::format("Working days per week, from Monday (1-7; default: the design's, else {})",
                               install::PlanSettings{}.workingDaysPerWeek));
    cmd.add_option("--start", o->start,
                   "First day of work, YYYY-MM-DD (default: the design's, else today, UTC); a day off moves to the next working day");
    cmd.add_option("--holidays", o->holidays,
                   "Dates no crew works, YYYY-MM-DD,YYYY-MM-DD,... (default: the design's, else none); working days move past them");
    cmd.add_option("--target-days", o->targetDays,
                   "Working days to finish in: find the fewest crews of each trade that meet it (the plan then uses them)");
    cmd.add_option("--crews-per-row", o->crewsPerRow,
                   "At most this many crews, of any trades, at work in one row at once (default: no limit)");
    cmd.add_option("--rates", o->rates, "Labour rates file (default: the shipped assets/labour/rates.json)");
    return o;
}

namespace {

/// `base` (the defaults with the design's settings) with the options given laid over it.
install::PlanSettings settingsFrom(const PlanOptions& o, install::PlanSettings s, bool baseHasStart) {
    if (o.crews) install::parseCrews(*o.crews, s.crews, "--crews");
    if (o.shiftHours && (*o.shiftHours < 1 || *o.shiftHours > 24))
        throw InputError(fmt::format("--shift-hours: {} is not a number of working hours in a day (1 to 24)", *o.shiftHours));
    if (o.shiftHours) s.shiftHours = *o.shiftHours;
    if (o.daysPerWeek && (*o.daysPerWeek < 1 || *o.daysPerWeek > 7))
        throw InputError(fmt::format("--days-per-week: {} is not a number of days in a week (1 to 7)", *o.daysPerWeek));
    if (o.daysPerWeek) s.workingDaysPerWeek = *o.daysPerWeek;
    if (o.targetDays && (*o.targetDays < 1 || *o.targetDays > install::kMaxTargetDays))
        throw InputError(fmt::format("--target-days: {} is not a number of working days (1 to {})", *o.targetDays,
                                     install::kMaxTargetDays));
    if (o.targetDays) s.targetDays = o.targetDays;
    if (o.crewsPerRow && (*o.crewsPerRow < 1 || *o.crewsPerRow > install::kMaxCrews))
        throw InputError(fmt::format("--crews-per-row: {} is not a number of crews (1 to {})", *o.crewsPerRow, install::kMaxCrews));
    if (o.crewsPerRow) s.crewsPerRow = o.crewsPerRow;
    if (o.holidays) s.holidays = install::parseHolidays(*o.holidays, "--holidays");
    if (!o.start.empty()) s.start = install::parseDate(o.start, "--start");
    else if (!baseHasStart) s.start = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
    return s;
}

}  // namespace

PlannedDesign makePlannedDesign(const PlanOptions& o, const CLI::App& root, const std::function<void()>& checkMore) {
    (void)settingsFrom(o, {}, false);  // bad options fail before any slow work
    if (checkMore) checkMore();
    const install::LabourRates rates =
        o.rates.empty() ? install::loadShippedLabourRates() : install::loadLabourRates(o.rates);
    Catalog catalog = catalogFor(root);
    OpenedProject project = openRoutedDesign(o.design, catalog);
    const InstallSettings& own = project.model.site.install;
    const install::PlanSettings settings = settingsFrom(o, install::withDesignSettings({}, own), !own.start.empty());
    try {
        install::InstallPlan plan = install::planInstall(project.model, *project.routes, rates, settings);
        return PlannedDesign{std::move(catalog), std::move(project), std::move(plan)};
    } catch (const InputError& e) {
        throw InputError(fmt::format("{}: {}", o.design, e.what()));  // name the design the problem is in
    }
}

install::InstallPlan makePlan(const PlanOptions& o, const CLI::App& root) {
    return makePlannedDesign(o, root).plan;
}

}  // namespace rw::cli
