// `rackweave-cli stats DESIGN [--json] [--catalog DIR]`: the design's figures (docs/stats-and-export.md).
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "Cli.h"
#include "catalog/Catalog.h"
#include "persistence/ProjectFile.h"
#include "reports/DesignStats.h"
#include "reports/DesignStatsFormat.h"
#include "reports/RouteQualityFormat.h"
#include "router/RouteQuality.h"

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
        DesignStatsInputs inputs;
        inputs.catalog = &catalog;
        // Routed = through the trays or within one rack, from the routes saved in the design
        // (`rackweave-cli route`); a design without saved routes counts every cable unrouted.
        if (project.routes)
            inputs.isRouted = [&routes = *project.routes](CableId id, const Cable&) { return routes.isRouted(id); };
        const DesignStats stats = computeDesignStats(model, inputs);
        // Route quality needs the saved routes: a design without them has none to judge.
        std::optional<RouteQuality> quality;
        if (project.routes) quality = measureRouteQuality(model, catalog, *project.routes);
        if (*json) {
            nlohmann::ordered_json j = designStatsToJson(stats);
            if (quality) j["route_quality"] = routeQualityToJson(*quality);
            std::cout << j.dump(2) << '\n';
        } else {
            std::cout << designStatsToText(stats);
            if (quality) std::cout << routeQualityToText(*quality);
        }
    });
}

}  // namespace rw::cli
