#pragma once
// Working time onto the calendar (docs/install.md "Days and dates"): the scheduler counts working
// minutes from 0; a working day holds `hoursPerDay` of them and the week `daysPerWeek` working
// days counted from Monday. Work starts at 07:00, or earlier when the working day is longer than
// 17 hours (24 hours: from midnight). A package that runs past the end of a working day carries
// on at the start of the next one.
#include <chrono>
#include <string>

namespace rw::install {

class WorkCalendar final {
public:
    /// `start` is moved forward to the first working day on or after it.
    WorkCalendar(std::chrono::year_month_day start, int hoursPerDay, int daysPerWeek);

    struct Moment {
        int day = 0;                 ///< working day, 0 = the first
        std::chrono::sys_days date;  ///< its calendar date
        int minuteOfDay = 0;         ///< minutes since midnight
    };

    [[nodiscard]] int minutesPerDay() const noexcept { return minutesPerDay_; }
    [[nodiscard]] int daysPerWeek() const noexcept { return daysPerWeek_; }
    /// Minutes since midnight at which each working day starts.
    [[nodiscard]] int dayStartMinute() const noexcept { return dayStart_; }
    [[nodiscard]] std::chrono::sys_days firstDay() const noexcept { return first_; }
    /// The calendar date of working day `day` (0 = the first).
    [[nodiscard]] std::chrono::sys_days date(int day) const;
    /// Whether work is done on this day of the week.
    [[nodiscard]] bool isWorkingDay(std::chrono::weekday wd) const noexcept;
    /// Working minute `minute` as a start (a day boundary is the next day's start) or, when
    /// `finish`, as an end (a day boundary is the previous day's end; minute 0 stays day 0).
    [[nodiscard]] Moment at(int minute, bool finish) const;
    /// Working days that `minutes` of work cover (rounded up; 0 for 0).
    [[nodiscard]] int daysFor(int minutes) const noexcept;

    /// "2027-03-01T07:00:00" (local time of the site; no zone).
    [[nodiscard]] static std::string dateTime(const Moment& m);
    [[nodiscard]] static std::string date(std::chrono::sys_days d);

private:
    int minutesPerDay_;
    int daysPerWeek_;
    int dayStart_;
    std::chrono::sys_days first_;
};

}  // namespace rw::install
