// Plan settings (crews, dates), the working calendar and a whole install plan on the 1-SU example:
// settings parse strictly, working days skip the days off, the plan's crews are never
// over-booked, and the what-if either meets its target or says why not.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>

#include "RoutedSuperpod.h"
#include "install/InstallPlan.h"
#include "install/ScheduleCheck.h"
#include "util/Errors.h"

namespace rw {
namespace {

using namespace install;
using namespace std::chrono;

std::string errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const InputError& e) {
        return e.what();
    }
    return "(no error)";
}

TEST(PlanSettings, CrewsParseByTradeAndKeepTheOthers) {
    std::array<int, kTradeCount> crews = kDefaultCrews;
    parseCrews("copper=40,fibre=60", crews, "--crews");
    EXPECT_EQ(crews[static_cast<int>(Trade::Copper)], 40);
    EXPECT_EQ(crews[static_cast<int>(Trade::Fibre)], 60);
    EXPECT_EQ(crews[static_cast<int>(Trade::Rigging)], kDefaultCrews[0]);
    EXPECT_EQ(formatCrews(crews), "rigging=2,electrical=2,mechanical=2,copper=40,fibre=60,commissioning=1");
}

TEST(PlanSettings, BadCrewsNameTheOptionAndTheItem) {
    std::array<int, kTradeCount> crews{};
    EXPECT_EQ(errorOf([&] { parseCrews("copper=4,plumbing=3", crews, "--crews"); }),
              "--crews: item 2 'plumbing=3': unknown trade 'plumbing' (known: rigging, electrical, mechanical, copper, "
              "fibre, commissioning)");
    EXPECT_EQ(errorOf([&] { parseCrews("copper:4", crews, "--crews"); }),
              "--crews: item 1 'copper:4': expected TRADE=COUNT, e.g. copper=40");
    EXPECT_EQ(errorOf([&] { parseCrews("copper=0", crews, "--crews"); }),
              "--crews: item 1 'copper=0': crews must be a whole number from 1 to 100000, got '0'");
    EXPECT_EQ(errorOf([&] { parseCrews("fibre=2x", crews, "--crews"); }),
              "--crews: item 1 'fibre=2x': crews must be a whole number from 1 to 100000, got '2x'");
    EXPECT_EQ(errorOf([&] { parseCrews("fibre=2,fibre=3", crews, "--crews"); }),
              "--crews: item 2 'fibre=3': fibre is given twice");
    EXPECT_NE(errorOf([&] { parseCrews("copper=4,", crews, "--crews"); }).find("item 2 ''"), std::string::npos);
}

TEST(PlanSettings, DatesMustBeRealDays) {
    EXPECT_EQ(parseDate("2028-02-29", "--start"), year_month_day(year{2028}, February, day{29}));
    EXPECT_EQ(errorOf([] { (void)parseDate("2027-02-29", "--start"); }),
              "--start: '2027-02-29' is not a date: 2027-02 has 28 days");
    EXPECT_EQ(errorOf([] { (void)parseDate("2027-13-01", "--start"); }), "--start: '2027-13-01' is not a date: there is no month 13");
    EXPECT_EQ(errorOf([] { (void)parseDate("1/3/2027", "--start"); }),
              "--start: '1/3/2027' is not a date; expected YYYY-MM-DD, e.g. 2027-03-01");
    EXPECT_EQ(formatDate(year_month_day(year{2027}, March, day{1})), "2027-03-01");
}

TEST(PlanSettings, OutOfRangeSettingsAreRefused) {
    PlanSettings s;
    s.targetDays = 0;
    EXPECT_NE(errorOf([&] { checkSettings(s); }).find("target days: 0"), std::string::npos);
    s = {};
    s.shiftHours = 25;
    EXPECT_NE(errorOf([&] { checkSettings(s); }).find("shift hours: 25"), std::string::npos);
    s = {};
    s.workingDaysPerWeek = 0;
    EXPECT_NE(errorOf([&] { checkSettings(s); }).find("working days per week: 0"), std::string::npos);
}

TEST(WorkCalendar, WorkingDaysSkipTheDaysOff) {
    // 2027-03-06 is a Saturday: a five-day week starts on Monday the 8th.
    const WorkCalendar cal(year_month_day(year{2027}, March, day{6}), 10, 5);
    EXPECT_EQ(WorkCalendar::date(cal.firstDay()), "2027-03-08");
    EXPECT_EQ(WorkCalendar::date(cal.date(4)), "2027-03-12");  // Friday
    EXPECT_EQ(WorkCalendar::date(cal.date(5)), "2027-03-15");  // the next Monday
    EXPECT_EQ(WorkCalendar::date(cal.date(10)), "2027-03-22");
    // Starting mid-week, a six-day week.
    const WorkCalendar six(year_month_day(year{2027}, March, day{3}), 8, 6);  // Wednesday
    EXPECT_EQ(WorkCalendar::date(six.date(3)), "2027-03-06");  // Saturday works
    EXPECT_EQ(WorkCalendar::date(six.date(4)), "2027-03-08");  // Sunday off
    for (int d = 0; d < 40; ++d) EXPECT_TRUE(six.isWorkingDay(weekday(six.date(d)))) << d;
}

