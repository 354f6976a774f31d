#pragma once
// An install plan for a routed design (issue 12): the work packages, the crew schedule with the
// settings' crews (or, with a target, the fewest crews the what-if finds that meet it), the crew
// that does each package, the critical path, and all of it on the calendar.
#include <optional>
#include <string>
#include <vector>

#include "install/CapacityWhatIf.h"
#include "install/CrewAssignment.h"
#include "install/CriticalPath.h"
#include "install/LabourRates.h"
#include "install/PlanSettings.h"
#include "install/WorkCalendar.h"
#include "install/WorkPackages.h"

namespace rw::install {

struct InstallPlan {
    PlanSettings settings;                 ///< as asked
    WorkCalendar calendar;
    std::array<int, kTradeCount> crews{};  ///< crews the schedule uses: the settings', or the what-if's when it met the target
    WorkPlan work;
    RcpspProblem problem;                  ///< in working minutes, capacities = `crews`
    Schedule schedule;
    CriticalPath criticalPath;             ///< crews unlimited: the bound no crew count beats
    std::vector<int> criticalChain;        ///< one chain of critical packages, first to last
    UnitAssignment units;
    std::optional<CapacityPlan> whatIf;    ///< when settings.targetDays is set
    std::string whatIfReason;              ///< why the target cannot be met, in days (when not met)

    [[nodiscard]] int packageCount() const noexcept { return static_cast<int>(work.packages.size()); }
    [[nodiscard]] int duration(int package) const { return problem.activities[package].duration; }
    [[nodiscard]] int finish(int package) const { return schedule.start[package] + duration(package); }
    /// 1-based crew number within its trade; 0 for a milestone (no crew).
    [[nodiscard]] int crewNumber(int package) const;
    /// "fibre-07"; empty for a milestone.
    [[nodiscard]] std::string crewName(int package) const;
    /// The start and finish of a package on the calendar (a milestone's both at its finish).
    [[nodiscard]] WorkCalendar::Moment startMoment(int package) const;
    [[nodiscard]] WorkCalendar::Moment finishMoment(int package) const;
    /// The package cut at the ends of working days: one piece per working day its crew spends on it.
    [[nodiscard]] std::vector<WorkCalendar::Piece> pieces(int package) const;
    /// Working days from the first morning to the last package's end.
    [[nodiscard]] int workingDays() const noexcept { return calendar.daysFor(schedule.makespan); }
    [[nodiscard]] bool targetMet() const noexcept { return whatIf && whatIf->met; }
};

/// "fibre-07": a crew's name from its trade and 1-based number, as work orders and MSPDI use it.
[[nodiscard]] std::string crewName(Trade trade, int number);

/// Checks `settings` (rw::InputError), builds the packages (rw::InputError as buildWorkPackages),
/// runs the what-if when a target is set and schedules with the crews that result.
[[nodiscard]] InstallPlan planInstall(const Model& model, const RoutingResult& routing, const LabourRates& rates,
                                      const PlanSettings& settings);

}  // namespace rw::install
