// The scheduler on instances whose optimum is known by hand, the invariants every schedule must
// keep on random instances, and the independent schedule check itself.
#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

#include "RcpspInstances.h"
#include "install/CriticalPath.h"
#include "install/ResourceProfile.h"
#include "install/ScheduleCheck.h"
#include "install/SerialScheduler.h"
#include "util/Errors.h"

namespace rw {
namespace {

using namespace install;

// 0 -> {1, 2} -> 3 -> 4, durations 0, 3, 2, 4, 0: critical path 0-1-3-4 of length 7; 2 has float 1.
RcpspProblem diamond() {
    RcpspProblem p;
    p.capacity = {};
    p.activities = {{"start", 0, {}, {1, 2}}, {"a", 3, {}, {3}}, {"b", 2, {}, {3}}, {"c", 4, {}, {4}}, {"end", 0, {}, {}}};
    return p;
}

TEST(RcpspCriticalPath, ForwardAndBackwardPass) {
    const RcpspProblem p = diamond();
    const PrecedenceGraph g = buildPrecedenceGraph(p);
    const CriticalPath cpm = computeCriticalPath(p, g);
    EXPECT_EQ(cpm.length, 7);
    EXPECT_EQ(cpm.earliestStart, (std::vector<int>{0, 0, 0, 3, 7}));
    EXPECT_EQ(cpm.latestStart, (std::vector<int>{0, 0, 1, 3, 7}));
    EXPECT_EQ(cpm.totalFloat(2), 1);
    EXPECT_EQ(criticalActivities(cpm, g), (std::vector<int>{0, 1, 3, 4}));
}

TEST(RcpspProblemCheck, RefusesCyclesAndImpossibleDemands) {
    RcpspProblem cycle = diamond();
    cycle.activities[3].successors.push_back(1);
    try {
        (void)buildPrecedenceGraph(cycle);
        FAIL() << "a cycle was accepted";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("cycle"), std::string::npos) << e.what();
    }
    RcpspProblem tooBig = test::parallelJobs(2, {{1, 3}});
    EXPECT_THROW((void)buildPrecedenceGraph(tooBig), InputError);
    RcpspProblem badSuccessor = diamond();
    badSuccessor.activities[0].successors.push_back(9);
    EXPECT_THROW((void)buildPrecedenceGraph(badSuccessor), InputError);
}

TEST(RcpspScheduler, MeetsTheWorkBoundWhenItIsTheOptimum) {
    // One resource of 2: a(3 periods x 2), b(2 x 1), c(2 x 1), d(1 x 2) after a. Work 12 / 2 = 6.
    RcpspProblem p = test::parallelJobs(2, {{3, 2}, {2, 1}, {2, 1}, {1, 2}});
    p.activities[0].successors = {3};
    const Schedule s = scheduleProject(p);
    EXPECT_TRUE(checkSchedule(p, s).empty());
    EXPECT_EQ(s.makespan, 6);
}

TEST(RcpspScheduler, MeetsTheCriticalPathWhenResourcesAreAmple) {
    const RcpspProblem p = diamond();
    const Schedule s = scheduleProject(p);
    EXPECT_TRUE(checkSchedule(p, s).empty());
    EXPECT_EQ(s.makespan, 7);
}

TEST(RcpspScheduler, ImprovementNeverLengthensTheSchedule) {
    // Capacity 2. x: 10 x 1; y: 5 x 1 -> w: 5 x 1; z: 5 x 2. Optimum 15 = work 30 / 2.
    RcpspProblem p = test::parallelJobs(2, {{10, 1}, {5, 1}, {5, 1}, {5, 2}});
    p.activities[1].successors = {2};
    const SerialScheduler scheduler(p);
    const Schedule lft = scheduler.latestFinishFirst();
    const Schedule best = scheduler.solve();
    EXPECT_TRUE(checkSchedule(p, lft).empty());
    EXPECT_TRUE(checkSchedule(p, best).empty());
    EXPECT_LE(best.makespan, lft.makespan);
    EXPECT_EQ(best.makespan, 15);
}

TEST(RcpspScheduler, InvariantsOnRandomInstances) {
    std::mt19937 rng(12);
    for (int round = 0; round < 200; ++round) {
        const RcpspProblem p = test::randomInstance(rng, 5 + round % 40);
        const SerialScheduler scheduler(p);
        const Schedule lft = scheduler.latestFinishFirst();
        const Schedule s = scheduler.solve();
        const auto problems = checkSchedule(p, s);
        ASSERT_TRUE(problems.empty()) << "round " << round << ": " << problems.front();
        ASSERT_TRUE(checkSchedule(p, lft).empty()) << "round " << round;
        EXPECT_LE(s.makespan, lft.makespan);
        EXPECT_GE(s.makespan, scheduler.criticalPath().length);
        for (int r = 0; r < p.resourceCount(); ++r) {
            long long work = 0;
            for (const Activity& a : p.activities) work += static_cast<long long>(a.duration) * a.demand[r];
            EXPECT_GE(static_cast<long long>(s.makespan) * p.capacity[r], work) << "round " << round;
        }
    }
}

TEST(RcpspScheduleCheck, FindsEveryKindOfBreach) {
    RcpspProblem p = test::parallelJobs(2, {{3, 2}, {2, 1}});
    p.activities[0].successors = {1};
    EXPECT_TRUE(checkSchedule(p, {{0, 3}, 5}).empty());
    EXPECT_EQ(checkSchedule(p, {{0, 2}, 4}).size(), 1u);  // 1 starts before 0 finishes
    p.activities[0].successors.clear();
    const auto over = checkSchedule(p, {{0, 2}, 4});  // 2 + 1 units in period 2
    ASSERT_EQ(over.size(), 1u);
    EXPECT_NE(over[0].find("period 2"), std::string::npos) << over[0];
    EXPECT_EQ(checkSchedule(p, {{0, 3}, 9}).size(), 1u);  // wrong makespan
    EXPECT_EQ(checkSchedule(p, {{0}, 3}).size(), 1u);     // a start missing
}

}  // namespace
}  // namespace rw

