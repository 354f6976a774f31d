// `rackweave-cli export KIND ...`: files for other tools, one sub-subcommand per kind.
// `export fabric` writes an InfiniBand topology in the ibnetdiscover format
// (docs/stats-and-export.md). Further kinds (cables, bom) are added as siblings: a function
// `void addExportXxx(CLI::App& exportCommand)` in its own file, called in registerCommands() on
// the app addExportCommand returns.
#include <filesystem>
#include <fmt/format.h>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "Cli.h"
#include "OutputFile.h"
#include "catalog/Catalog.h"
#include "persistence/ProjectFile.h"
#include "reports/IbnetdiscoverExport.h"
#include "util/Errors.h"

namespace rw::cli {

namespace {

namespace fs = std::filesystem;

// Fabrics that are switched InfiniBand-style networks; oob (1 GbE), nvlink and power are not.
const std::vector<std::string> kExportableFabrics = {"compute", "storage", "inband"};

std::vector<fs::path> catalogDirs(const CLI::App& root, const std::vector<std::string>& own) {
    std::vector<fs::path> dirs;
    if (const CLI::Option* global = root.get_option_no_throw("--catalog"))
        for (const auto& d : global->results()) dirs.emplace_back(d);
    for (const auto& d : own) dirs.emplace_back(d);
    return dirs;
}

void addExportFabric(CLI::App& exportCommand, const CLI::App& root) {
    auto* cmd = exportCommand.add_subcommand(
        "fabric", "Write one fabric as an InfiniBand topology file (ibnetdiscover format; loads in ibsim)");
    auto file = std::make_shared<std::string>();
    auto fabricName = std::make_shared<std::string>("compute");
    auto output = std::make_shared<std::string>();
    auto dirs = std::make_shared<std::vector<std::string>>();
    cmd->add_option("DESIGN", *file, "Project file (.rackweave)")->required();
    cmd->add_option("--fabric", *fabricName, "Fabric to export")
        ->check(CLI::IsMember(kExportableFabrics))
        ->capture_default_str();
    cmd->add_option("-o,--output", *output, "Topology file to write (e.g. compute.topo); '-' for standard output")
        ->required();
    cmd->add_option("--catalog", *dirs, "Extra catalog folder (repeatable) for NIC sub-port names")
        ->check(CLI::ExistingDirectory);
    const CLI::App* rootApp = &root;
    cmd->callback([=] {
        const Model model = openProject(*file);
        const Catalog catalog = Catalog::loadStandard(catalogDirs(*rootApp, *dirs));
        const Fabric fabric = *parseEnum<Fabric>(*fabricName);  // checked by IsMember
        IbExportSummary summary;
        try {
            writeOutput(*output, [&](std::ostream& out) { summary = writeIbnetdiscover(out, model, fabric, &catalog); });
        } catch (const InputError& e) {
            throw InputError(fmt::format("{}: {}", *file, e.what()));  // name the design the problem is in
        }
        for (const auto& w : summary.warnings) std::cerr << "rackweave-cli: warning: " << w << '\n';
        std::ostream& report = *output == "-" ? std::cerr : std::cout;
        report << fmt::format("{}: fabric {}: {} switches, {} channel adapters, {} links\n",
                              *output == "-" ? "stdout" : *output, *fabricName, summary.switches,
                              summary.channelAdapters, summary.links);
    });
}

}  // namespace

CLI::App* addExportCommand(CLI::App& app) {
    auto* exportCommand = app.add_subcommand("export", "Export a design for other tools");
    exportCommand->require_subcommand(1);
    addExportFabric(*exportCommand, app);
    return exportCommand;
}

}  // namespace rw::cli
