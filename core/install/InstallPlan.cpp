#include "install/InstallPlan.h"

#include <fmt/format.h>

#include "install/SerialScheduler.h"

namespace rw::install {
namespace {

/// One chain of critical activities: from one that ends the critical path, back through
/// critical predecessors that finish exactly when it starts.
std::vector<int> criticalChain(const RcpspProblem& p, const SerialScheduler& s) {
    const CriticalPath& cpm = s.criticalPath();
    const auto finish = [&](int j) { return cpm.earliestStart[j] + p.activities[j].duration; };
    int j = -1;
    for (int i = 0; i < p.activityCount() && j < 0; ++i)
        if (cpm.isCritical(i) && finish(i) == cpm.length && s.graph().successors[i].empty()) j = i;
    std::vector<int> chain;
    while (j >= 0) {
        chain.push_back(j);
        int next = -1;
        for (int q : s.graph().predecessors[j])
            if (cpm.isCritical(q) && finish(q) == cpm.earliestStart[j]) next = q;
        j = next;
    }
    return {chain.rbegin(), chain.rend()};
}

}  // namespace

std::string crewName(Trade trade, int number) { return fmt::format("{}-{:02}", toString(trade), number); }

int InstallPlan::crewNumber(int package) const {
    const auto& held = units.units[package];
    return held.empty() ? 0 : held.front().second + 1;
}

std::string InstallPlan::crewName(int package) const {
    const int n = crewNumber(package);
    return n == 0 ? std::string() : install::crewName(work.packages[package].trade, n);
}

WorkCalendar::Moment InstallPlan::startMoment(int package) const {
    return calendar.at(schedule.start[package], duration(package) == 0);
}

WorkCalendar::Moment InstallPlan::finishMoment(int package) const { return calendar.at(finish(package), true); }

std::vector<WorkCalendar::Piece> InstallPlan::pieces(int package) const {
    return calendar.pieces(schedule.start[package], finish(package));
}

InstallPlan planInstall(const Model& model, const RoutingResult& routing, const LabourRates& rates,
                        const PlanSettings& settings) {
    checkSettings(settings);
    InstallPlan plan{settings, WorkCalendar(settings.start, settings.shiftHours, settings.workingDaysPerWeek, settings.holidays), settings.crews};
    plan.work = buildWorkPackages(model, routing, rates);
    plan.problem = toSchedulingProblem(plan.work, rates, plan.crews, settings.crewsPerRow, &model);
    if (settings.targetDays) {
        const int minutesPerDay = plan.calendar.minutesPerDay();
        // The search runs the one-pass LFT scheduler (fast) over the trades only (a row limit is
        // a site rule, not crews to hire); the plan below is then improved.
        plan.whatIf = fewestUnitsFor(plan.problem, *settings.targetDays * minutesPerDay, {0}, kTradeCount);
        if (plan.whatIf->met) {
            for (int t = 0; t < kTradeCount; ++t) plan.problem.capacity[t] = plan.crews[t] = plan.whatIf->units[t];
        } else if (plan.whatIf->fixedLimitsTooTight) {
            plan.whatIfReason = fmt::format(
                "with at most {} crews in a row at once the scheduler finds no plan within {} working days, whatever the "
                "crews of each trade (more crews per row or more hours a day can help)",
                *settings.crewsPerRow, *settings.targetDays);
        } else if (plan.whatIf->criticalPathLength > *settings.targetDays * minutesPerDay) {
            const int cp = plan.whatIf->criticalPathLength;
            plan.whatIfReason = fmt::format(
                "the critical path alone takes {} working days ({}h{:02} of work one after another at {} h a day), longer "
                "than the target of {}; no number of crews can shorten it (more hours a day can)",
                plan.calendar.daysFor(cp), cp / 60, cp % 60, settings.shiftHours, *settings.targetDays);
        } else {
            plan.whatIfReason = fmt::format("the scheduler found no crew counts that meet {} working days", *settings.targetDays);
        }
    }
    const SerialScheduler scheduler(plan.problem);
    plan.schedule = scheduler.solve();
    plan.criticalPath = scheduler.criticalPath();
    plan.criticalChain = criticalChain(plan.problem, scheduler);
    plan.units = assignUnits(plan.problem, plan.schedule);
    return plan;
}

}  // namespace rw::install
