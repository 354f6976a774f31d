// Crew (unit) assignment: every activity gets as many distinct units as it demands, and no unit
// works two activities at once.
#include <gtest/gtest.h>

#include <map>

#include "RcpspInstances.h"
#include "install/CrewAssignment.h"
#include "install/SerialScheduler.h"

namespace rw {
namespace {

using namespace install;

TEST(RcpspCrewAssignment, NoUnitWorksTwoActivitiesAtOnce) {
    std::mt19937 rng(21);
    for (int round = 0; round < 50; ++round) {
        const RcpspProblem p = test::randomInstance(rng, 10 + round);
        const Schedule s = scheduleProject(p);
        const UnitAssignment a = assignUnits(p, s);
        std::map<std::pair<int, int>, std::vector<std::pair<int, int>>> busy;  // (resource, unit) -> intervals
        for (int j = 0; j < p.activityCount(); ++j) {
            const Activity& act = p.activities[j];
            std::map<int, int> held;
            for (const auto& [r, u] : a.units[j]) {
                ASSERT_GE(u, 0);
                ASSERT_LT(u, p.capacity[r]);
                ++held[r];
                busy[{r, u}].emplace_back(s.start[j], s.start[j] + act.duration);
            }
            for (int r = 0; r < p.resourceCount(); ++r)
                EXPECT_EQ(held[r], act.duration > 0 ? act.demand[r] : 0) << "round " << round << " activity " << j;
        }
        for (auto& [unit, intervals] : busy) {
            std::sort(intervals.begin(), intervals.end());
            for (std::size_t i = 1; i < intervals.size(); ++i)
                ASSERT_LE(intervals[i - 1].second, intervals[i].first) << "round " << round;
        }
    }
}

TEST(RcpspCrewAssignment, RefusesAnOverbookedSchedule) {
    const RcpspProblem p = test::parallelJobs(1, {{2, 1}, {2, 1}});
    EXPECT_THROW((void)assignUnits(p, {{0, 1}, 3}), std::logic_error);
}

}  // namespace
}  // namespace rw
