#pragma once
// Small hand-made RCPSP instances for the scheduler tests, and a random generator for invariants.
#include <random>

#include "install/RcpspProblem.h"

namespace rw::test {

using install::Activity;
using install::RcpspProblem;

/// One resource of `capacity` units; activities (duration, demand) with no precedence.
inline RcpspProblem parallelJobs(int capacity, const std::vector<std::pair<int, int>>& jobs) {
    RcpspProblem p;
    p.resourceNames = {"crew"};
    p.capacity = {capacity};
    for (const auto& [duration, demand] : jobs) p.activities.push_back({"", duration, {demand}, {}});
    return p;
}

/// Random instance: `n` activities, arcs only from lower to higher index (so acyclic), two
/// resources of capacity 4 and 6, demands within capacity.
inline RcpspProblem randomInstance(std::mt19937& rng, int n) {
    RcpspProblem p;
    p.resourceNames = {"a", "b"};
    p.capacity = {4, 6};
    std::uniform_int_distribution<int> duration(0, 9), demandA(0, 4), demandB(0, 6), coin(0, 5);
    for (int j = 0; j < n; ++j) {
        Activity a{"", duration(rng), {demandA(rng), demandB(rng)}, {}};
        for (int s = j + 1; s < n; ++s)
            if (coin(rng) == 0) a.successors.push_back(s);
        p.activities.push_back(std::move(a));
    }
    return p;
}

}  // namespace rw::test
