#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <iostream>

#include "Cli.h"
#include "ProjectWriteGuard.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "persistence/ProjectFile.h"
#include "router/Router.h"
#include "util/Errors.h"

namespace rw::cli {

void addGenerateCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("generate", "Generate a placed, wired hall from a cluster spec (docs/spec.md)");
    auto spec = std::make_shared<std::string>();
    auto output = std::make_shared<std::string>();
    auto force = std::make_shared<bool>(false);
    auto quiet = std::make_shared<bool>(false);
    auto noRoute = std::make_shared<bool>(false);
    auto allowUnrouted = std::make_shared<bool>(false);
    cmd->add_option("SPEC", *spec, "Cluster spec (.json)")->required();
    cmd->add_option("-o,--output", *output, "Project file to write (.rackweave)")->required();
    cmd->add_flag("--force", *force, "Replace the output file if it exists");
    cmd->add_flag("-q,--quiet", *quiet, "Print nothing but errors");
    cmd->add_flag("--no-route", *noRoute, "Do not route the cables (run 'rackweave-cli route' later)");
    cmd->add_flag("--allow-unrouted", *allowUnrouted,
                  "Write the design even when cables find no room in the trays (otherwise that is refused, exit 2)");
    cmd->callback([=, &app] {
        if (std::filesystem::exists(*output) && !*force)
            throw UsageError(*output + ": file exists; pass --force to replace it");
        const ProjectWriteGuard guard(*output, *force);
        const auto start = std::chrono::steady_clock::now();
        const Catalog catalog = catalogFor(app);
        const ClusterSpec parsed = parseSpecFile(*spec, catalog);
        GenerateResult result = generate(parsed, catalog, [&](std::string_view phase, double fraction) {
            if (!*quiet) std::cerr << fmt::format("[{:3.0f}%] {}\n", fraction * 100.0, phase);
        });
        std::optional<RoutingResult> routes;
        if (!*noRoute) {
            if (!*quiet) std::cerr << "[   ] Routing cables\n";
            // The generator routed to size the trays; that routing is the design's.
            routes = result.routes ? std::move(*result.routes) : routeOnce(result.model, catalog);
        }
        // A design whose cables the trays cannot carry is not buildable as generated: refuse it,
        // naming the tightest tray the generator planned (issue #13), unless asked to keep it.
        const std::size_t full = routes ? routes->countUnrouted(UnroutedReason::NoCapacity) : 0;
        if (full > 0 && !*allowUnrouted)
            throw InputError(fmt::format(
                "{}: {} cables find no room in the trays{}; give a larger hall (hall.width_m, hall.depth_m), a "
                "higher ceiling for more tray levels, or pass --allow-unrouted to write the design anyway",
                *spec, full,
                result.tightestTray ? fmt::format(" ({} tray segments are planned past the largest catalog tray; the tightest: {})",
                                                  result.tightestTray->segmentsOver, describe(result.model, *result.tightestTray))
                                    : std::string()));
        guard.checkBeforeSave();
        saveProject(result.model, routes ? &*routes : nullptr, *output);
        if (*quiet) return;
        const Model& m = result.model;
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::cout << fmt::format("Generated {}: {} racks, {} devices, {} links, {} cables in {:.2f} s\n", *output, m.racks().size(),
                                 m.devices().size(), m.links().size(), m.cables().size(), seconds);
        if (routes) std::cout << "Routed " << routingSummary(*routes) << '\n';
        for (const std::string& note : result.notes) std::cout << "note: " << note << '\n';
    });
}

}  // namespace rw::cli
