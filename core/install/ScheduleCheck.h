#pragma once
// An independent check of a schedule, period by period: it shares no code with the scheduler,
// so tests can trust it.
#include <string>
#include <vector>

#include "install/RcpspProblem.h"

namespace rw::install {

/// Every broken rule, one line each: start times missing or negative, a successor starting before
/// its predecessor finishes, a resource used above its capacity in some period, a wrong makespan.
/// Empty when the schedule is feasible.
[[nodiscard]] std::vector<std::string> checkSchedule(const RcpspProblem& problem, const Schedule& schedule);

}  // namespace rw::install
