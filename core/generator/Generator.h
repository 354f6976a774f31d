#pragma once
// From a cluster spec to a placed, wired hall: racks on the floor, devices in racks, every fabric
// linked and cabled, power cords on alternating feeds, CDUs. The CLI's `generate` and the GUI call
// this. Routing cables through trays is a separate step (issue 5).
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/Catalog.h"
#include "generator/ClusterSpec.h"
#include "model/Model.h"

namespace rw {

struct GenerateResult {
    Model model;
    /// What the generator decided that the engineer should know (halls added, feeds per rack...).
    std::vector<std::string> notes;
};

/// Called between phases: the phase name and the fraction of work done (0..1).
using GenerateProgress = std::function<void(std::string_view phase, double fraction)>;

/// Throws InputError when the spec asks for something the catalog parts cannot do (too many
/// nodes for the switch and tiers, devices that do not fit their rack, racks that do not fit).
[[nodiscard]] GenerateResult generate(const ClusterSpec& spec, const Catalog& catalog, const GenerateProgress& progress = {});

}  // namespace rw
