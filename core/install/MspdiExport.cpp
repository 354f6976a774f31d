#include "install/MspdiExport.h"

#include <fmt/format.h>

#include <ostream>
#include <string>

#include "install/PlanReports.h"

namespace rw::install {
namespace {

std::string xml(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default: out += c;
        }
    }
    return out;
}

/// MSPDI durations and work: ISO 8601 "PT#H#M#S" in working time.
std::string duration(int minutes) { return fmt::format("PT{}H{}M0S", minutes / 60, minutes % 60); }

std::string clock(int minuteOfDay) {
    const int m = minuteOfDay % (24 * 60);  // a day ending at 24:00 ends at the next 00:00
    return fmt::format("{:02}:{:02}:00", m / 60, m % 60);
}

void writeCalendar(std::ostream& out, const InstallPlan& plan) {
    const WorkCalendar& cal = plan.calendar;
    out << fmt::format("    <Calendar>\n      <UID>1</UID>\n      <Name>{}</Name>\n      <IsBaseCalendar>1</IsBaseCalendar>\n"
                       "      <BaseCalendarUID>-1</BaseCalendarUID>\n      <WeekDays>\n",
                       xml(fmt::format("Rackweave {} h x {} days", plan.settings.shiftHours, cal.daysPerWeek())));
    for (int dayType = 1; dayType <= 7; ++dayType) {  // 1 = Sunday ... 7 = Saturday
        const bool working = cal.isWorkingDay(std::chrono::weekday(static_cast<unsigned>(dayType - 1)));
        out << fmt::format("        <WeekDay>\n          <DayType>{}</DayType>\n          <DayWorking>{}</DayWorking>\n", dayType,
                           working ? 1 : 0);
        if (working)
            out << fmt::format("          <WorkingTimes>\n            <WorkingTime>\n              <FromTime>{}</FromTime>\n"
                               "              <ToTime>{}</ToTime>\n            </WorkingTime>\n          </WorkingTimes>\n",
                               clock(cal.dayStartMinute()), clock(cal.dayStartMinute() + cal.minutesPerDay()));
        out << "        </WeekDay>\n";
    }
    out << "      </WeekDays>\n";
    // Holidays as non-working exceptions (Project 2007 and later write them so), one a day.
    if (!cal.holidays().empty()) {
        out << "      <Exceptions>\n";
        for (const auto d : cal.holidays())
            out << fmt::format("        <Exception>\n          <EnteredByOccurrences>0</EnteredByOccurrences>\n"
                               "          <TimePeriod>\n            <FromDate>{0}T00:00:00</FromDate>\n"
                               "            <ToDate>{0}T23:59:00</ToDate>\n          </TimePeriod>\n"
                               "          <Occurrences>1</Occurrences>\n          <Name>Holiday</Name>\n          <Type>1</Type>\n"
                               "          <DayWorking>0</DayWorking>\n        </Exception>\n",
                               WorkCalendar::date(d));
        out << "      </Exceptions>\n";
    }
    out << "    </Calendar>\n";
}

void writeTask(std::ostream& out, const InstallPlan& plan, int i) {
    const WorkPackage& p = plan.work.packages[i];
    const int uid = packageId(i);
    const std::string start = WorkCalendar::dateTime(plan.startMoment(i));
    const std::string finish = WorkCalendar::dateTime(plan.finishMoment(i));
    const std::string crew = plan.crewName(i);
    out << fmt::format(
        "    <Task>\n      <UID>{0}</UID>\n      <ID>{0}</ID>\n      <Name>{1}</Name>\n      <Type>0</Type>\n"
        "      <IsNull>0</IsNull>\n      <WBS>{0}</WBS>\n      <OutlineNumber>{0}</OutlineNumber>\n      <OutlineLevel>1</OutlineLevel>\n"
        "      <Priority>500</Priority>\n      <Start>{2}</Start>\n      <Finish>{3}</Finish>\n      <Duration>{4}</Duration>\n"
        "      <DurationFormat>5</DurationFormat>\n      <Work>{5}</Work>\n      <Milestone>{6}</Milestone>\n      <Summary>0</Summary>\n"
        "      <Critical>{7}</Critical>\n      <ConstraintType>4</ConstraintType>\n      <CalendarUID>-1</CalendarUID>\n"
        "      <ConstraintDate>{2}</ConstraintDate>\n      <Notes>{8}</Notes>\n",
        uid, xml(p.name), start, finish, duration(plan.duration(i)), duration(crew.empty() ? 0 : plan.duration(i)),
        plan.duration(i) == 0 ? 1 : 0, plan.criticalPath.isCritical(i) ? 1 : 0,
        xml(fmt::format("{}; trade {}{}; {:.1f} labour-h; {} cables", toString(p.kind), toString(p.trade),
                        crew.empty() ? "" : "; crew " + crew, p.labourMinutes / 60.0, p.cables.size())));
    for (int q : p.predecessors)
        // No lag: LinkLag and LagFormat are left at their defaults, which keeps a hall's hundreds of
        // thousands of links to one line each.
        out << fmt::format("      <PredecessorLink><PredecessorUID>{}</PredecessorUID><Type>1</Type></PredecessorLink>\n", packageId(q));
    out << "    </Task>\n";
}

