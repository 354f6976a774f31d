#include "install/PlanSettings.h"

#include <fmt/format.h>

#include <charconv>
#include <regex>

#include "util/Errors.h"

namespace rw::install {
namespace {

std::string knownTrades() {
    std::string out;
    for (const auto& [trade, name] : EnumNames<Trade>::table) out += fmt::format("{}{}", out.empty() ? "" : ", ", name);
    return out;
}

/// A whole number in [lo, hi], or nullopt.
std::optional<int> wholeNumber(std::string_view s, int lo, int hi) {
    int value = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (s.empty() || ec != std::errc() || end != s.data() + s.size() || value < lo || value > hi) return std::nullopt;
    return value;
}

}  // namespace

void parseCrews(std::string_view text, std::array<int, kTradeCount>& crews, std::string_view what) {
    if (text.empty()) throw InputError(fmt::format("{}: empty; give TRADE=COUNT[,TRADE=COUNT...], e.g. copper=40,fibre=60", what));
    std::array<bool, kTradeCount> seen{};
    std::size_t pos = 0;
    for (int item = 1;; ++item) {
        const std::size_t comma = text.find(',', pos);
        const std::string_view part = text.substr(pos, comma == std::string_view::npos ? std::string_view::npos : comma - pos);
        const std::size_t eq = part.find('=');
        if (eq == std::string_view::npos)
            throw InputError(fmt::format("{}: item {} '{}': expected TRADE=COUNT, e.g. copper=40", what, item, part));
        const std::string_view name = part.substr(0, eq), count = part.substr(eq + 1);
        const std::optional<Trade> trade = parseEnum<Trade>(name);
        if (!trade)
            throw InputError(fmt::format("{}: item {} '{}': unknown trade '{}' (known: {})", what, item, part, name, knownTrades()));
        const auto t = static_cast<std::size_t>(*trade);
        if (seen[t]) throw InputError(fmt::format("{}: item {} '{}': {} is given twice", what, item, part, name));
        seen[t] = true;
        const std::optional<int> n = wholeNumber(count, 1, kMaxCrews);
        if (!n)
            throw InputError(fmt::format("{}: item {} '{}': crews must be a whole number from 1 to {}, got '{}'", what, item,
                                         part, kMaxCrews, count));
        crews[t] = *n;
        if (comma == std::string_view::npos) break;
        pos = comma + 1;
    }
}

std::string whyNotADate(std::string_view text, std::chrono::year_month_day& out) {
    static const std::regex shape(R"((\d{4})-(\d{2})-(\d{2}))");
    std::match_results<std::string_view::const_iterator> m;
    if (!std::regex_match(text.begin(), text.end(), m, shape))
        return fmt::format("'{}' is not a date; expected YYYY-MM-DD, e.g. 2027-03-01", text);
    const int y = std::stoi(m.str(1));
    const unsigned mo = static_cast<unsigned>(std::stoi(m.str(2))), d = static_cast<unsigned>(std::stoi(m.str(3)));
    const std::chrono::year_month_day date{std::chrono::year{y}, std::chrono::month{mo}, std::chrono::day{d}};
    if (mo < 1 || mo > 12) return fmt::format("'{}' is not a date: there is no month {}", text, mo);
    if (!date.ok()) {
        const unsigned last = static_cast<unsigned>(std::chrono::year_month_day_last{date.year(), std::chrono::month_day_last{date.month()}}.day());
        return fmt::format("'{}' is not a date: {:04}-{:02} has {} days", text, y, mo, last);
    }
    if (y < 1900) return fmt::format("'{}': the year must be 1900 or later", text);
    out = date;
    return {};
}

std::chrono::year_month_day parseDate(std::string_view text, std::string_view what) {
    std::chrono::year_month_day date;
    if (const std::string why = whyNotADate(text, date); !why.empty()) throw InputError(fmt::format("{}: {}", what, why));
    return date;
}

std::vector<std::chrono::year_month_day> parseHolidays(std::string_view text, std::string_view what) {
    std::vector<std::chrono::year_month_day> out;
    std::size_t item = 0;
    for (std::size_t at = 0;; ++item) {
        const std::size_t comma = text.find(',', at);
        const std::string_view one = text.substr(at, comma == std::string_view::npos ? std::string_view::npos : comma - at);
        std::chrono::year_month_day date;
        if (const std::string why = whyNotADate(one, date); !why.empty())
            throw InputError(fmt::format("{}: item {} '{}': {}", what, item + 1, one, why));
        out.push_back(date);
        if (comma == std::string_view::npos) break;
        at = comma + 1;
    }
    return out;
}

std::string formatDate(std::chrono::year_month_day date) {
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                       static_cast<unsigned>(date.day()));
}

std::string formatCrews(const std::array<int, kTradeCount>& crews) {
    std::string out;
    for (const auto& [trade, name] : EnumNames<Trade>::table)
        out += fmt::format("{}{}={}", out.empty() ? "" : ",", name, crews[static_cast<std::size_t>(trade)]);
    return out;
}

void checkSettings(const PlanSettings& s) {
    if (s.shiftHours < 1 || s.shiftHours > 24)
        throw InputError(fmt::format("shift hours: {} is not a number of working hours per day (1 to 24)", s.shiftHours));
    if (s.workingDaysPerWeek < 1 || s.workingDaysPerWeek > 7)
        throw InputError(fmt::format("working days per week: {} is not from 1 to 7", s.workingDaysPerWeek));
    for (const auto& [trade, name] : EnumNames<Trade>::table) {
        const int n = s.crews[static_cast<std::size_t>(trade)];
        if (n < 1 || n > kMaxCrews) throw InputError(fmt::format("crews: {}={} is not from 1 to {}", name, n, kMaxCrews));
    }
    if (s.targetDays && (*s.targetDays < 1 || *s.targetDays > kMaxTargetDays))
        throw InputError(fmt::format("target days: {} is not a number of working days (1 to {})", *s.targetDays, kMaxTargetDays));
    if (s.crewsPerRow && (*s.crewsPerRow < 1 || *s.crewsPerRow > kMaxCrews))
        throw InputError(fmt::format("crews per row: {} is not from 1 to {}", *s.crewsPerRow, kMaxCrews));
    if (!s.start.ok()) throw InputError("start date: not a calendar date");
}

}  // namespace rw::install
