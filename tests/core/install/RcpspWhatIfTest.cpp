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

}  // namespace
}  // namespace rw
