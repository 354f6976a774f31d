#pragma once
// An exact RCPSP solver for small instances (PSPLIB j30), used to measure how far the heuristic
// scheduler is from the optimum. Depth-first precedence-tree enumeration (Patterson et al. 1989;
// Sprecher 2000): each level starts one eligible activity no earlier than the one before it; a
// branch dies when the new activity could be shifted left (the schedule would not be active), when
// it repeats an order of equal starts already tried, or when a critical-path or work bound
// reaches the best makespan known. Memory is one partial schedule; time grows exponentially, so
// it stops after a node limit and says whether the result is proven.
#include <cstdint>

#include "install/RcpspProblem.h"

namespace rw::install {

struct ExactResult {
    Schedule best;       ///< the best schedule found (at least as good as the heuristic's)
    bool proven = false; ///< the search finished: `best` is optimal
    std::int64_t nodes = 0;
};

/// Throws rw::InputError on a bad problem.
[[nodiscard]] ExactResult solveExactly(const RcpspProblem& problem, std::int64_t nodeLimit = 5'000'000);

}  // namespace rw::install
