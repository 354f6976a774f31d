#include "install/WorkCalendar.h"

#include <fmt/format.h>

#include <algorithm>

#include "install/PlanSettings.h"

namespace rw::install {

namespace {
constexpr int kDayStart = 7 * 60;  // 07:00
}

WorkCalendar::WorkCalendar(std::chrono::year_month_day start, int hoursPerDay, int daysPerWeek,
                           const std::vector<std::chrono::year_month_day>& holidays)
    : minutesPerDay_(hoursPerDay * 60), daysPerWeek_(daysPerWeek),
      dayStart_(std::min(kDayStart, 24 * 60 - hoursPerDay * 60)), first_(std::chrono::sys_days(start)) {
    std::vector<std::chrono::sys_days> off;
    for (const auto& h : holidays) off.emplace_back(h);
    std::sort(off.begin(), off.end());
    off.erase(std::unique(off.begin(), off.end()), off.end());
    while (!isWorkingDay(std::chrono::weekday(first_)) || std::binary_search(off.begin(), off.end(), first_))
        first_ += std::chrono::days(1);
    // Only holidays that take a working day away count: a Sunday holiday of a 5-day week changes nothing.
    for (const auto d : off)
        if (d > first_ && isWorkingDay(std::chrono::weekday(d))) holidays_.push_back(d);
}

bool WorkCalendar::isWorkingDay(std::chrono::weekday wd) const noexcept {
    return static_cast<int>(wd.iso_encoding()) <= daysPerWeek_;
}

std::chrono::sys_days WorkCalendar::date(int day) const {
    // The day-th working weekday that is not a holiday: with k holidays up to weekday day+k, the
    // answer is weekday day+k once k stops growing (the least such k lands on a non-holiday).
    int skipped = 0;
    for (;;) {
        const std::chrono::sys_days d = weekdayDate(day + skipped);
        const auto k = static_cast<int>(std::upper_bound(holidays_.begin(), holidays_.end(), d) - holidays_.begin());
        if (k == skipped) return d;
        skipped = k;
    }
}

std::chrono::sys_days WorkCalendar::weekdayDate(int day) const {
    const int intoWeek = static_cast<int>(std::chrono::weekday(first_).iso_encoding()) - 1;  // Monday = 0
    const int n = intoWeek + day;
    return first_ - std::chrono::days(intoWeek) + std::chrono::days((n / daysPerWeek_) * 7 + n % daysPerWeek_);
}

WorkCalendar::Moment WorkCalendar::at(int minute, bool finish) const {
    const int day = finish && minute > 0 ? (minute - 1) / minutesPerDay_ : minute / minutesPerDay_;
    return {day, date(day), dayStart_ + minute - day * minutesPerDay_};
}

int WorkCalendar::daysFor(int minutes) const noexcept { return (minutes + minutesPerDay_ - 1) / minutesPerDay_; }

std::vector<WorkCalendar::Piece> WorkCalendar::pieces(int start, int finish) const {
    std::vector<Piece> out;
    if (finish <= start) return {{at(start, true).day, start, start}};  // a milestone: on the day that ends there
    const int firstDay = start / minutesPerDay_;
    for (int day = firstDay, from = start; from < finish; ++day) {
        const int to = std::min(finish, (day + 1) * minutesPerDay_);
        out.push_back({day, from, to});
        from = to;
    }
    return out;
}

std::string WorkCalendar::date(std::chrono::sys_days d) { return formatDate(std::chrono::year_month_day(d)); }

std::string WorkCalendar::dateTime(const Moment& m) {
    // A 24-hour day ends at 24:00, written as the next day's 00:00.
    const std::chrono::sys_days day = m.date + std::chrono::days(m.minuteOfDay / (24 * 60));
    const int minute = m.minuteOfDay % (24 * 60);
    return fmt::format("{}T{:02}:{:02}:00", date(day), minute / 60, minute % 60);
}

}  // namespace rw::install
