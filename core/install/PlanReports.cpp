#include "install/PlanReports.h"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>
#include <ostream>

#include "util/Csv.h"

namespace rw::install {
namespace {

std::string hours(int minutes) { return fmt::format("{}h{:02}", minutes / 60, minutes % 60); }

std::string workingDays(int n) { return fmt::format("{} working day{}", n, n == 1 ? "" : "s"); }

std::string weekText(int daysPerWeek) {
    static constexpr std::array<const char*, 7> names{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    return daysPerWeek == 1 ? "Mon only" : fmt::format("{}-{}", names[0], names[daysPerWeek - 1]);
}

std::string crewList(const std::array<int, kTradeCount>& crews) {
    std::string out;
    for (const auto& [trade, name] : EnumNames<Trade>::table)
        out += fmt::format("{}{} {}", out.empty() ? "" : ", ", name, crews[static_cast<std::size_t>(trade)]);
    return out;
}

nlohmann::ordered_json crewObject(const std::array<int, kTradeCount>& crews) {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const auto& [trade, name] : EnumNames<Trade>::table) out[std::string(name)] = crews[static_cast<std::size_t>(trade)];
    return out;
}

/// The packages in order of start, then id.
std::vector<int> inStartOrder(const InstallPlan& plan) {
    std::vector<int> order(plan.packageCount());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return plan.schedule.start[a] < plan.schedule.start[b]; });
    return order;
}

std::string predecessorIds(const WorkPackage& p) {
    std::string out;
    for (int q : p.predecessors) out += fmt::format("{}{}", out.empty() ? "" : ";", packageId(q));
    return out;
}

std::size_t cableCount(const WorkPlan& w) {
    std::size_t n = 0;
    for (const WorkPackage& p : w.packages) n += p.cables.size();
    return n;
}

/// "; holidays 2027-03-05, 2027-04-02" for the holidays that take a working day away; empty when none.
std::string holidaysText(const WorkCalendar& calendar) {
    std::string out;
    for (const auto d : calendar.holidays()) out += fmt::format("{}{}", out.empty() ? "; holidays " : ", ", WorkCalendar::date(d));
    return out;
}

/// The holidays as asked, as dates.
nlohmann::ordered_json holidayDates(const PlanSettings& s) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& d : s.holidays) out.push_back(formatDate(d));
    return out;
}

}  // namespace

std::string installPlanSummary(const InstallPlan& plan) {
    const WorkPlan& w = plan.work;
    const PlanSettings& s = plan.settings;
    int gates = 0;
    for (const WorkPackage& p : w.packages) gates += p.gate ? 1 : 0;
    std::string out = fmt::format("Packages: {} ({} cables, {} gates and milestones", w.packages.size(), cableCount(w), gates);
    out += w.unrouted.empty() ? ")\n" : fmt::format("; {} unroutable cables left out)\n", w.unrouted.size());
    double total = 0;
    std::string byTrade;
    for (const auto& [trade, name] : EnumNames<Trade>::table) {
        const double h = w.labourMinutes(trade) / 60.0;
        total += h;
        byTrade += fmt::format("{}{} {:.1f}", byTrade.empty() ? "" : ", ", name, h);
    }
    out += fmt::format("Labour: {:.1f} h ({})\n", total, byTrade);
    out += fmt::format("Calendar: {} h a working day, {} working days a week ({}), first working day {}{}\n", s.shiftHours,
                       s.workingDaysPerWeek, weekText(s.workingDaysPerWeek), WorkCalendar::date(plan.calendar.firstDay()),
                       holidaysText(plan.calendar));
    if (plan.whatIf) {
        if (plan.targetMet())
            out += fmt::format("Target: {}: met with the fewest crews the search found\n", workingDays(*s.targetDays));
        else
            out += fmt::format("Target: {}: cannot be met: {}\n", workingDays(*s.targetDays), plan.whatIfReason);
    }
    out += fmt::format("Crews: {}{}{}\n", crewList(plan.crews), plan.targetMet() ? " (from the target)" : "",
                       s.crewsPerRow ? fmt::format("; at most {} in a row at once", *s.crewsPerRow) : "");
    if (plan.schedule.makespan == 0) return out + "Finish: nothing to install (no work packages take time)\n";
    const WorkCalendar::Moment end = plan.calendar.at(plan.schedule.makespan, true);
    out += fmt::format("Finish: working day {}, {} (end of work {}; {} of working time)\n", plan.workingDays(),
                       WorkCalendar::date(end.date), WorkCalendar::dateTime(end).substr(11, 5), hours(plan.schedule.makespan));
    const auto& chain = plan.criticalChain;
    std::string names;
    for (std::size_t k = 0; k < chain.size(); ++k) {
        if (chain.size() > 7 && k == 3) {
            names += fmt::format(" -> ... ({} more)", chain.size() - 5);
            k = chain.size() - 3;
            continue;
        }
        names += fmt::format("{}{}", k ? " -> " : "", w.packages[chain[k]].name);
    }
    out += fmt::format("Critical path (crews unlimited): {} ({} working days), {} packages: {}\n",
                       hours(plan.criticalPath.length), plan.calendar.daysFor(plan.criticalPath.length), chain.size(), names);
    return out;
}

