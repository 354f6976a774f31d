// `rackweave-cli export gltf DESIGN -o hall.glb|hall.gltf [--compact]`: the racks as glTF 2.0
// (core/exchange/HallGltf.h, docs/exchange.md).
#include <fmt/format.h>

#include <iostream>
#include <memory>
#include <string>

#include "Cli.h"
#include "exchange/HallGltf.h"
#include "persistence/ProjectFile.h"
#include "util/Errors.h"

namespace rw::cli {

void addExportGltf(CLI::App& exportCommand, const CLI::App& root) {
    auto* cmd = exportCommand.add_subcommand("gltf", "Write the racks as glTF 2.0 (.glb or .gltf; metres, +Y up)");
    auto file = std::make_shared<std::string>();
    auto output = std::make_shared<std::string>();
    auto compact = std::make_shared<bool>(false);
    cmd->add_option("DESIGN", *file, "Project file (.rackweave)")->required();
    cmd->add_option("-o,--output", *output, "File to write: .glb (binary) or .gltf (JSON)")->required();
    cmd->add_flag("--compact", *compact,
                  "One instanced node per hall and rack type (EXT_mesh_gpu_instancing, required): small files for "
                  "large halls; Blender reads it, viewers without the extension refuse the file");
    const CLI::App* rootApp = &root;
    cmd->callback([=] {
        const Catalog catalog = catalogFor(*rootApp);
        const Model model = openProject(*file);
        gltf::GltfOptions options;
        options.compact = *compact;
        if (!output->ends_with(".glb") && !output->ends_with(".gltf"))
            throw UsageError(fmt::format("{}: the name must end in .glb (binary) or .gltf (JSON)", *output));
        gltf::GltfSummary s;
        try {
            s = gltf::writeHallGltf(*output, model, catalog, options);
        } catch (const InputError& e) {
            if (std::string(e.what()).starts_with(*output)) throw;  // the output file's own problem
            throw InputError(fmt::format("{}: {}", *file, e.what()));  // name the design the problem is in
        }
        std::cout << fmt::format("{}: {} racks, {} meshes, {} nodes{}\n", *output, s.racks, s.meshes, s.nodes,
                                 *compact ? " (EXT_mesh_gpu_instancing)" : "");
    });
}

}  // namespace rw::cli
