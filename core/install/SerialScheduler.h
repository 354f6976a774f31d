#pragma once
// The serial schedule-generation scheme (Kelley 1963; Kolisch 1996): take the activities in a
// precedence-feasible list and start each at the earliest time its predecessors and the resources
// allow. Lists come from a priority rule (latest finish time first, LFT) and are then improved by
// forward-backward improvement ("justification", Tormos & Lova 2001; Valls et al. 2005): schedule
// the activities as late as possible in order of decreasing finish, then as early as possible in
// order of increasing start, and keep the best schedule seen.
#include <limits>
#include <vector>

#include "install/CriticalPath.h"
#include "install/RcpspProblem.h"

namespace rw::install {

struct SchedulerOptions {
    /// Backward-forward passes after the priority-rule schedule; stops early when a pass does not
    /// shorten the schedule. 0 gives the plain LFT schedule.
    int improvementPasses = 16;
};

/// One LFT pass as the what-if search runs it: the makespan, or that it is certain to exceed a
/// cut-off, and what the pass saw of each resource.
struct TrialPass {
    int makespan = 0;        ///< a lower bound above the cut-off when `abandoned`
    bool abandoned = false;  ///< stopped early: some activity cannot finish, with its critical-path tail, by the cut-off
    std::vector<int> peak;         ///< per resource, the most units in use at once (when not abandoned)
    std::vector<char> delayedBy;   ///< per resource, 1 when it pushed some activity past its precedence-earliest start
};

class SerialScheduler final {
public:
    static constexpr int kNoCutoff = std::numeric_limits<int>::max();

    /// Checks the problem (rw::InputError on a bad one) and computes its critical path.
    explicit SerialScheduler(const RcpspProblem& problem);

    /// Schedules with these units of each resource instead of the problem's (the what-if tries
    /// many counts on one problem without rebuilding its graph). rw::InputError when an activity
    /// demands more than its resource has.
    void setCapacity(std::vector<int> capacity);
    [[nodiscard]] const std::vector<int>& capacity() const noexcept { return capacity_; }

    [[nodiscard]] const PrecedenceGraph& graph() const noexcept { return graph_; }
    [[nodiscard]] const CriticalPath& criticalPath() const noexcept { return cpm_; }

    /// Activities in priority order, each after its predecessors (after its successors when
    /// `backward`): among the eligible ones the smallest key first, ties by index.
    [[nodiscard]] std::vector<int> activityList(const std::vector<int>& key, bool backward = false) const;
    /// The serial scheme over a precedence-feasible list. When `backward` the list must respect
    /// the reversed arcs and the result is mirrored onto forward time (every activity as late as
    /// possible against the returned makespan).
    [[nodiscard]] Schedule run(const std::vector<int>& list, bool backward = false) const;

    /// LFT priority rule, one pass.
    [[nodiscard]] Schedule latestFinishFirst() const;
    /// The same pass as latestFinishFirst, given up as soon as the makespan is certain to exceed
    /// `cutoff`. With the units of each resource set to the pass's `peak` it reproduces the same
    /// schedule (every start it chose still fits, and nothing earlier fitted before).
    [[nodiscard]] TrialPass latestFinishFirstTrial(int cutoff = kNoCutoff) const;
    /// One backward (right-justify) and one forward (left-justify) pass; never longer than `s`.
    [[nodiscard]] Schedule justify(const Schedule& s) const;
    /// LFT, then up to `options.improvementPasses` justifications; the best schedule found.
    [[nodiscard]] Schedule solve(const SchedulerOptions& options = {}) const;

private:
    [[nodiscard]] Schedule pass(const std::vector<int>& list, bool backward, int cutoff, TrialPass* trial) const;

    const RcpspProblem& problem_;
    PrecedenceGraph graph_;
    CriticalPath cpm_;
    std::vector<int> capacity_;
    std::vector<int> lftList_;  ///< the LFT activity list: it depends on the critical path only, not on capacities
};

/// Shorthand: SerialScheduler(problem).solve(options).
[[nodiscard]] Schedule scheduleProject(const RcpspProblem& problem, const SchedulerOptions& options = {});

}  // namespace rw::install
