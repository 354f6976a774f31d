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
    std::string reason;          ///< why the target cannot be met (when not met)
};

/// The problem's own capacities are ignored. Throws rw::InputError on a bad problem.
[[nodiscard]] CapacityPlan fewestUnitsFor(const RcpspProblem& problem, int targetMakespan,
                                          const SchedulerOptions& options = {});

}  // namespace rw::install
