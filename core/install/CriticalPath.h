#pragma once
// The critical path method: forward and backward passes with resources ignored. Its length is
// the lower bound every resource-feasible schedule must meet (PSPLIB's "LB0").
#include <vector>

#include "install/RcpspProblem.h"

namespace rw::install {

struct CriticalPath {
    std::vector<int> earliestStart;
    std::vector<int> latestStart;  ///< against a deadline equal to `length`
    int length = 0;

    [[nodiscard]] int totalFloat(int j) const { return latestStart[j] - earliestStart[j]; }
    [[nodiscard]] bool isCritical(int j) const { return totalFloat(j) == 0; }
};

[[nodiscard]] CriticalPath computeCriticalPath(const RcpspProblem& problem, const PrecedenceGraph& graph);

/// The critical activities in topological order.
[[nodiscard]] std::vector<int> criticalActivities(const CriticalPath& cpm, const PrecedenceGraph& graph);

}  // namespace rw::install
