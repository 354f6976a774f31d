// The exact solver against brute force: on tiny random instances every precedence-feasible
// activity list through the serial scheme yields every active schedule, one of which is optimal.
#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

#include "RcpspInstances.h"
#include "install/RcpspBranchAndBound.h"
#include "install/ScheduleCheck.h"
#include "install/SerialScheduler.h"

namespace rw {
namespace {

using namespace install;

bool precedenceFeasible(const std::vector<int>& list, const PrecedenceGraph& g) {
    std::vector<int> position(list.size());
    for (std::size_t i = 0; i < list.size(); ++i) position[list[i]] = static_cast<int>(i);
    for (std::size_t j = 0; j < list.size(); ++j)
        for (int s : g.successors[j])
            if (position[s] < position[j]) return false;
    return true;
}

int bruteForceOptimum(const RcpspProblem& p) {
    const SerialScheduler scheduler(p);
    std::vector<int> list(p.activities.size());
    std::iota(list.begin(), list.end(), 0);
    int best = std::numeric_limits<int>::max();
    do {
        if (precedenceFeasible(list, scheduler.graph())) best = std::min(best, scheduler.run(list).makespan);
    } while (std::next_permutation(list.begin(), list.end()));
    return best;
}

TEST(RcpspExact, MatchesBruteForceOnTinyInstances) {
    std::mt19937 rng(7);
    int heuristicMisses = 0;
    for (int round = 0; round < 60; ++round) {
        const RcpspProblem p = test::randomInstance(rng, 4 + round % 4);
        const ExactResult exact = solveExactly(p);
        ASSERT_TRUE(exact.proven) << "round " << round;
        EXPECT_TRUE(checkSchedule(p, exact.best).empty()) << "round " << round;
        EXPECT_EQ(exact.best.makespan, bruteForceOptimum(p)) << "round " << round;
        heuristicMisses += scheduleProject(p).makespan > exact.best.makespan;
    }
    RecordProperty("heuristic_above_optimum", heuristicMisses);
}

TEST(RcpspExact, SaysWhenTheNodeLimitCutItShort) {
    std::mt19937 rng(3);
    const RcpspProblem p = test::randomInstance(rng, 30);
    const ExactResult cut = solveExactly(p, 10);
    EXPECT_TRUE(checkSchedule(p, cut.best).empty());
    EXPECT_LE(cut.best.makespan, scheduleProject(p).makespan);
    if (cut.best.makespan > SerialScheduler(p).criticalPath().length) {
        EXPECT_FALSE(cut.proven);
    }
}

}  // namespace
}  // namespace rw