nlohmann::ordered_json installPlanToJson(const InstallPlan& plan) {
    const WorkPlan& w = plan.work;
    const PlanSettings& s = plan.settings;
    nlohmann::ordered_json j;
    j["settings"] = {{"crews", crewObject(s.crews)},
                     {"shift_hours", s.shiftHours},
                     {"working_days_per_week", s.workingDaysPerWeek},
                     {"start", formatDate(s.start)},
                     {"target_days", s.targetDays ? nlohmann::ordered_json(*s.targetDays) : nlohmann::ordered_json()},
                     {"crews_per_row", s.crewsPerRow ? nlohmann::ordered_json(*s.crewsPerRow) : nlohmann::ordered_json()},
                     {"holidays", holidayDates(s)}};
    nlohmann::ordered_json labour = nlohmann::ordered_json::object();
    double total = 0;
    for (const auto& [trade, name] : EnumNames<Trade>::table) {
        const double h = w.labourMinutes(trade) / 60.0;
        labour[std::string(name)] = h;
        total += h;
    }
    labour["total"] = total;
    const WorkCalendar::Moment end = plan.calendar.at(plan.schedule.makespan, true);
    j["summary"] = {{"packages", w.packages.size()},
                    {"cables", cableCount(w)},
                    {"unrouted_cables", w.unrouted.size()},
                    {"labour_hours", labour},
                    {"crews", crewObject(plan.crews)},
                    {"first_day", WorkCalendar::date(plan.calendar.firstDay())},
                    {"working_days", plan.workingDays()},
                    {"finish_date", WorkCalendar::date(end.date)},
                    {"finish", WorkCalendar::dateTime(end)},
                    {"makespan_minutes", plan.schedule.makespan},
                    {"critical_path_minutes", plan.criticalPath.length},
                    {"critical_path_days", plan.calendar.daysFor(plan.criticalPath.length)}};
    if (plan.whatIf) {
        j["target"] = {{"days", *s.targetDays},
                       {"met", plan.whatIf->met},
                       {"crews", plan.whatIf->met ? crewObject(plan.crews) : nlohmann::ordered_json()},
                       {"reason", plan.whatIf->met ? nlohmann::ordered_json() : nlohmann::ordered_json(plan.whatIfReason)}};
    } else {
        j["target"] = nullptr;
    }
    nlohmann::ordered_json chain = nlohmann::ordered_json::array();
    for (int p : plan.criticalChain) chain.push_back(packageId(p));
    j["critical_path"] = chain;
    nlohmann::ordered_json packages = nlohmann::ordered_json::array();
    for (int i = 0; i < plan.packageCount(); ++i) {
        const WorkPackage& p = w.packages[i];
        nlohmann::ordered_json preds = nlohmann::ordered_json::array();
        for (int q : p.predecessors) preds.push_back(packageId(q));
        const std::string crew = plan.crewName(i);
        const WorkCalendar::Moment start = plan.startMoment(i), finish = plan.finishMoment(i);
        nlohmann::ordered_json parts = nlohmann::ordered_json::array();
        for (const WorkCalendar::Piece& piece : plan.pieces(i))
            parts.push_back({{"day", piece.day + 1},
                             {"start", WorkCalendar::dateTime(plan.calendar.at(piece.start, piece.finish == piece.start))},
                             {"finish", WorkCalendar::dateTime(plan.calendar.at(piece.finish, true))}});
        packages.push_back({{"id", packageId(i)},
                            {"name", p.name},
                            {"kind", toString(p.kind)},
                            {"trade", toString(p.trade)},
                            {"crew", crew.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(crew)},
                            {"gate", p.gate},
                            {"labour_minutes", p.labourMinutes},
                            {"duration_minutes", plan.duration(i)},
                            {"start_minute", plan.schedule.start[i]},
                            {"finish_minute", plan.finish(i)},
                            {"start_day", start.day + 1},
                            {"finish_day", finish.day + 1},
                            {"start", WorkCalendar::dateTime(start)},
                            {"finish", WorkCalendar::dateTime(finish)},
                            {"parts", std::move(parts)},
                            {"float_minutes", plan.criticalPath.totalFloat(i)},
                            {"critical", plan.criticalPath.isCritical(i)},
                            {"predecessors", preds},
                            {"cables", p.cables.size()},
                            {"racks", p.racks.size()}});
    }
    j["packages"] = std::move(packages);
    return j;
}

void writeSequenceCsv(std::ostream& out, const InstallPlan& plan) {
    out << "order,id,name,kind,trade,crew,start_day,start,finish_day,finish,duration_min,labour_min,predecessors,cables\n";
    int order = 0;
    for (int i : inStartOrder(plan)) {
        const WorkPackage& p = plan.work.packages[i];
        const WorkCalendar::Moment start = plan.startMoment(i), finish = plan.finishMoment(i);
        out << fmt::format("{},{},{},{},{},{},{},{},{},{},{},{:.1f},{},{}\n", ++order, packageId(i), spreadsheetCsvField(p.name),
                           toString(p.kind), toString(p.trade), spreadsheetCsvField(plan.crewName(i)), start.day + 1, WorkCalendar::dateTime(start),
                           finish.day + 1, WorkCalendar::dateTime(finish), plan.duration(i), p.labourMinutes,
                           predecessorIds(p), p.cables.size());
    }
}

}  // namespace rw::install
