#pragma once
// The options every install-plan command takes (`plan`, `export sequence`, `export schedule`):
// DESIGN, --crews, --shift-hours, --days-per-week, --start, --holidays, --target-days, --crews-per-row, --rates
// (docs/install.md "Plan settings"). Options given override the design's own plan settings (the
// spec's `install` object), which override the defaults. The design is routed first when it has
// no saved routes.
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "catalog/Catalog.h"
#include "install/InstallPlan.h"
#include "persistence/ProjectFile.h"

namespace CLI {
class App;
}

namespace rw::cli {

struct PlanOptions {
    std::string design;
    std::optional<std::string> crews;  ///< given but empty is an error, not the defaults
    // Unset options take the design's `install` settings (from its spec), else the defaults.
    std::optional<int> shiftHours;
    std::optional<int> daysPerWeek;
    std::string start;  ///< empty: the design's, else today (UTC)
    std::optional<int> targetDays;
    std::optional<int> crewsPerRow;
    std::optional<std::string> holidays;  ///< "2027-03-05,2027-04-02"; replaces the design's list
    std::string rates;  ///< empty: the shipped assets/labour/rates.json
};

/// Adds the options to `cmd`; the returned object holds their values once parsed.
[[nodiscard]] std::shared_ptr<PlanOptions> addPlanOptions(CLI::App& cmd);

/// A planned design with what the plan was made from, for the printouts.
struct PlannedDesign {
    Catalog catalog;
    OpenedProject project;
    install::InstallPlan plan;
};

/// Opens and routes the design, reads the rates and plans it; `checkMore` runs after the plan
/// options are checked and before anything slow (a command's own option checks).
[[nodiscard]] PlannedDesign makePlannedDesign(const PlanOptions& options, const CLI::App& root,
                                              const std::function<void()>& checkMore = {});

/// Opens and routes the design, reads the rates and plans it. Throws rw::InputError naming the
/// option or file at fault.
[[nodiscard]] install::InstallPlan makePlan(const PlanOptions& options, const CLI::App& root);

}  // namespace rw::cli
