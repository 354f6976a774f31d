#pragma once
// Working time onto the calendar (docs/install.md "Days and dates"): the scheduler counts working
// minutes from 0; a working day holds `hoursPerDay` of them and the week `daysPerWeek` working
// days counted from Monday. Work starts at 07:00, or earlier when the working day is longer than
// 17 hours (24 hours: from midnight). Holidays are dates no crew works: a working day that falls
// on one moves to the next working date. A package that runs past the end of a working day
// stops there and carries on at the start of the next working day (`pieces`): work never runs
// through the night.
#include <chrono>
#include <string>
#include <vector>

namespace rw::install {

class WorkCalendar final {
public:
    /// `start` is moved forward to the first working day on or after it that is not a holiday.
    WorkCalendar(std::chrono::year_month_day start, int hoursPerDay, int daysPerWeek,
                 const std::vector<std::chrono::year_month_day>& holidays = {});

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
    /// The holidays that take a working day away (on a working weekday, after the first day), sorted.
    [[nodiscard]] const std::vector<std::chrono::sys_days>& holidays() const noexcept { return holidays_; }

    /// One working day's share of a package: working minutes [start, finish) within working day `day`.
    struct Piece {
        int day = 0;
        int start = 0;
        int finish = 0;
    };
    /// Working minutes [start, finish) cut at the ends of working days, one piece per day worked;
    /// a zero-length span is one empty piece on the day it falls in (at a day boundary: the day ending there).
    [[nodiscard]] std::vector<Piece> pieces(int start, int finish) const;

    /// "2027-03-01T07:00:00" (local time of the site; no zone).
    [[nodiscard]] static std::string dateTime(const Moment& m);
    [[nodiscard]] static std::string date(std::chrono::sys_days d);

private:
    int minutesPerDay_;
    int daysPerWeek_;
    int dayStart_;
    std::chrono::sys_days first_;
    std::vector<std::chrono::sys_days> holidays_;

    /// Working day `day` counting weekdays only (holidays not skipped).
    [[nodiscard]] std::chrono::sys_days weekdayDate(int day) const;
};

}  // namespace rw::install
