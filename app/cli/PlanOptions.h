#pragma once
// The options every install-plan command takes (`plan`, `export sequence`, `export schedule`):
// DESIGN, --crews, --shift-hours, --days-per-week, --start, --target-days, --rates
// (docs/install.md "Plan settings"). The design is routed first when it has no saved routes.
#include <memory>
#include <optional>
#include <string>

#include "install/InstallPlan.h"

namespace CLI {
class App;
}

namespace rw::cli {

struct PlanOptions {
    std::string design;
    std::optional<std::string> crews;  ///< given but empty is an error, not the defaults
    int shiftHours = install::PlanSettings{}.shiftHours;
    int daysPerWeek = install::PlanSettings{}.workingDaysPerWeek;
    std::string start;  ///< empty: today (UTC)
    std::optional<int> targetDays;
    std::string rates;  ///< empty: the shipped assets/labour/rates.json
};

/// Adds the options to `cmd`; the returned object holds their values once parsed.
[[nodiscard]] std::shared_ptr<PlanOptions> addPlanOptions(CLI::App& cmd);

/// Opens and routes the design, reads the rates and plans it. Throws rw::InputError naming the
/// option or file at fault.
[[nodiscard]] install::InstallPlan makePlan(const PlanOptions& options, const CLI::App& root);

}  // namespace rw::cli
