#pragma once
// rackweave-cli: each subcommand lives in its own file and registers itself in Cli.cpp.
// Exit codes: 0 success, 1 failure while doing the work, 2 bad usage or bad input
// (arguments, spec, catalog, project file).
#include <CLI/CLI.hpp>
#include <functional>
#include <iosfwd>
#include <stdexcept>

#include "catalog/Catalog.h"
#include "plugins/PluginHost.h"
#include "router/RoutingResult.h"

namespace rw::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitBadInput = 2;

/// A usage mistake found after parsing (e.g. an output file that already exists).
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The work was done and its verdict is a failure (`check` found errors): exit code 1.
class ChecksFailed : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// `addPrint` registers `print`: the command itself (rackweave-print) or the forwarder to it.
int run(int argc, char** argv, const std::function<void(CLI::App&)>& addPrint);

/// The shipped, user and `--catalog DIR` catalogs, as every command that needs parts loads them.
[[nodiscard]] Catalog catalogFor(const CLI::App& root);

void addNewCommand(CLI::App& app);
void addInfoCommand(CLI::App& app);
void addStatsCommand(CLI::App& app);
/// Returns the `export` app so further export kinds can be added as its subcommands.
CLI::App* addExportCommand(CLI::App& app);
void addCatalogCommand(CLI::App& app);
void addGenerateCommand(CLI::App& app);
void addRouteCommand(CLI::App& app);
void addCheckCommand(CLI::App& app);
/// `verify` (VerifyCommand.cpp): the as-built check of an ibnetdiscover capture against the design.
void addVerifyCommand(CLI::App& app);
/// `export cables` (ExportCablesCommand.cpp), a sibling of `export fabric`.
void addExportCables(CLI::App& exportCommand, const CLI::App& root);
/// `export bom` (ExportBomCommand.cpp), the bill of materials.
void addExportBom(CLI::App& exportCommand, const CLI::App& root);
/// `export slurm` (ExportSlurmCommand.cpp): the Slurm topology (issue 15).
void addExportSlurm(CLI::App& exportCommand);
/// `export netbox DESIGN -o DIR`: the NetBox import pack (ExportNetboxCommand.cpp).
void addExportNetbox(CLI::App& exportCommand, const CLI::App& root);
/// `export opensm DESIGN --guids INVENTORY -o DIR`: OpenSM ftree GUID files (ExportOpensmCommand.cpp).
void addExportOpensm(CLI::App& exportCommand, const CLI::App& root);
/// `export xlsx DESIGN -o hall.xlsx`: BOM, cables and racks as a workbook (ExportXlsxCommand.cpp).
void addExportXlsx(CLI::App& exportCommand, const CLI::App& root);
/// `export gltf DESIGN -o hall.glb [--compact]`: the racks in 3D (ExportGltfCommand.cpp).
void addExportGltf(CLI::App& exportCommand, const CLI::App& root);
/// `plan` (PlanCommand.cpp): the install plan (issue 12).
void addPlanCommand(CLI::App& app);
/// `export sequence` and `export schedule` (ExportPlanCommands.cpp): the install plan as CSV and MSPDI.
void addExportPlan(CLI::App& exportCommand, const CLI::App& root);
/// `print labels` and `print work-orders` (PrintCommand.cpp): the printouts, linked into
/// rackweave-print only (it needs Qt Gui; RACKWEAVE_BUILD_PRINT).
void addPrintCommand(CLI::App& app);
/// rackweave-cli's `print` (PrintForwarder.cpp): runs rackweave-print with the same arguments.
void addPrintForwarder(CLI::App& app, int argc, char** argv);
/// Plugins (PluginsCommand.cpp, docs/plugins.md): loaded from the standard folders and each
/// `--plugins DIR` in argv before parsing; refusals are named on standard error.
void loadCliPlugins(int argc, char** argv);
[[nodiscard]] PluginHost& cliPlugins();
/// The root `--plugins` option and `plugins list`.
void addPluginsCommand(CLI::App& app);
/// Each plugin exporter as `export NAME DESIGN -o FILE [--OPTION VALUE]`.
void addPluginExporters(CLI::App& exportCommand, const CLI::App& root);
/// Adds each plugin check's options to `check`; the function runs the plugin checks with them.
using PluginChecks = std::function<std::vector<Finding>(const Model&, const Catalog&, const RoutingResult*)>;
[[nodiscard]] PluginChecks addPluginCheckOptions(CLI::App& check);
/// One line on what a routing did (RouteCommand.cpp); also printed by `generate`.
[[nodiscard]] std::string routingSummary(const RoutingResult& result);

}  // namespace rw::cli
