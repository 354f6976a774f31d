#pragma once
// Install-plan settings as data (issue 12): the spec's `install` object and the same object
// stored in a design (meta `install_plan`, docs/file-format.md), read strictly, written back, and
// laid over the plan's defaults (docs/spec.md "install", docs/install.md "Plan settings").
#include <string>
#include <string_view>

#include "catalog/JsonFields.h"
#include "install/PlanSettings.h"
#include "model/InstallSettings.h"

namespace rw::install {

/// Reads an `install` object: `crews` (trade -> count), `shift_hours`, `working_days_per_week`,
/// `start`, `target_days`, `crews_per_row`. Errors (rw::InputError) name the file and JSON path.
[[nodiscard]] InstallSettings readInstallSettings(catalog_detail::JsonFields& fields);
/// The same from JSON text (a design's stored settings); errors name `where`.
[[nodiscard]] InstallSettings installSettingsFromJson(std::string_view text, std::string_view where);
/// The object readInstallSettings reads, with only the settings that are set.
[[nodiscard]] std::string installSettingsToJson(const InstallSettings& settings);

/// `base` with every setting the design sets taken from it.
[[nodiscard]] PlanSettings withDesignSettings(PlanSettings base, const InstallSettings& design);

}  // namespace rw::install