TEST(WorkCalendar, HolidaysAreSkipped) {
    const auto ymd = [](unsigned m, unsigned d) { return year_month_day(year{2027}, month{m}, day{d}); };
    // Monday 1 March; Wednesday 3 March a holiday, Sunday 7 March one too (a day off anyway).
    const WorkCalendar cal(ymd(3, 1), 10, 5, {ymd(3, 7), ymd(3, 3)});
    EXPECT_EQ(WorkCalendar::date(cal.date(1)), "2027-03-02");
    EXPECT_EQ(WorkCalendar::date(cal.date(2)), "2027-03-04");  // not the holiday
    EXPECT_EQ(WorkCalendar::date(cal.date(4)), "2027-03-08");  // the week has four working days
    EXPECT_EQ(cal.holidays().size(), 1u) << "a Sunday holiday takes no working day away";
    EXPECT_EQ(WorkCalendar::dateTime(cal.at(2 * 600 + 30, false)), "2027-03-04T07:30:00");
    // Two holidays in a row, and a start on a holiday.
    const WorkCalendar two(ymd(3, 1), 10, 5, {ymd(3, 1), ymd(3, 4), ymd(3, 5)});
    EXPECT_EQ(WorkCalendar::date(two.firstDay()), "2027-03-02");
    EXPECT_EQ(WorkCalendar::date(two.date(1)), "2027-03-03");
    EXPECT_EQ(WorkCalendar::date(two.date(2)), "2027-03-08");
}

TEST(WorkCalendar, PackagesSplitAtTheEndOfTheShift) {
    const WorkCalendar cal(year_month_day(year{2027}, March, day{5}), 10, 5);  // Friday
    // Three hours from 15:00 on Friday: two hours to 17:00, then one on Monday from 07:00.
    const std::vector<WorkCalendar::Piece> p = cal.pieces(480, 660);
    ASSERT_EQ(p.size(), 2u);
    EXPECT_EQ(WorkCalendar::dateTime(cal.at(p[0].start, false)), "2027-03-05T15:00:00");
    EXPECT_EQ(WorkCalendar::dateTime(cal.at(p[0].finish, true)), "2027-03-05T17:00:00");
    EXPECT_EQ(WorkCalendar::dateTime(cal.at(p[1].start, false)), "2027-03-08T07:00:00");
    EXPECT_EQ(WorkCalendar::dateTime(cal.at(p[1].finish, true)), "2027-03-08T08:00:00");
    EXPECT_EQ(cal.pieces(100, 2500).size(), 5u);  // days 0 to 4
    EXPECT_EQ(cal.pieces(600, 1200).size(), 1u);  // exactly one whole day
    ASSERT_EQ(cal.pieces(600, 600).size(), 1u);   // a milestone: one empty piece, on the day that ends there
    EXPECT_EQ(cal.pieces(600, 600)[0].day, 0);
}

TEST(WorkCalendar, MinutesBecomeDaysAndTimes) {
    const WorkCalendar cal(year_month_day(year{2027}, March, day{1}), 10, 5);  // Monday
    EXPECT_EQ(cal.minutesPerDay(), 600);
    EXPECT_EQ(WorkCalendar::dateTime(cal.at(0, false)), "2027-03-01T07:00:00");
    EXPECT_EQ(WorkCalendar::dateTime(cal.at(90, false)), "2027-03-01T08:30:00");
    // A day boundary starts the next day but ends the previous one.
    EXPECT_EQ(WorkCalendar::dateTime(cal.at(600, false)), "2027-03-02T07:00:00");
    EXPECT_EQ(WorkCalendar::dateTime(cal.at(600, true)), "2027-03-01T17:00:00");
    EXPECT_EQ(cal.at(600, true).day, 0);
    EXPECT_EQ(WorkCalendar::dateTime(cal.at(5 * 600, false)), "2027-03-08T07:00:00");
    EXPECT_EQ(cal.daysFor(0), 0);
    EXPECT_EQ(cal.daysFor(600), 1);
    EXPECT_EQ(cal.daysFor(601), 2);
    // Round the clock: from midnight to midnight.
    const WorkCalendar allDay(year_month_day(year{2027}, March, day{1}), 24, 7);
    EXPECT_EQ(WorkCalendar::dateTime(allDay.at(0, false)), "2027-03-01T00:00:00");
    EXPECT_EQ(WorkCalendar::dateTime(allDay.at(1440, true)), "2027-03-02T00:00:00");
}

