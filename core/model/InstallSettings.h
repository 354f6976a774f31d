#pragma once
// Install-plan settings a design carries (issue 12): what its spec's `install` object said
// (docs/spec.md). Unset ones take the plan's defaults; the CLI's plan options override them.
// Plain values here; core/install reads, checks and applies them (install/InstallSpec.h).
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace rw {

struct InstallSettings {
    std::map<std::string, int> crews;       ///< crews per trade by trade name ("fibre"); trades not named are unset
    std::optional<int> shiftHours;          ///< working hours per working day
    std::optional<int> workingDaysPerWeek;  ///< from Monday
    std::string start;                      ///< first day of work, YYYY-MM-DD; empty = unset
    std::optional<int> targetDays;          ///< working days to finish in (runs the what-if)
    std::optional<int> crewsPerRow;         ///< at most this many crews at work in one row at once
    std::vector<std::string> holidays;      ///< YYYY-MM-DD dates no crew works

    [[nodiscard]] bool empty() const noexcept {
        return crews.empty() && !shiftHours && !workingDaysPerWeek && start.empty() && !targetDays && !crewsPerRow && holidays.empty();
    }
    friend bool operator==(const InstallSettings&, const InstallSettings&) = default;
};

}  // namespace rw
