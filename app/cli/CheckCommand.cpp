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
#include "power/PowerBudget.h"
#include "power/CoolingNetworkFromModel.h"
#include "power/PowerNetworkFromModel.h"

namespace rw::cli {

namespace {

std::array<std::size_t, 3> countBySeverity(const std::vector<Finding>& findings) {
    std::array<std::size_t, 3> counts{};
    for (const Finding& f : findings) ++counts[static_cast<std::size_t>(f.severity)];
    return counts;
}

// With --scenario, the power findings are those of that one failure instead of the N-1 sweep.
void applyScenario(std::vector<Finding>& findings, const power::PowerNetwork& net, const std::string& scenario) {
    const power::ElementIndex failed = power::findElement(net, scenario);
    if (failed == power::kNoElement)
        throw UsageError(fmt::format("--scenario: no feed, panel, circuit or PDU is labelled '{}' (labels as in the budget "
                                     "and findings, e.g. 'feed Utility B lost', 'PDU r001-pdu-A1')",
                                     scenario));
    std::erase_if(findings, [](const Finding& f) { return f.source == FindingSource::Power; });
    std::vector<Finding> what = power::checkScenario(net, failed);
    findings.insert(findings.end(), what.begin(), what.end());
}

nlohmann::json areasToJson(const std::vector<power::AreaBudget>& areas, bool rows) {
    nlohmann::json list = nlohmann::json::array();
    for (const power::AreaBudget& a : areas) {
        nlohmann::json j{{rows ? "row" : "hall", a.name}};
        if (rows) j["hall"] = a.hall;
        j.update({{"normal_kw", a.normalKw}, {"kva", a.kva}, {"capacity_kva", a.capacityKva}, {"pdus", a.pdus},
                  {"unrated_pdus", a.unratedPdus}, {"normal_pct", a.normalShare * 100}, {"worst_pct", a.worstShare * 100},
                  {"worst_element", a.worstElement}, {"worst_scenario", a.worstScenario}, {"stranded_kva", a.strandedKva},
                  {"cooling",
                   {{"liquid_kw", a.cooling.liquidKw}, {"air_kw", a.cooling.airKw},
                    {"liquid_capacity_kw", a.cooling.liquidCapacityKw}, {"air_capacity_kw", a.cooling.airCapacityKw}}}});
        list.push_back(std::move(j));
    }
    return list;
}

nlohmann::json findingsToJson(const std::vector<Finding>& findings, const std::vector<power::BudgetLine>& budget,
                              const power::AreaBudgets& areas) {
    const auto counts = countBySeverity(findings);
    nlohmann::json list = nlohmann::json::array();
    for (const Finding& f : findings)
        list.push_back({{"severity", toString(f.severity)}, {"source", toString(f.source)}, {"kind", toString(f.kind)},
                        {"id", f.id}, {"message", f.message}});
    nlohmann::json lines = nlohmann::json::array();
    for (const power::BudgetLine& b : budget)
        lines.push_back({{"element", b.label}, {"kind", b.kind == power::ElementKind::Feed ? "feed" : "panel"},
                         {"normal_kw", b.normalKw}, {"worst_kw", b.worstKw}, {"worst_scenario", b.worstScenario},
                         {"capacity_kw", b.capacityKw}, {"normal_amps", b.normalAmps}, {"worst_amps", b.worstAmps},
                         {"allowed_amps", b.allowedAmps}});
    return {{"findings", std::move(list)},
            {"counts", {{"error", counts[0]}, {"warning", counts[1]}, {"info", counts[2]}}},
            {"power_budget", std::move(lines)},
            {"rows", areasToJson(areas.rows, true)},
            {"halls", areasToJson(areas.halls, false)}};
}

// "5.1 kW / 10.2 kW (feed Utility B lost) of 100 kW: 10 %"
std::string budgetText(const power::BudgetLine& b) {
    const bool feed = b.kind == power::ElementKind::Feed;
    const std::string scenario = b.worstScenario.empty() ? std::string() : " (" + b.worstScenario + ")";
    const std::string limit = feed ? (b.capacityKw > 0 ? fmt::format(" of {:g} kW", b.capacityKw) : ", no capacity")
                                   : (b.allowedAmps > 0 ? fmt::format(" of {:.1f} A allowed", b.allowedAmps) : ", no rating");
    const std::string share = b.worstShare() > 0 ? fmt::format(": {:.0f} %", b.worstShare() * 100) : "";
    if (feed) return fmt::format("{:.1f} kW / {:.1f} kW{}{}{}", b.normalKw, b.worstKw, scenario, limit, share);
    return fmt::format("{:.1f} A / {:.1f} A{}{}{}", b.normalAmps, b.worstAmps, scenario, limit, share);
}

// "40.8 kW, 42.9 of 138.0 kVA (31 %); worst 62 % (PDU r001-pdu-A1, feed Utility B lost); stranded 69.0 kVA;
//  cooling liquid 0.0 of 0.0 kW, air 40.8 of 0.0 kW"
std::string areaText(const power::AreaBudget& a) {
    std::string text = fmt::format("{:.1f} kW, {:.1f} of {:.1f} kVA ({:.0f} %)", a.normalKw, a.kva, a.capacityKva, a.normalShare * 100);
    if (a.worstShare > 0)
        text += fmt::format("; worst {:.0f} % ({}{}); stranded {:.1f} kVA", a.worstShare * 100, a.worstElement,
                            a.worstScenario.empty() ? std::string() : ", " + a.worstScenario, a.strandedKva);
    if (a.unratedPdus > 0) text += fmt::format("; {} of {} PDUs unrated", a.unratedPdus, a.pdus);
    return text + fmt::format("; cooling liquid {:.1f} of {:.1f} kW, air {:.1f} of {:.1f} kW", a.cooling.liquidKw,
                              a.cooling.liquidCapacityKw, a.cooling.airKw, a.cooling.airCapacityKw);
}

void printAreas(const power::AreaBudgets& areas) {
    if (areas.rows.empty() && areas.halls.empty()) return;
    std::cout << "Rows and halls (load, kVA of derated PDU capacity; busiest PDU after its worst single failure; stranded; "
                 "cooling load of capacity):\n";
    for (const power::AreaBudget& a : areas.halls) std::cout << fmt::format("  hall {:<35} {}\n", a.name, areaText(a));
    for (const power::AreaBudget& a : areas.rows) std::cout << fmt::format("  row {:<36} {}\n", a.name, areaText(a));
}

void printText(const std::vector<Finding>& findings, const std::vector<power::BudgetLine>& budget,
               const power::AreaBudgets& areas) {
    for (const Finding& f : findings)
        std::cout << fmt::format("{:<8}{:<7} {} #{}: {}\n", toString(f.severity), toString(f.source), toString(f.kind), f.id,
                                 f.message);
    if (!budget.empty()) {
        std::cout << "Power budget (normally / after the worst single failure):\n";
        for (const power::BudgetLine& b : budget) std::cout << fmt::format("  {:<40} {}\n", b.label, budgetText(b));
    }
    printAreas(areas);
    const auto counts = countBySeverity(findings);
    std::cout << fmt::format("{} errors, {} warnings, {} notes\n", counts[0], counts[1], counts[2]);
}

}  // namespace

void addCheckCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("check", "Run every design check (model, layout, load, routing, power, cooling, connectivity); exit 1 on errors");
    auto file = std::make_shared<std::string>();
    auto json = std::make_shared<bool>(false);
    cmd->add_option("DESIGN", *file, "Project file (.rackweave)")->required();
    auto scenario = std::make_shared<std::string>();
    cmd->add_flag("--json", *json, "Print {\"findings\": [...], \"counts\": {...}, \"power_budget\": [...], \"rows\": [...], \"halls\": [...]} (docs/power.md)");
    cmd->add_option("--scenario", *scenario, "Power findings for one failure only, e.g. \"feed Utility B lost\"");
    const CLI::App* root = &app;
    const PluginChecks pluginChecks = addPluginCheckOptions(*cmd);
    cmd->callback([=] {
        const Catalog catalog = catalogFor(*root);
        const OpenedProject project = openRoutedDesign(*file, catalog);
        std::vector<Finding> findings = checkDesign(project.model, catalog, &*project.routes);
        const std::vector<Finding> fromPlugins = pluginChecks(project.model, catalog, &*project.routes);
        findings.insert(findings.end(), fromPlugins.begin(), fromPlugins.end());
        const power::PowerNetwork net = power::powerNetworkFromModel(project.model, catalog);
        if (!scenario->empty()) applyScenario(findings, net, *scenario);
        const power::PowerCheckResult power = power::checkPower(net);
        const std::vector<power::BudgetLine> budget = power::supplyBudget(net, power);
        const power::CoolingNetwork coolingNet = power::coolingNetworkFromModel(project.model, catalog);
        const power::AreaBudgets areas =
            power::areaBudgets(project.model, net, power, coolingNet, power::checkCooling(coolingNet));
        if (*json)
            std::cout << findingsToJson(findings, budget, areas).dump(2) << '\n';
        else
            printText(findings, budget, areas);
        if (const std::size_t errors = countBySeverity(findings)[0]; errors > 0)
            throw ChecksFailed(fmt::format("{}: {} finding{} of error severity", *file, errors, errors == 1 ? "" : "s"));
    });
}

}  // namespace rw::cli