const LabourRates& rates() {
    static const LabourRates r = loadShippedLabourRates();
    return r;
}

InstallPlan planWith(const PlanSettings& s) {
    return planInstall(test::routedSuperpod().model, test::routedSuperpod().routing, rates(), s);
}

TEST(InstallPlan, SchedulesWithTheCrewsGivenAndNamesEachCrew) {
    PlanSettings s;
    s.crews = {2, 2, 2, 3, 3, 1};
    const InstallPlan plan = planWith(s);
    EXPECT_EQ(plan.crews, s.crews);
    EXPECT_TRUE(checkSchedule(plan.problem, plan.schedule).empty());
    EXPECT_GE(plan.schedule.makespan, plan.criticalPath.length);
    EXPECT_EQ(plan.workingDays(), plan.calendar.daysFor(plan.schedule.makespan));
    std::set<std::string> names;
    for (int i = 0; i < plan.packageCount(); ++i) {
        if (plan.duration(i) == 0) {
            EXPECT_EQ(plan.crewName(i), "");
            continue;
        }
        const int n = plan.crewNumber(i);
        EXPECT_GE(n, 1);
        EXPECT_LE(n, plan.crews[static_cast<int>(plan.work.packages[i].trade)]);
        names.insert(plan.crewName(i));
        EXPECT_LE(plan.startMoment(i).day, plan.finishMoment(i).day);
    }
    EXPECT_TRUE(names.count("copper-01"));
    // The chain runs back to back from time 0 to the critical path's length.
    ASSERT_FALSE(plan.criticalChain.empty());
    EXPECT_EQ(plan.criticalPath.earliestStart[plan.criticalChain.front()], 0);
    const int last = plan.criticalChain.back();
    EXPECT_EQ(plan.criticalPath.earliestStart[last] + plan.duration(last), plan.criticalPath.length);
}

TEST(InstallPlan, HolidaysMoveTheFinishDateNotTheWork) {
    PlanSettings s;
    s.crews = {2, 2, 2, 3, 3, 1};
    s.start = year_month_day(year{2027}, March, day{1});
    const InstallPlan plain = planWith(s);
    ASSERT_GE(plain.workingDays(), 2);
    // Two holidays inside the plan's span: the second working day and a Sunday (no working day).
    const sys_days second = plain.calendar.date(1);
    s.holidays = {year_month_day(second), year_month_day(year{2027}, March, day{7})};
    const InstallPlan off = planWith(s);
    EXPECT_EQ(off.schedule.makespan, plain.schedule.makespan) << "holidays change dates, not working time";
    const sys_days plainEnd = plain.calendar.at(plain.schedule.makespan, true).date;
    const sys_days offEnd = off.calendar.at(off.schedule.makespan, true).date;
    EXPECT_GT(offEnd, plainEnd);
    EXPECT_EQ(off.calendar.date(plain.workingDays() - 1), offEnd);
    for (int i = 0; i < off.packageCount(); ++i) {
        EXPECT_NE(off.startMoment(i).date, second) << off.work.packages[i].name << " starts on the holiday";
        for (const WorkCalendar::Piece& piece : off.pieces(i)) EXPECT_NE(off.calendar.date(piece.day), second);
    }
}

TEST(InstallPlan, NoPieceOfAPackageRunsPastTheEndOfItsShift) {
    PlanSettings s;
    s.crews = {2, 2, 2, 3, 3, 1};
    s.shiftHours = 2;  // short shifts: most long packages cross one
    const InstallPlan plan = planWith(s);
    int split = 0;
    for (int i = 0; i < plan.packageCount(); ++i) {
        const std::vector<WorkCalendar::Piece> pieces = plan.pieces(i);
        int total = 0;
        for (const WorkCalendar::Piece& piece : pieces) {
            EXPECT_GE(piece.start, piece.day * plan.calendar.minutesPerDay());
            EXPECT_LE(piece.finish, (piece.day + 1) * plan.calendar.minutesPerDay());
            EXPECT_LE(plan.calendar.at(piece.finish, true).minuteOfDay, plan.calendar.dayStartMinute() + 120);
            total += piece.finish - piece.start;
        }
        EXPECT_EQ(total, plan.duration(i));
        EXPECT_EQ(pieces.front().day, plan.startMoment(i).day);
        EXPECT_EQ(pieces.back().day, plan.finishMoment(i).day);
        if (pieces.size() > 1) ++split;
    }
    EXPECT_GT(split, 0);
}

