// The what-if search: the fewest units per resource that meet a target makespan, or why not.
#include <gtest/gtest.h>

#include "RcpspInstances.h"
#include "install/CapacityWhatIf.h"
#include "install/ScheduleCheck.h"

namespace rw {
namespace {

using namespace install;

TEST(RcpspWhatIf, FindsTheWorkBoundOnIndependentJobs) {
    // Eight jobs of 2 periods x 1 unit: 16 unit-periods of work.
    const RcpspProblem p = test::parallelJobs(1, std::vector<std::pair<int, int>>(8, {2, 1}));
    EXPECT_EQ(fewestUnitsFor(p, 16).units, std::vector<int>{1});
    EXPECT_EQ(fewestUnitsFor(p, 8).units, std::vector<int>{2});
    EXPECT_EQ(fewestUnitsFor(p, 4).units, std::vector<int>{4});
    EXPECT_EQ(fewestUnitsFor(p, 2).units, std::vector<int>{8});
    EXPECT_EQ(fewestUnitsFor(p, 3).units, std::vector<int>{8});  // 2-period jobs: 3 periods hold one round
}

TEST(RcpspWhatIf, SaysWhenTheCriticalPathAloneIsLonger) {
    RcpspProblem p = test::parallelJobs(1, {{5, 1}, {5, 1}});
    p.activities[0].successors = {1};
    const CapacityPlan plan = fewestUnitsFor(p, 9);
    EXPECT_FALSE(plan.met);
    EXPECT_EQ(plan.criticalPathLength, 10);
    EXPECT_NE(plan.reason.find("critical path"), std::string::npos) << plan.reason;
}

TEST(RcpspWhatIf, TheUnitsFoundMeetTheTargetAndNoneCanGo) {
    std::mt19937 rng(5);
    for (int round = 0; round < 20; ++round) {
        RcpspProblem p = test::randomInstance(rng, 20);
        const SerialScheduler unlimited(p);
        const int target = unlimited.criticalPath().length + round;
        const CapacityPlan plan = fewestUnitsFor(p, target);
        ASSERT_TRUE(plan.met) << "round " << round << ": " << plan.reason;
        p.capacity = plan.units;
        const Schedule s = scheduleProject(p);
        EXPECT_TRUE(checkSchedule(p, s).empty());
        EXPECT_LE(s.makespan, target) << "round " << round;
        EXPECT_EQ(s.makespan, plan.makespan);
        for (int r = 0; r < p.resourceCount(); ++r) {
            if (plan.units[r] == 0) continue;
            RcpspProblem fewer = p;
            --fewer.capacity[r];
            bool demandFits = true;
            for (const Activity& a : fewer.activities) demandFits = demandFits && a.demand[r] <= fewer.capacity[r];
            if (demandFits) {
                EXPECT_GT(scheduleProject(fewer).makespan, target) << "round " << round << " resource " << r;
            }
        }
    }
}

TEST(RcpspWhatIf, ATrialPassWithItsOwnPeaksGivesTheSameSchedule) {
    std::mt19937 rng(11);
    for (int round = 0; round < 30; ++round) {
        RcpspProblem p = test::randomInstance(rng, 25);
        SerialScheduler scheduler(p);
        const Schedule lft = scheduler.latestFinishFirst();
        const TrialPass pass = scheduler.latestFinishFirstTrial();
        ASSERT_FALSE(pass.abandoned);
        EXPECT_EQ(pass.makespan, lft.makespan);
        for (int r = 0; r < p.resourceCount(); ++r) EXPECT_LE(pass.peak[r], p.capacity[r]);
        // With exactly the units it used, the pass places every activity where it did.
        scheduler.setCapacity(pass.peak);
        const Schedule again = scheduler.latestFinishFirst();
        EXPECT_EQ(again.start, lft.start) << "round " << round;
        // A resource that held nothing back changes nothing when it grows.
        scheduler.setCapacity(p.capacity);
        for (int r = 0; r < p.resourceCount(); ++r) {
            if (pass.delayedBy[r]) continue;
            std::vector<int> more = p.capacity;
            more[r] += 3;
            scheduler.setCapacity(more);
            EXPECT_EQ(scheduler.latestFinishFirst().start, lft.start) << "round " << round << " resource " << r;
        }
    }
}

TEST(RcpspWhatIf, ACutOffPassStopsOnlyWhenTheMakespanMustExceedIt) {
    std::mt19937 rng(12);
    for (int round = 0; round < 30; ++round) {
        const RcpspProblem p = test::randomInstance(rng, 25);
        const SerialScheduler scheduler(p);
        const int makespan = scheduler.latestFinishFirst().makespan;
        for (const int cutoff : {makespan - 5, makespan - 1, makespan, makespan + 3}) {
            const TrialPass pass = scheduler.latestFinishFirstTrial(cutoff);
            EXPECT_EQ(pass.abandoned, makespan > cutoff) << "round " << round << " cut-off " << cutoff;
            if (pass.abandoned) {
                EXPECT_GT(pass.makespan, cutoff);
                EXPECT_LE(pass.makespan, makespan);  // a bound, never above the real makespan
            } else {
                EXPECT_EQ(pass.makespan, makespan);
            }
        }
    }
}

TEST(RcpspWhatIf, LowerBoundsHoldForEveryScheduleThatMeetsTheTarget) {
    // A chain of 4 then 6 parallel jobs of 4 on one resource: the jobs cannot start before 4, so
    // by 10 they need 6 units (24 periods of work in 6), not the 4 that work / target gives.
    RcpspProblem p = test::parallelJobs(1, {{4, 0}, {4, 1}, {4, 1}, {4, 1}, {4, 1}, {4, 1}, {4, 1}});
    for (int j = 1; j < 7; ++j) p.activities[0].successors.push_back(j);
    const SerialScheduler unlimited(p);
    EXPECT_EQ(unitLowerBounds(p, unlimited.criticalPath(), 10), std::vector<int>{6});
    EXPECT_EQ(unitLowerBounds(p, unlimited.criticalPath(), 12), std::vector<int>{3});
    const CapacityPlan plan = fewestUnitsFor(p, 10);
    EXPECT_EQ(plan.units, std::vector<int>{6});
    EXPECT_EQ(plan.lowerBound, std::vector<int>{6});

    std::mt19937 rng(13);
    for (int round = 0; round < 20; ++round) {
        RcpspProblem q = test::randomInstance(rng, 20);
        const SerialScheduler s(q);
        const int target = s.criticalPath().length + round;
        const std::vector<int> lower = unitLowerBounds(q, s.criticalPath(), target);
        for (const SchedulerOptions options : {SchedulerOptions{0}, SchedulerOptions{}}) {
            const CapacityPlan found = fewestUnitsFor(q, target, options);
            ASSERT_TRUE(found.met);
            for (int r = 0; r < q.resourceCount(); ++r) EXPECT_GE(found.units[r], lower[r]) << "round " << round;
        }
    }
}

TEST(RcpspWhatIf, TheOnePassSearchMeetsTheTargetAndNoUnitCanGo) {
    std::mt19937 rng(14);
    for (int round = 0; round < 20; ++round) {
        RcpspProblem p = test::randomInstance(rng, 30);
        const int target = SerialScheduler(p).criticalPath().length + 2 * round;
        const CapacityPlan plan = fewestUnitsFor(p, target, {0});
        ASSERT_TRUE(plan.met) << "round " << round;
        p.capacity = plan.units;
        const SerialScheduler withUnits(p);
        const Schedule s = withUnits.latestFinishFirst();
        EXPECT_TRUE(checkSchedule(p, s).empty());
        EXPECT_EQ(s.makespan, plan.makespan);
        EXPECT_LE(s.makespan, target);
        for (int r = 0; r < p.resourceCount(); ++r) {
            RcpspProblem fewer = p;
            --fewer.capacity[r];
            bool demandFits = true;
            for (const Activity& a : fewer.activities) demandFits = demandFits && a.demand[r] <= fewer.capacity[r];
            if (demandFits) EXPECT_GT(SerialScheduler(fewer).latestFinishFirst().makespan, target) << "round " << round;
        }
    }
}

}  // namespace
}  // namespace rw
