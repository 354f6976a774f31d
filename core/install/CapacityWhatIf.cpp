#include "install/CapacityWhatIf.h"

#include <fmt/format.h>

#include <algorithm>
#include <limits>

namespace rw::install {
namespace {

/// Runs the scheduler with given units. With the one-pass scheduler (no improvement passes) a
/// run can be cut short at a cut-off, and a run that meets the target shows how many units of
/// each resource its schedule really used: with exactly those the pass gives the same schedule,
/// so the search may drop the rest without another run.
class CapacitySearch final {
public:
    struct Outcome {
        int makespan = 0;            ///< above the cut-off when cut short (a bound then)
        std::vector<int> peak;       ///< units the schedule used; empty when unknown
        std::vector<char> delayedBy; ///< resources that held some activity back; empty when unknown
    };

    /// Resources from `searched` on are fixed limits: never shrunk to their use.
    CapacitySearch(const RcpspProblem& problem, int target, const SchedulerOptions& options, int searched)
        : scheduler_(problem), target_(target), options_(options), searched_(searched) {}

    [[nodiscard]] const CriticalPath& criticalPath() const noexcept { return scheduler_.criticalPath(); }
    [[nodiscard]] int runs() const noexcept { return runs_; }

    Outcome run(const std::vector<int>& units, int cutoff = SerialScheduler::kNoCutoff) {
        ++runs_;
        scheduler_.setCapacity(units);
        if (options_.improvementPasses > 0) return {scheduler_.solve(options_).makespan, {}, {}};
        TrialPass pass = scheduler_.latestFinishFirstTrial(cutoff);
        if (pass.abandoned) return {pass.makespan, {}, {}};
        return {pass.makespan, std::move(pass.peak), std::move(pass.delayedBy)};
    }

    /// Whether `units` meet the target; when they do, `units` drop to what the schedule used (of
    /// resource `only`, or of every resource when it is negative).
    bool meets(std::vector<int>& units, int only = -1) {
        const Outcome o = run(units, target_);
        if (o.makespan > target_) return false;
        shrinkToUse(units, o, only);
        return true;
    }

    void shrinkToUse(std::vector<int>& units, const Outcome& o, int only = -1) const {
        for (int r = 0; r < std::min<int>(searched_, static_cast<int>(o.peak.size())); ++r)
            if (only < 0 || r == only) units[r] = std::min(units[r], o.peak[r]);
    }