TEST(InstallPlan, TargetDaysFindsCrewsThatMeetIt) {
    PlanSettings s;
    s.targetDays = 3;
    const InstallPlan plan = planWith(s);
    ASSERT_TRUE(plan.whatIf);
    ASSERT_TRUE(plan.targetMet()) << plan.whatIfReason;
    EXPECT_LE(plan.workingDays(), 3);
    EXPECT_LE(plan.schedule.makespan, 3 * plan.calendar.minutesPerDay());
    EXPECT_TRUE(checkSchedule(plan.problem, plan.schedule).empty());
    for (int t = 0; t < kTradeCount; ++t) EXPECT_EQ(plan.problem.capacity[t], plan.crews[t]);
}

TEST(InstallPlan, TargetShorterThanTheCriticalPathSaysWhy) {
    PlanSettings s;
    s.shiftHours = 1;
    s.targetDays = 1;
    const InstallPlan plan = planWith(s);
    ASSERT_TRUE(plan.whatIf);
    EXPECT_FALSE(plan.targetMet());
    EXPECT_NE(plan.whatIfReason.find("the critical path alone takes"), std::string::npos) << plan.whatIfReason;
    EXPECT_EQ(plan.crews, s.crews);  // the plan falls back on the crews given
}

/// The most crewed packages at work in one row at the same minute, each counted in the row with
/// most of its racks (recounted here from the model, not from the scheduler's own resources).
int mostCrewsInARow(const InstallPlan& plan, const Model& model) {
    std::map<std::uint32_t, std::map<int, int>> change;  // row -> minute -> change in crews
    for (int i = 0; i < plan.packageCount(); ++i) {
        if (plan.duration(i) == 0) continue;
        std::map<std::uint32_t, int> racksIn;
        for (const RackId r : plan.work.packages[i].racks)
            if (model.racks()[r].row.valid()) ++racksIn[model.racks()[r].row.value];
        if (racksIn.empty()) continue;
        const auto home = std::max_element(racksIn.begin(), racksIn.end(), [](auto& a, auto& b) { return a.second < b.second; });
        ++change[home->first][plan.schedule.start[i]];
        --change[home->first][plan.finish(i)];
    }
    int most = 0;
    for (const auto& [row, steps] : change) {
        int now = 0;
        for (const auto& [minute, d] : steps) most = std::max(most, now += d);  // finishes and starts at one minute net out
    }
    return most;
}

TEST(InstallPlan, NoRowHoldsMoreCrewsThanItsLimit) {
    const Model& model = test::routedSuperpod().model;
    PlanSettings s;
    s.crews = {4, 4, 4, 6, 6, 2};
    const InstallPlan free = planWith(s);
    const int unlimited = mostCrewsInARow(free, model);
    ASSERT_GT(unlimited, 2) << "the example should crowd a row without a limit";
    for (const int limit : {1, 2}) {
        s.crewsPerRow = limit;
        const InstallPlan plan = planWith(s);
        EXPECT_TRUE(checkSchedule(plan.problem, plan.schedule).empty());
        EXPECT_LE(mostCrewsInARow(plan, model), limit);
        EXPECT_GE(plan.schedule.makespan, free.criticalPath.length);
        EXPECT_GT(plan.problem.resourceCount(), kTradeCount);  // the rows
        for (int i = 0; i < plan.packageCount(); ++i)
            if (plan.duration(i) > 0) {
                EXPECT_GE(plan.crewNumber(i), 1);
            }
    }
}

TEST(InstallPlan, TargetDaysWithARowLimitSearchesTradesOnly) {
    PlanSettings s;
    s.crewsPerRow = 3;
    s.targetDays = 4;
    const InstallPlan plan = planWith(s);
    ASSERT_TRUE(plan.targetMet()) << plan.whatIfReason;
    EXPECT_LE(plan.workingDays(), 4);
    EXPECT_TRUE(checkSchedule(plan.problem, plan.schedule).empty());
    EXPECT_LE(mostCrewsInARow(plan, test::routedSuperpod().model), 3);
    for (int r = kTradeCount; r < plan.problem.resourceCount(); ++r) EXPECT_EQ(plan.problem.capacity[r], 3);
    // One crew per row cannot set, power and cable every rack of a row in a day.
    s.crewsPerRow = 1;
    s.targetDays = 1;
    const InstallPlan tight = planWith(s);
    EXPECT_FALSE(tight.targetMet());
    EXPECT_FALSE(tight.whatIfReason.empty());
}

}  // namespace
}  // namespace rw
