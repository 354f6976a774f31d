#pragma once
// An install plan as people and scripts read it (docs/install.md "Outputs"): the summary
// `rackweave-cli plan` prints, its JSON (-o plan.json) and the install sequence CSV
// (`export sequence`). Field names and columns are an interface: scripts read them.
#include <iosfwd>
#include <string>

#include <nlohmann/json.hpp>

#include "install/InstallPlan.h"

namespace rw::install {

/// Package ids in every output: the package's index + 1 (MSPDI's task UID and ID too).
[[nodiscard]] inline int packageId(int index) noexcept { return index + 1; }

/// Lines for a person: packages, labour hours by trade, crews, calendar, finish day and date,
/// the critical path, the what-if.
[[nodiscard]] std::string installPlanSummary(const InstallPlan& plan);
/// Keys in a fixed, documented order (docs/install.md).
[[nodiscard]] nlohmann::ordered_json installPlanToJson(const InstallPlan& plan);
/// Header and one line per package in order of start (then id).
void writeSequenceCsv(std::ostream& out, const InstallPlan& plan);

}  // namespace rw::install
