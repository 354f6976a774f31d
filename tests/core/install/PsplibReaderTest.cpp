// The PSPLIB reader on a hand-written file in the .sm layout, its errors, and (when the shared
// data is there) real j30 and j120 instances: the critical path must equal the file's own
// "MPM-Time" and every schedule must be feasible.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "PsplibArchive.h"
#include "install/CriticalPath.h"
#include "install/PsplibReader.h"
#include "install/RcpspBranchAndBound.h"
#include "install/ScheduleCheck.h"
#include "install/SerialScheduler.h"
#include "util/Errors.h"

namespace rw {
namespace {

using namespace install;

// Four jobs (source, two real jobs, sink), one renewable resource of 3.
const char* const kSmallSm = R"(************************************************************************
file with basedata            : hand.bas
************************************************************************
projects                      :  1
jobs (incl. supersource/sink ):  4
horizon                       :  10
RESOURCES
  - renewable                 :  1   R
  - nonrenewable              :  0   N
  - doubly constrained        :  0   D
************************************************************************
PRECEDENCE RELATIONS:
jobnr.    #modes  #successors   successors
   1        1          2           2   3
   2        1          1           4
   3        1          1           4
   4        1          0
************************************************************************
REQUESTS/DURATIONS:
jobnr. mode duration  R 1
------------------------------------------------------------------------
  1      1     0       0
  2      1     4       2
  3      1     3       2
  4      1     0       0
************************************************************************
RESOURCEAVAILABILITIES:
  R 1
    3
************************************************************************
)";

std::string errorOf(const std::string& text) {
    std::istringstream in(text);
    try {
        (void)readPsplib(in, "bad.sm");
    } catch (const InputError& e) {
        return e.what();
    }
    return "no error";
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    text.replace(text.find(from), from.size(), to);
    return text;
}

TEST(RcpspPsplib, ReadsTheSingleModeLayout) {
    std::istringstream in(kSmallSm);
    const RcpspProblem p = readPsplib(in, "hand.sm");
    ASSERT_EQ(p.activityCount(), 4);
    EXPECT_EQ(p.capacity, std::vector<int>{3});
    EXPECT_EQ(p.activities[0].successors, (std::vector<int>{1, 2}));
    EXPECT_EQ(p.activities[1].duration, 4);
    EXPECT_EQ(p.activities[2].demand, std::vector<int>{2});
    const Schedule s = scheduleProject(p);
    EXPECT_TRUE(checkSchedule(p, s).empty());
    EXPECT_EQ(s.makespan, 7);  // the two jobs cannot overlap (2 + 2 > 3)
}

TEST(RcpspPsplib, ErrorsNameTheFileAndLine) {
    EXPECT_EQ(errorOf(replaced(kSmallSm, "  3      1     3       2", "  3      1     x       2")),
              "bad.sm:24: request row: 'x' is not an integer");
    EXPECT_EQ(errorOf(replaced(kSmallSm, "   2        1          1           4", "   2        2          1           4")),
              "bad.sm:15: job 2 has 2 modes; only single-mode files are read");
    EXPECT_EQ(errorOf(replaced(kSmallSm, "           4\n   3", "           9\n   3")),
              "bad.sm:15: job 9 is not between 1 and 4");
    EXPECT_EQ(errorOf(std::string(kSmallSm).substr(0, std::string(kSmallSm).find("RESOURCEAVAIL"))),
              "bad.sm:26: no line starting with 'RESOURCEAVAILABILITIES:'");
    EXPECT_EQ(errorOf(replaced(kSmallSm, "  - nonrenewable              :  0", "  - nonrenewable              :  2")),
              "bad.sm:9: non-renewable resources are not supported");
    EXPECT_THROW((void)readPsplibFile("/nonexistent/x.sm"), InputError);
}

/// The "MPM-Time" column of the PROJECT INFORMATION block: PSPLIB's own critical-path length.
int mpmTime(const std::filesystem::path& file) {
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("pronr.", 0) == 0) {
            std::getline(in, line);
            std::istringstream row(line);
            int value = 0, last = 0;
            while (row >> value) last = value;
            return last;
        }
    return -1;
}

void checkInstances(const std::string& set, const std::vector<std::string>& names) {
    test::TempDir dir;
    if (!test::unpackPsplib(set, names, dir))
        GTEST_SKIP() << "PSPLIB " << set << " not found at " << test::psplibArchive(set);
    for (const auto& name : names) {
        const RcpspProblem p = readPsplibFile(dir / name);
        const SerialScheduler scheduler(p);
        EXPECT_EQ(scheduler.criticalPath().length, mpmTime(dir / name)) << name;
        const Schedule s = scheduler.solve();
        const auto problems = checkSchedule(p, s);
        EXPECT_TRUE(problems.empty()) << name << ": " << (problems.empty() ? "" : problems.front());
        EXPECT_GE(s.makespan, scheduler.criticalPath().length) << name;
    }
}

TEST(RcpspPsplib, J30InstancesAreScheduledFeasibly) {
    checkInstances("j30", {"j301_1.sm", "j3013_5.sm", "j3029_3.sm", "j3045_10.sm"});
}

TEST(RcpspPsplib, J120InstancesAreScheduledFeasibly) {
    checkInstances("j120", {"j1201_1.sm", "j12022_4.sm", "j12060_10.sm"});
}

TEST(RcpspPsplib, ExactSolverProvesAPublishedOptimum) {
    // j301_1: critical path 38; PSPLIB's optimum file gives 43. The heuristic finds 49.
    test::TempDir dir;
    if (!test::unpackPsplib("j30", {"j301_1.sm"}, dir))
        GTEST_SKIP() << "PSPLIB j30 not found at " << test::psplibArchive("j30");
    const RcpspProblem p = readPsplibFile(dir / "j301_1.sm");
    const ExactResult exact = solveExactly(p);
    EXPECT_TRUE(exact.proven);
    EXPECT_EQ(exact.best.makespan, 43);
    EXPECT_TRUE(checkSchedule(p, exact.best).empty());
    EXPECT_GE(scheduleProject(p).makespan, 43);
}

}  // namespace
}  // namespace rw
