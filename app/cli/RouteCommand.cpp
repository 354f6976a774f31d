// `rackweave-cli route DESIGN`: routes every cable through the trays and saves the routes in the
// design, in place and atomically (docs/routing.md).
#include <fmt/format.h>

#include <chrono>
#include <iostream>
#include <map>
#include <memory>
#include <string>

#include "Cli.h"
#include "ProjectWriteGuard.h"
#include "persistence/ProjectFile.h"
#include "router/Router.h"

namespace rw::cli {

std::string routingSummary(const RoutingResult& r) {
    std::map<std::string_view, std::size_t> reasons;
    for (const CableRoute& c : r.cables)
        if (c.status == RouteStatus::Unrouted && c.reason != UnroutedReason::None) ++reasons[toString(c.reason)];
    std::string why;
    for (const auto& [reason, n] : reasons) why += fmt::format("{}{} {}", why.empty() ? ": " : ", ", n, reason);
    return fmt::format("{} cables through the trays on {} shared routes, {} in-rack, {} unrouted{}{}",
                       r.countWith(RouteStatus::Routed), r.routes.size(), r.countWith(RouteStatus::InRack),
                       r.countWith(RouteStatus::Unrouted), why,
                       r.negotiated ? fmt::format(" (congestion: {} negotiation rounds)", r.iterations) : "");
}

void addRouteCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("route", "Route every cable through the cable trays and save the routes in the design");
    auto file = std::make_shared<std::string>();
    auto quiet = std::make_shared<bool>(false);
    auto force = std::make_shared<bool>(false);
    cmd->add_option("DESIGN", *file, "Project file (.rackweave), rewritten in place")->required();
    cmd->add_flag("-q,--quiet", *quiet, "Print nothing but errors");
    cmd->add_flag("--force", *force, "Write DESIGN even if Rackweave has it open elsewhere or it changed on disk meanwhile");
    cmd->callback([=, &app] {
        const ProjectWriteGuard guard(*file, *force);
        const Model model = openProject(*file);
        const Catalog catalog = catalogFor(app);
        const auto start = std::chrono::steady_clock::now();
        const RoutingResult result = routeOnce(model, catalog);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        guard.checkBeforeSave();
        saveProject(model, &result, *file);
        if (!*quiet) std::cout << fmt::format("Routed {}: {} in {:.2f} s\n", *file, routingSummary(result), seconds);
    });
}

}  // namespace rw::cli
