#include "install/CapacityWhatIf.h"

#include <fmt/format.h>

#include <algorithm>
#include <limits>

namespace rw::install {
namespace {

class CapacitySearch final {
public:
    CapacitySearch(const RcpspProblem& problem, int target, const SchedulerOptions& options)
        : problem_(problem), target_(target), options_(options) {}

    [[nodiscard]] int makespanWith(const std::vector<int>& units) const {
        problem_.capacity = units;
        return SerialScheduler(problem_).solve(options_).makespan;
    }
    [[nodiscard]] bool meets(const std::vector<int>& units) const { return makespanWith(units) <= target_; }

    /// The fewest units of `r` meeting the target with every other resource at `upper`.
    [[nodiscard]] int alone(int r, int lower, const std::vector<int>& upper) const {
        std::vector<int> units = upper;
        int lo = lower, hi = upper[r];  // hi meets the target
        while (lo < hi) {
            units[r] = lo + (hi - lo) / 2;
            if (meets(units)) hi = units[r];
            else lo = units[r] + 1;
        }
        return hi;
    }

private:
    mutable RcpspProblem problem_;
    int target_;
    SchedulerOptions options_;
};

/// Peak use per resource when every activity starts at its earliest start: with that many units
/// the serial scheme reproduces the critical-path schedule.
std::vector<int> peakAtEarliestStart(const RcpspProblem& p, const CriticalPath& cpm) {
    std::vector<int> peak(p.capacity.size(), 0);
    for (int r = 0; r < p.resourceCount(); ++r) {
        std::vector<std::pair<int, int>> events;  // (time, change); ends sort before starts
        for (int j = 0; j < p.activityCount(); ++j) {
            const Activity& a = p.activities[j];
            if (a.duration == 0 || a.demand[r] == 0) continue;
            events.emplace_back(cpm.earliestStart[j], a.demand[r]);
            events.emplace_back(cpm.earliestStart[j] + a.duration, -a.demand[r]);
        }
        std::sort(events.begin(), events.end());
        int used = 0;
        for (const auto& [time, change] : events) peak[r] = std::max(peak[r], used += change);
    }
    return peak;
}

std::vector<int> lowerBounds(const RcpspProblem& p, int target) {
    std::vector<int> lower(p.capacity.size(), 0);
    for (int r = 0; r < p.resourceCount(); ++r) {
        long long work = 0;
        for (const Activity& a : p.activities) {
            lower[r] = std::max(lower[r], a.demand[r]);
            work += static_cast<long long>(a.demand[r]) * a.duration;
        }
        if (target > 0) lower[r] = std::max<long long>(lower[r], (work + target - 1) / target);
    }
    return lower;
}

}  // namespace

CapacityPlan fewestUnitsFor(const RcpspProblem& problem, int target, const SchedulerOptions& options) {
    RcpspProblem unlimited = problem;
    for (int& c : unlimited.capacity) c = std::numeric_limits<int>::max() / 2;
    const PrecedenceGraph graph = buildPrecedenceGraph(unlimited);
    const CriticalPath cpm = computeCriticalPath(unlimited, graph);
    CapacityPlan plan;
    plan.criticalPathLength = cpm.length;
    if (cpm.length > target) {
        plan.reason = fmt::format("the critical path alone takes {}, longer than the target {}", cpm.length, target);
        return plan;
    }
    const std::vector<int> upper = peakAtEarliestStart(unlimited, cpm);
    std::vector<int> lower = lowerBounds(unlimited, target);
    for (std::size_t r = 0; r < lower.size(); ++r) lower[r] = std::min(lower[r], upper[r]);
    const CapacitySearch search(unlimited, target, options);

    // Each resource's own minimum, then raise the one that helps most until the target is met
    // together, then give back any unit not needed.
    std::vector<int> units(upper.size());
    for (int r = 0; r < static_cast<int>(units.size()); ++r) units[r] = search.alone(r, lower[r], upper);
    int makespan = search.makespanWith(units);
    while (makespan > target) {
        int bestR = -1, bestMakespan = 0;
        for (int r = 0; r < static_cast<int>(units.size()); ++r) {
            if (units[r] >= upper[r]) continue;
            ++units[r];
            const int m = search.makespanWith(units);
            --units[r];
            if (bestR < 0 || m < bestMakespan) bestR = r, bestMakespan = m;
        }
        if (bestR < 0) break;  // cannot happen: at `upper` the target is met
        ++units[bestR];
        makespan = bestMakespan;
    }
    // The scheduler is a heuristic, so fewer units elsewhere can free one here: repeat until stable.
    for (bool trimmed = true; trimmed;) {
        trimmed = false;
        for (int r = 0; r < static_cast<int>(units.size()); ++r) {
            if (units[r] <= lower[r]) continue;
            --units[r];
            if (search.meets(units)) trimmed = true;
            else ++units[r];
        }
    }
    makespan = search.makespanWith(units);
    plan.met = makespan <= target;
    if (!plan.met) plan.reason = fmt::format("the scheduler found no crew counts meeting {}", target);
    plan.units = std::move(units);
    plan.makespan = makespan;
    return plan;
}

}  // namespace rw::install