namespace rw {
namespace {

// The step-function profile against a period-by-period array: after random bookings, the earliest
// fit it finds is the first start at which the demand fits in every period (one-unit demands take
// the fully-booked-runs path, larger ones the segment walk).
TEST(RcpspResourceProfile, EarliestFitMatchesAPeriodByPeriodCount) {
    std::mt19937 rng(31);
    for (int round = 0; round < 40; ++round) {
        const std::vector<int> capacity{1 + round % 3, 4};
        install::ResourceProfile profile(capacity);
        std::vector<std::vector<int>> used(2, std::vector<int>(2000, 0));  // 60 bookings of at most 12 after 120
        std::uniform_int_distribution<int> from(0, 120), duration(1, 12), which(0, 2);
        const auto fitsAt = [&](int t, int d, const std::vector<int>& demand) {
            for (int r = 0; r < 2; ++r)
                for (int k = t; k < t + d; ++k)
                    if (used[r][k] + demand[r] > capacity[r]) return false;
            return true;
        };
        for (int step = 0; step < 60; ++step) {
            const int kind = which(rng);
            const std::vector<int> demand = kind == 0 ? std::vector<int>{1, 0} : kind == 1 ? std::vector<int>{0, 1} : std::vector<int>{1, 2};
            const int f = from(rng), d = duration(rng);
            int expected = f;
            while (!fitsAt(expected, d, demand)) ++expected;
            const int got = profile.earliestFit(f, d, demand);
            ASSERT_EQ(got, expected) << "round " << round << " step " << step;
            profile.reserve(got, d, demand);
            for (int r = 0; r < 2; ++r)
                for (int k = got; k < got + d; ++k) used[r][k] += demand[r];
        }
        for (int r = 0; r < 2; ++r) EXPECT_EQ(profile.peak(r), *std::max_element(used[r].begin(), used[r].end()));
    }
}

}  // namespace
}  // namespace rw
