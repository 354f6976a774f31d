#include "install/WorkCalendar.h"

#include <fmt/format.h>

#include <algorithm>

#include "install/PlanSettings.h"

namespace rw::install {

namespace {
constexpr int kDayStart = 7 * 60;  // 07:00
}

WorkCalendar::WorkCalendar(std::chrono::year_month_day start, int hoursPerDay, int daysPerWeek)
    : minutesPerDay_(hoursPerDay * 60), daysPerWeek_(daysPerWeek),
      dayStart_(std::min(kDayStart, 24 * 60 - hoursPerDay * 60)), first_(std::chrono::sys_days(start)) {
    while (!isWorkingDay(std::chrono::weekday(first_))) first_ += std::chrono::days(1);
}

bool WorkCalendar::isWorkingDay(std::chrono::weekday wd) const noexcept {
    return static_cast<int>(wd.iso_encoding()) <= daysPerWeek_;
}

std::chrono::sys_days WorkCalendar::date(int day) const {
    const int intoWeek = static_cast<int>(std::chrono::weekday(first_).iso_encoding()) - 1;  // Monday = 0
    const int n = intoWeek + day;
    return first_ - std::chrono::days(intoWeek) + std::chrono::days((n / daysPerWeek_) * 7 + n % daysPerWeek_);
}

WorkCalendar::Moment WorkCalendar::at(int minute, bool finish) const {
    const int day = finish && minute > 0 ? (minute - 1) / minutesPerDay_ : minute / minutesPerDay_;
    return {day, date(day), dayStart_ + minute - day * minutesPerDay_};
}

int WorkCalendar::daysFor(int minutes) const noexcept { return (minutes + minutesPerDay_ - 1) / minutesPerDay_; }

std::string WorkCalendar::date(std::chrono::sys_days d) { return formatDate(std::chrono::year_month_day(d)); }

std::string WorkCalendar::dateTime(const Moment& m) {
    // A 24-hour day ends at 24:00, written as the next day's 00:00.
    const std::chrono::sys_days day = m.date + std::chrono::days(m.minuteOfDay / (24 * 60));
    const int minute = m.minuteOfDay % (24 * 60);
    return fmt::format("{}T{:02}:{:02}:00", date(day), minute / 60, minute % 60);
}

}  // namespace rw::install
