// `rackweave-cli check DESIGN [--json]`: every design check's findings (docs/power.md for the
// power check). Exit 0 when no finding is of error severity, 1 when one is, 2 for bad usage or
// input, so a build script can gate on a design.
#include <fmt/format.h>

#include <array>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "Cli.h"
#include "RoutedDesign.h"
#include "checks/DesignChecks.h"

namespace rw::cli {

namespace {

std::array<std::size_t, 3> countBySeverity(const std::vector<Finding>& findings) {
    std::array<std::size_t, 3> counts{};
    for (const Finding& f : findings) ++counts[static_cast<std::size_t>(f.severity)];
    return counts;
}

nlohmann::json findingsToJson(const std::vector<Finding>& findings) {
    const auto counts = countBySeverity(findings);
    nlohmann::json list = nlohmann::json::array();
    for (const Finding& f : findings)
        list.push_back({{"severity", toString(f.severity)}, {"source", toString(f.source)}, {"kind", toString(f.kind)},
                        {"id", f.id}, {"message", f.message}});
    return {{"findings", std::move(list)},
            {"counts", {{"error", counts[0]}, {"warning", counts[1]}, {"info", counts[2]}}}};
}

void printText(const std::vector<Finding>& findings) {
    for (const Finding& f : findings)
        std::cout << fmt::format("{:<8}{:<8}{} #{}: {}\n", toString(f.severity), toString(f.source), toString(f.kind), f.id,
                                 f.message);
    const auto counts = countBySeverity(findings);
    std::cout << fmt::format("{} errors, {} warnings, {} notes\n", counts[0], counts[1], counts[2]);
}

}  // namespace

void addCheckCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("check", "Run every design check (model, layout, load, routing, power, cooling); exit 1 on errors");
    auto file = std::make_shared<std::string>();
    auto json = std::make_shared<bool>(false);
    cmd->add_option("DESIGN", *file, "Project file (.rackweave)")->required();
    cmd->add_flag("--json", *json, "Print {\"findings\": [{severity, source, kind, id, message}], \"counts\": {...}}");
    const CLI::App* root = &app;
    cmd->callback([=] {
        const Catalog catalog = catalogFor(*root);
        const OpenedProject project = openRoutedDesign(*file, catalog);
        const std::vector<Finding> findings = checkDesign(project.model, catalog, &*project.routes);
        if (*json)
            std::cout << findingsToJson(findings).dump(2) << '\n';
        else
            printText(findings);
        if (const std::size_t errors = countBySeverity(findings)[0]; errors > 0)
            throw ChecksFailed(fmt::format("{}: {} finding{} of error severity", *file, errors, errors == 1 ? "" : "s"));
    });
}

}  // namespace rw::cli