    /// The fewest units of `r` meeting the target with the others as in `units` (which meet it),
    /// by bisection between `lower` and units[r]; `units` holds the answer and, when
    /// `shrinkOthers`, what its schedule used of the others.
    void bisect(int r, int lower, std::vector<int>& units, bool shrinkOthers) {
        int lo = lower;
        while (lo < units[r]) {
            std::vector<int> trial = units;
            trial[r] = lo + (units[r] - lo) / 2;
            if (meets(trial, shrinkOthers ? -1 : r)) units = std::move(trial);
            else lo = trial[r] + 1;
        }
    }

private:
    SerialScheduler scheduler_;
    int target_;
    SchedulerOptions options_;
    int searched_;
    int runs_ = 0;
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

/// At most `count` values spread evenly over the sorted distinct `values`, plus `always`.
std::vector<int> spread(std::vector<int> values, int always, std::size_t count) {
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    std::vector<int> out{always};
    for (std::size_t k = 0; k < count && !values.empty(); ++k) out.push_back(values[k * (values.size() - 1) / std::max<std::size_t>(1, count - 1)]);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace

std::vector<int> unitLowerBounds(const RcpspProblem& p, const CriticalPath& cpm, int target) {
    constexpr std::size_t kWindowEnds = 48;  // 48 x 48 windows per resource: a few ms on 20,000 activities
    const int slack = target - cpm.length;   // how much later than the critical path allows anything may start
    std::vector<int> lower(p.capacity.size(), 0);
    for (int r = 0; r < p.resourceCount(); ++r) {
        struct Held {
            int earliest, latest, duration, units;
        };
        std::vector<Held> held;
        std::vector<int> starts, finishes;
        for (int j = 0; j < p.activityCount(); ++j) {
            const Activity& a = p.activities[j];
            lower[r] = std::max(lower[r], a.demand[r]);
            if (a.duration == 0 || a.demand[r] == 0) continue;
            held.push_back({cpm.earliestStart[j], cpm.latestStart[j] + slack, a.duration, a.demand[r]});
            // Window ends where activities may start or must be running (energetic reasoning).
            starts.insert(starts.end(), {held.back().earliest, held.back().latest});
            finishes.insert(finishes.end(), {held.back().earliest + a.duration, held.back().latest + a.duration});
        }
        if (held.empty() || slack < 0) continue;
        for (const int t1 : spread(starts, 0, kWindowEnds)) {
            for (const int t2 : spread(finishes, target, kWindowEnds)) {
                if (t2 <= t1) continue;
                const auto overlap = [&](int start, int duration) { return std::max(0, std::min(start + duration, t2) - std::max(start, t1)); };
                long long work = 0;  // the least unit-periods that fall in [t1, t2) whatever the starts
                for (const Held& h : held)
                    work += static_cast<long long>(h.units) * std::min(overlap(h.earliest, h.duration), overlap(h.latest, h.duration));
                const long long length = t2 - t1;
                lower[r] = std::max<long long>(lower[r], (work + length - 1) / length);
            }
        }
    }
    return lower;
}

CapacityPlan fewestUnitsFor(const RcpspProblem& problem, int target, const SchedulerOptions& options, int searched) {
    const int resources = searched < 0 ? problem.resourceCount() : std::min(searched, problem.resourceCount());
    RcpspProblem unlimited = problem;
    for (int r = 0; r < resources; ++r) unlimited.capacity[r] = std::numeric_limits<int>::max() / 2;
    CapacitySearch search(unlimited, target, options, resources);
    const CriticalPath& cpm = search.criticalPath();
    CapacityPlan plan;
    plan.criticalPathLength = cpm.length;
    if (cpm.length > target) {
        plan.reason = fmt::format("the critical path alone takes {}, longer than the target {}", cpm.length, target);
        return plan;
    }
    std::vector<int> upper = peakAtEarliestStart(unlimited, cpm);
    std::vector<int> lower = unitLowerBounds(unlimited, cpm, target);
    for (std::size_t r = 0; r < lower.size(); ++r) lower[r] = std::min(lower[r], upper[r]);
    for (std::size_t r = resources; r < upper.size(); ++r) upper[r] = lower[r] = problem.capacity[r];
    plan.lowerBound.assign(lower.begin(), lower.begin() + resources);
    if (resources < problem.resourceCount()) {
        // With fixed limits the earliest-start schedule may not fit them: the most of every
        // searched resource may still miss the target.
        std::vector<int> most = upper;
        if (!search.meets(most)) {
            plan.fixedLimitsTooTight = true;
            plan.reason = fmt::format("the fixed limits alone allow no schedule the scheduler finds within {}", target);
            plan.schedulesRun = search.runs();
            return plan;
        }
    }

    // Each resource's own minimum with the others at their upper bound.
    std::vector<int> units = upper;
    for (int r = 0; r < resources; ++r) {
        std::vector<int> alone = upper;
        search.bisect(r, lower[r], alone, false);
        units[r] = alone[r];
    }
    // Together they may miss: raise the resource whose extra unit shortens the schedule most
    // until the target is met. Only a resource that held some activity back can shorten it; a
    // trial already no shorter than the best so far is cut short.
    CapacitySearch::Outcome now = search.run(units);
    while (now.makespan > target) {
        int bestR = -1;
        CapacitySearch::Outcome best;
        for (int r = 0; r < resources; ++r) {
            if (units[r] >= upper[r] || (!now.delayedBy.empty() && !now.delayedBy[r])) continue;
            ++units[r];
            CapacitySearch::Outcome o = search.run(units, bestR < 0 ? SerialScheduler::kNoCutoff : best.makespan - 1);
            --units[r];
            if (bestR < 0 || o.makespan < best.makespan) bestR = r, best = std::move(o);
        }
        if (bestR < 0) {  // only the fixed limits held packages back: start the give-back from the top
            units = upper;
            break;
        }
        ++units[bestR];
        now = std::move(best);
        if (now.makespan <= target) search.shrinkToUse(units, now);
    }
    // The scheduler is a heuristic, so fewer units elsewhere can free some here: bisect each
    // resource down once, then give back single units until none can go.
    for (int r = 0; r < resources; ++r) search.bisect(r, lower[r], units, true);
    for (bool trimmed = true; trimmed;) {
        trimmed = false;
        for (int r = 0; r < resources; ++r) {
            if (units[r] <= lower[r]) continue;
            std::vector<int> fewer = units;
            --fewer[r];
            if (search.meets(fewer)) units = std::move(fewer), trimmed = true;
        }
    }
    const CapacitySearch::Outcome last = search.run(units);
    plan.met = last.makespan <= target;
    if (!plan.met) plan.reason = fmt::format("the scheduler found no crew counts meeting {}", target);
    units.resize(resources);
    plan.units = std::move(units);
    plan.makespan = last.makespan;
    plan.schedulesRun = search.runs();
    return plan;
}

}  // namespace rw::install
