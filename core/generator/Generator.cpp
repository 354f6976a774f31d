#include "generator/Generator.h"

#include <fmt/format.h>

#include "generator/GeneratorContext.h"
#include "util/Errors.h"

namespace rw {

GenerateResult generate(const ClusterSpec& spec, const Catalog& catalog, const GenerateProgress& progress) {
    GenerateResult result;
    result.model.site.name = spec.name;
    result.model.site.install = spec.install;
    gen::Context ctx(spec, catalog, result.model);
    // Say which parts of the design the spec left to the system's reference architecture.
    ctx.notes = spec.defaultsApplied;
    ctx.groupOfNode.reserve(static_cast<std::size_t>(spec.nodes));
    for (std::size_t g = 0; g < spec.groups.size(); ++g)
        ctx.groupOfNode.insert(ctx.groupOfNode.end(), static_cast<std::size_t>(spec.groups[g].nodes), static_cast<std::uint16_t>(g));
    struct Phase {
        std::string_view name;
        void (*run)(gen::Context&);
    };
    static constexpr Phase phases[] = {
        {"Planning fabrics", gen::planFabrics},           {"Placing racks", gen::buildRacks},
        {"Wiring fabrics", gen::wireFabrics},             {"Placing management switches", gen::placeManagementSwitches},
        {"Wiring power", gen::wirePower},                 {"Wiring management", gen::wireManagement},
        {"Placing cooling", gen::placeCooling},           {"Wiring NVLink domains", gen::wireNvlinkDomains},
        {"Making cables and optics", gen::makeCablesAndOptics},
        {"Placing cable trays", gen::placeTrays},
    };
    constexpr double count = std::size(phases);
    for (std::size_t i = 0; i < std::size(phases); ++i) {
        if (progress) progress(phases[i].name, static_cast<double>(i) / count);
        phases[i].run(ctx);
    }
    if (progress) progress("Done", 1.0);
    result.notes = std::move(ctx.notes);
    result.tightestTray = ctx.tightestTray;
    result.routes = std::move(ctx.routes);
    return result;
}

std::string describe(const Model& model, const TrayShortfall& shortfall) {
    const TraySegment& s = model.trays()[shortfall.tray];
    const std::string hall = model.halls().contains(s.hall) ? model.halls()[s.hall].name : std::string("?");
    return fmt::format("{} tray, {} level {}, ({:.1f}, {:.1f}) to ({:.1f}, {:.1f}) m: {:.0f} mm2 of cable planned, the largest "
                       "catalog tray holds {:.0f} mm2 at design fill",
                       toString(s.kind), hall, s.level + 1, s.a.x / 1000.0, s.a.y / 1000.0, s.b.x / 1000.0, s.b.y / 1000.0,
                       shortfall.plannedMm2, shortfall.usableMm2);
}

}  // namespace rw
