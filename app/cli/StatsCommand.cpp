// `rackweave-cli stats DESIGN [--json] [--catalog DIR]`: the design's figures (docs/stats-and-export.md).
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "Cli.h"
#include "catalog/Catalog.h"
#include "persistence/ProjectFile.h"
#include "reports/StatsReport.h"

namespace rw::cli {

namespace {

// Folders given to this subcommand plus the root's `--catalog` (when the root defines one).
std::vector<std::filesystem::path> catalogDirs(const CLI::App& root, const std::vector<std::string>& own) {
    std::vector<std::filesystem::path> dirs;
    if (const CLI::Option* global = root.get_option_no_throw("--catalog"))
        for (const auto& d : global->results()) dirs.emplace_back(d);
    for (const auto& d : own) dirs.emplace_back(d);
    return dirs;
}

}  // namespace

void addStatsCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand(
        "stats", "Print a design's figures: GPUs, nodes, racks, switches and links per fabric, cables, power");
    auto file = std::make_shared<std::string>();
    auto json = std::make_shared<bool>(false);
    auto dirs = std::make_shared<std::vector<std::string>>();
    cmd->add_option("DESIGN", *file, "Project file (.rackweave)")->required();
    cmd->add_flag("--json", *json, "Print JSON (keys listed in docs/stats-and-export.md)");
    cmd->add_option("--catalog", *dirs, "Extra catalog folder (repeatable) for GPU and power figures")
        ->check(CLI::ExistingDirectory);
    const CLI::App* root = &app;
    cmd->callback([=] {
        const OpenedProject project = openProjectWithRoutes(*file);
        const Model& model = project.model;
        const Catalog catalog = Catalog::loadStandard(catalogDirs(*root, *dirs));
        // Routed = from the routes saved in the design (`rackweave-cli route`); a design without
        // saved routes counts every cable unrouted and has no route quality.
        const StatsReport report =
            buildStatsReport(model, &catalog, project.routes ? &*project.routes : nullptr);
        if (*json)
            std::cout << statsReportToJson(report).dump(2) << '\n';
        else
            std::cout << statsReportToText(report);
    });
}

}  // namespace rw::cli
