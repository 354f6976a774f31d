// `rackweave-cli export gltf DESIGN -o hall.glb|hall.gltf [--compact]`: racks, devices, trays and
// cable bundles as glTF 2.0 (core/exchange/HallGltf.h, docs/exchange.md). A design saved without
// routes is routed for the export (not saved), as for `export cables`, so the bundles are there.
#include <fmt/format.h>

#include <iostream>
#include <memory>
#include <string>

#include "Cli.h"
#include "exchange/HallGltf.h"
#include "RoutedDesign.h"
#include "util/Errors.h"

namespace rw::cli {

void addExportGltf(CLI::App& exportCommand, const CLI::App& root) {
    auto* cmd = exportCommand.add_subcommand("gltf", "Write racks, devices, trays and cable bundles as glTF 2.0 (.glb or .gltf; metres, +Y up)");
    auto file = std::make_shared<std::string>();
    auto output = std::make_shared<std::string>();
    auto compact = std::make_shared<bool>(false);
    cmd->add_option("DESIGN", *file, "Project file (.rackweave)")->required();
    cmd->add_option("-o,--output", *output, "File to write: .glb (binary) or .gltf (JSON)")->required();
    cmd->add_flag("--compact", *compact,
                  "One instanced node per hall and mesh (EXT_mesh_gpu_instancing, required): small files for "
                  "large halls; Blender reads it, viewers without the extension refuse the file");
    const CLI::App* rootApp = &root;
    cmd->callback([=] {
        if (!output->ends_with(".glb") && !output->ends_with(".gltf"))
            throw UsageError(fmt::format("{}: the name must end in .glb (binary) or .gltf (JSON)", *output));
        const Catalog catalog = catalogFor(*rootApp);
        const OpenedProject project = openRoutedDesign(*file, catalog);
        gltf::GltfOptions options;
        options.compact = *compact;
        gltf::GltfSummary s;
        try {
            s = gltf::writeHallGltf(*output, project.model, catalog, &*project.routes, options);
        } catch (const InputError& e) {
            if (std::string(e.what()).starts_with(*output)) throw;  // the output file's own problem
            throw InputError(fmt::format("{}: {}", *file, e.what()));  // name the design the problem is in
        }
        std::cout << fmt::format("{}: {} racks, {} devices, {} tray segments, {} cable bundles, {} meshes, {} nodes{}\n", *output,
                                 s.racks, s.devices, s.trays, s.bundles, s.meshes, s.nodes,
                                 *compact ? " (EXT_mesh_gpu_instancing)" : "");
    });
}

}  // namespace rw::cli