/// Resource UIDs: crews numbered trade by trade in trade order, from 1.
std::array<int, kTradeCount> firstResourceUid(const InstallPlan& plan) {
    std::array<int, kTradeCount> first{};
    int next = 1;
    for (int t = 0; t < kTradeCount; ++t) {
        first[t] = next;
        next += plan.crews[t];
    }
    return first;
}

}  // namespace

void writeMspdi(std::ostream& out, const InstallPlan& plan, std::string_view projectName) {
    const WorkCalendar& cal = plan.calendar;
    const std::string projectStart = WorkCalendar::dateTime(cal.at(0, false));
    const std::string projectFinish = WorkCalendar::dateTime(cal.at(plan.schedule.makespan, true));
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<Project xmlns=\"http://schemas.microsoft.com/project\">\n";
    out << fmt::format(
        "  <SaveVersion>14</SaveVersion>\n  <Name>{0}</Name>\n  <Title>{0}</Title>\n  <ScheduleFromStart>1</ScheduleFromStart>\n"
        "  <StartDate>{1}</StartDate>\n  <FinishDate>{2}</FinishDate>\n  <CurrencyCode>USD</CurrencyCode>\n"
        "  <CalendarUID>1</CalendarUID>\n  <DefaultStartTime>{3}</DefaultStartTime>\n  <DefaultFinishTime>{4}</DefaultFinishTime>\n"
        "  <MinutesPerDay>{5}</MinutesPerDay>\n  <MinutesPerWeek>{6}</MinutesPerWeek>\n  <DaysPerMonth>{7}</DaysPerMonth>\n"
        "  <DefaultTaskType>0</DefaultTaskType>\n  <DurationFormat>5</DurationFormat>\n  <WorkFormat>2</WorkFormat>\n",
        xml(projectName), projectStart, projectFinish, clock(cal.dayStartMinute()),
        clock(cal.dayStartMinute() + cal.minutesPerDay()), cal.minutesPerDay(), cal.minutesPerDay() * cal.daysPerWeek(),
        (cal.daysPerWeek() * 52 + 6) / 12);
    out << "  <Calendars>\n";
    writeCalendar(out, plan);
    out << "  </Calendars>\n  <Tasks>\n";
    for (int i = 0; i < plan.packageCount(); ++i) writeTask(out, plan, i);
    out << "  </Tasks>\n  <Resources>\n";
    const std::array<int, kTradeCount> first = firstResourceUid(plan);
    for (const auto& [trade, name] : EnumNames<Trade>::table) {
        const auto t = static_cast<std::size_t>(trade);
        for (int n = 1; n <= plan.crews[t]; ++n)
            out << fmt::format("    <Resource>\n      <UID>{0}</UID>\n      <ID>{0}</ID>\n      <Name>{1}</Name>\n      <Type>1</Type>\n"
                               "      <IsNull>0</IsNull>\n      <Group>{2}</Group>\n      <MaxUnits>1.00</MaxUnits>\n    </Resource>\n",
                               first[t] + n - 1, crewName(trade, n), name);
    }
    out << "  </Resources>\n  <Assignments>\n";
    int uid = 0;
    for (int i = 0; i < plan.packageCount(); ++i) {
        const int n = plan.crewNumber(i);
        if (n == 0) continue;
        const auto t = static_cast<std::size_t>(plan.work.packages[i].trade);
        out << fmt::format("    <Assignment>\n      <UID>{}</UID>\n      <TaskUID>{}</TaskUID>\n      <ResourceUID>{}</ResourceUID>\n"
                           "      <Finish>{}</Finish>\n      <Start>{}</Start>\n      <Units>1</Units>\n      <Work>{}</Work>\n"
                           "    </Assignment>\n",
                           ++uid, packageId(i), first[t] + n - 1, WorkCalendar::dateTime(plan.finishMoment(i)),
                           WorkCalendar::dateTime(plan.startMoment(i)), duration(plan.duration(i)));
    }
    out << "  </Assignments>\n</Project>\n";
}

}  // namespace rw::install
