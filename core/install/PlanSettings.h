#pragma once
// What a planner decides before scheduling an install (issue 12, docs/install.md "Plan
// settings"): crews per trade, working hours per day, working days per week, the start date and,
// optionally, a target in working days. The defaults are documented there; the CLI sets them
// from its options (`--crews`, `--shift-hours`, `--days-per-week`, `--start`, `--target-days`).
#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "install/Trade.h"

namespace rw::install {

/// Crews of each trade at work at once when none are given (rigging, electrical, mechanical,
/// copper, fibre, commissioning): a small contractor team of about 30 technicians at the shipped
/// crew sizes. A hall of any size wants its own figures (`--crews`) or a target (`--target-days`).
inline constexpr std::array<int, kTradeCount> kDefaultCrews{2, 2, 2, 4, 4, 1};
inline constexpr int kMaxCrews = 100000;
inline constexpr int kMaxTargetDays = 100000;

struct PlanSettings {
    std::array<int, kTradeCount> crews = kDefaultCrews;  ///< crews of each trade at work at once
    int shiftHours = 10;          ///< working hours per working day (one shift or several back to back)
    int workingDaysPerWeek = 5;   ///< counted from Monday: 5 = Monday to Friday, 7 = every day
    std::chrono::year_month_day start{std::chrono::year{2027}, std::chrono::March, std::chrono::day{1}};
    std::optional<int> targetDays;  ///< working days to finish in: run the what-if (fewest crews)
    std::optional<int> crewsPerRow; ///< at most this many crews (any trades) at work in one row at once
    std::vector<std::chrono::year_month_day> holidays;  ///< dates no crew works (a working day moves past them)
};

/// Reads "copper=40,fibre=60" into `crews` (trades not named keep their value). Throws
/// rw::InputError naming `what` (the option) and the item: an unknown trade (the known ones
/// listed), a missing '=', a count that is not a whole number from 1 to kMaxCrews, a repeat.
void parseCrews(std::string_view text, std::array<int, kTradeCount>& crews, std::string_view what);

/// Why `text` is not a "YYYY-MM-DD" calendar day (from 1900), or empty when it is (then `out` holds it).
[[nodiscard]] std::string whyNotADate(std::string_view text, std::chrono::year_month_day& out);
/// "YYYY-MM-DD" and a real calendar day; rw::InputError naming `what` otherwise.
[[nodiscard]] std::chrono::year_month_day parseDate(std::string_view text, std::string_view what);
[[nodiscard]] std::string formatDate(std::chrono::year_month_day date);
/// "2027-03-05,2027-04-02": dates split at commas, each a real calendar day; rw::InputError naming
/// `what` and the item otherwise ("--holidays: item 2 '2027-02-30': ..."). An empty list is an error.
[[nodiscard]] std::vector<std::chrono::year_month_day> parseHolidays(std::string_view text, std::string_view what);
/// "rigging=2,electrical=2,..." in trade order, as parseCrews reads it.
[[nodiscard]] std::string formatCrews(const std::array<int, kTradeCount>& crews);

/// Throws rw::InputError on a setting out of range: shift hours 1-24, working days per week 1-7,
/// crews 1-kMaxCrews, target days 1-kMaxTargetDays, crews per row 1-kMaxCrews, a valid start date.
void checkSettings(const PlanSettings& settings);

}  // namespace rw::install
