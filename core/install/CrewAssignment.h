#pragma once
// Which unit of each resource (which crew of a trade) does each activity: a feasible schedule
// never holds more units than exist, so taking the lowest-numbered free unit at every start, in
// time order, always succeeds (interval colouring). Work orders are printed per crew from this.
#include <utility>
#include <vector>

#include "install/RcpspProblem.h"

namespace rw::install {

struct UnitAssignment {
    /// Per activity, (resource, unit index) for each unit it holds; empty for zero-length ones.
    std::vector<std::vector<std::pair<int, int>>> units;
};

/// Throws std::logic_error when the schedule is not resource-feasible.
[[nodiscard]] UnitAssignment assignUnits(const RcpspProblem& problem, const Schedule& schedule);

}  // namespace rw::install
