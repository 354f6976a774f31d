#pragma once
// The hall as built at the end of a working day of an install plan: which racks are set, which
// tray and busway runs hung, which cables pulled. A package counts as done when it finishes by
// the end of that day; day 0 is before the first morning (nothing built), the plan's last
// working day has everything built. What the plan does not install (a cable the router could not
// route) is never marked unbuilt: the plan says nothing about it.
#include <vector>

#include "install/InstallPlan.h"

namespace rw::gui {

struct AsBuilt {
    std::vector<bool> racksFaded;   ///< by RackId::value: true = not set yet
    std::vector<bool> traysFaded;   ///< by TrayId::value: true = not installed yet
    std::vector<bool> cablesFaded;  ///< by CableId::value: true = not pulled yet
    int racks = 0, racksBuilt = 0;  ///< racks the plan sets, and those set by the day
    int cables = 0, cablesBuilt = 0;
    int trays = 0, traysBuilt = 0;
};

/// `model` is the design the plan was made from (ids index the vectors).
[[nodiscard]] AsBuilt asBuiltAtEndOfDay(const install::InstallPlan& plan, const Model& model, int day);

}  // namespace rw::gui
