#include "generator/Generator.h"

#include <fmt/format.h>

#include "generator/GeneratorContext.h"
#include "util/Errors.h"

namespace rw {

namespace {

const CatalogEntry& nodeEntryOf(const ClusterSpec& spec, const Catalog& catalog) {
    if (spec.system->kind != CatalogKind::RackScaleSystem) return *spec.system;
    for (const RackScaleMember& m : spec.system->rackScale->members)
        if (m.role == DeviceRole::GpuNode) return catalog.get(m.entry);
    throw InputError(fmt::format("{}: $.compute.system: '{}' has no gpu-node member", spec.sourceFile, spec.system->id));
}

}  // namespace

GenerateResult generate(const ClusterSpec& spec, const Catalog& catalog, const GenerateProgress& progress) {
    GenerateResult result;
    result.model.site.name = spec.name;
    gen::Context ctx(spec, catalog, result.model);
    ctx.nodeEntry = &nodeEntryOf(spec, catalog);
    struct Phase {
        std::string_view name;
        void (*run)(gen::Context&);
    };
    static constexpr Phase phases[] = {
        {"Planning fabrics", gen::planFabrics},           {"Placing racks", gen::buildRacks},
        {"Wiring fabrics", gen::wireFabrics},             {"Placing management switches", gen::placeManagementSwitches},
        {"Wiring power", gen::wirePower},                 {"Wiring management", gen::wireManagement},
        {"Placing cooling", gen::placeCooling},           {"Making cables and optics", gen::makeCablesAndOptics},
    };
    constexpr double count = std::size(phases);
    for (std::size_t i = 0; i < std::size(phases); ++i) {
        if (progress) progress(phases[i].name, static_cast<double>(i) / count);
        phases[i].run(ctx);
    }
    if (progress) progress("Done", 1.0);
    result.notes = std::move(ctx.notes);
    return result;
}

}  // namespace rw
