#pragma once
// What-if: the fewest units of each resource with which the scheduler meets a target makespan.
// A heuristic search over the scheduler (itself a heuristic), so "fewest" means no single unit
// can be taken away without missing the target, not a proven minimum.
#include <string>
#include <vector>

#include "install/RcpspProblem.h"
#include "install/SerialScheduler.h"

namespace rw::install {

struct CapacityPlan {
    bool met = false;
    int criticalPathLength = 0;  ///< no number of units can beat it
    int makespan = 0;            ///< of the schedule with `units` (when met)
    std::vector<int> units;      ///< per resource (when met)
    std::vector<int> lowerBound; ///< per resource: fewer units cannot meet the target with any schedule
    int schedulesRun = 0;        ///< scheduler runs the search took (some cut short)
    bool fixedLimitsTooTight = false;  ///< not met although the critical path fits: the fixed resources are too few
    std::string reason;          ///< why the target cannot be met (when not met)
};

/// Searches the first `searched` resources (all when negative); their capacities in the problem
/// are ignored, the others keep theirs (a limit such as crews per row, not something to buy).
/// Throws rw::InputError on a bad problem.
[[nodiscard]] CapacityPlan fewestUnitsFor(const RcpspProblem& problem, int targetMakespan,
                                          const SchedulerOptions& options = {}, int searched = -1);

/// Per resource, the fewest units any schedule finishing by `target` needs: the largest single
/// demand, and the energy bound: over a set of windows [t1, t2), the work that must fall inside
/// (each activity held between its earliest start and its latest start against `target`) over
/// the window's length. Windows start at earliest or latest starts and end at earliest or latest
/// finishes (a spread of at most 48 of each).
[[nodiscard]] std::vector<int> unitLowerBounds(const RcpspProblem& problem, const CriticalPath& cpm, int target);

}  // namespace rw::install
