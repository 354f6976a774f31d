#include "install/AsBuilt.h"

namespace rw::gui {
namespace {

// Marks `ids` faded unless `done`, counting what the plan installs and what is built.
template <class Id>
void mark(std::vector<bool>& faded, const std::vector<Id>& ids, bool done, int& total, int& built) {
    for (const Id id : ids) {
        if (id.value >= faded.size()) continue;
        faded[id.value] = !done;
        ++total;
        built += done ? 1 : 0;
    }
}

}  // namespace

AsBuilt asBuiltAtEndOfDay(const install::InstallPlan& plan, const Model& model, int day) {
    AsBuilt out;
    out.racksFaded.assign(model.racks().capacity(), false);
    out.traysFaded.assign(model.trays().capacity(), false);
    out.cablesFaded.assign(model.cables().capacity(), false);
    const long long endOfDay = (long long)std::max(day, 0) * plan.calendar.minutesPerDay();
    for (int p = 0; p < plan.packageCount(); ++p) {
        const install::WorkPackage& pkg = plan.work.packages[std::size_t(p)];
        const bool done = plan.finish(p) <= endOfDay;
        switch (pkg.kind) {
            case install::PackageKind::RackSet: mark(out.racksFaded, pkg.racks, done, out.racks, out.racksBuilt); break;
            case install::PackageKind::TrayRun:
            case install::PackageKind::BuswayRun: mark(out.traysFaded, pkg.trays, done, out.trays, out.traysBuilt); break;
            default: break;
        }
        // Cable packages name the trays and racks they use too; only their cables are theirs.
        mark(out.cablesFaded, pkg.cables, done, out.cables, out.cablesBuilt);
    }
    return out;
}

}  // namespace rw::gui
