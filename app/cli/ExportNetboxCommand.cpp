// `rackweave-cli export netbox DESIGN -o DIR [--netbox-version 4.6] [--rows-per-file N]`: the
// NetBox import pack (core/exchange/NetboxPack.h, docs/exchange.md): CSVs in import order, the
// device-type YAMLs they reference and a README with the order, written into DIR.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include "Cli.h"
#include "RoutedDesign.h"
#include "exchange/NetboxPack.h"
#include "exchange/PackFolder.h"
#include "util/Errors.h"

namespace rw::cli {

void addExportNetbox(CLI::App& exportCommand, const CLI::App& root) {
    auto* cmd = exportCommand.add_subcommand(
        "netbox", "Write a NetBox 4.0-4.6 import pack: sites, racks, power, devices, cables (CSV) and device types (YAML)");
    auto file = std::make_shared<std::string>();
    auto output = std::make_shared<std::string>();
    auto version = std::make_shared<std::string>("4.6");
    auto rows = std::make_shared<std::size_t>(netbox::PackOptions{}.rowsPerFile);
    cmd->add_option("DESIGN", *file, "Project file (.rackweave)")->required();
    cmd->add_option("-o,--output", *output, "Folder to write the pack into (created if missing)")->required();
    cmd->add_option("--netbox-version", *version,
                    "NetBox release the pack is for (4.0 to 4.6, optionally with the patch level, e.g. 4.5.8): "
                    "cable columns and power-feed cables depend on it")
        ->capture_default_str();
    cmd->add_option("--rows-per-file", *rows, "Split tables longer than this into numbered files (one import each)")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    const CLI::App* rootApp = &root;
    cmd->callback([=] {
        const auto parsed = netbox::parseVersion(*version);
        if (!parsed)
            throw UsageError(fmt::format("--netbox-version '{}': expected a NetBox release from 4.0 to 4.6, e.g. 4.6 or 4.5.8",
                                         *version));
        if (std::filesystem::exists(*output) && !std::filesystem::is_directory(*output))
            throw UsageError(fmt::format("{}: exists and is not a folder (-o names the folder the pack is written into)", *output));
        const Catalog catalog = catalogFor(*rootApp);
        const OpenedProject project = openRoutedDesign(*file, catalog);
        netbox::PackOptions options;
        options.version = *parsed;
        options.rowsPerFile = *rows;
        netbox::PackSummary summary;
        std::vector<netbox::PackFile> files;
        try {
            files = netbox::netboxPack(project.model, catalog, *project.routes, options, &summary);
        } catch (const InputError& e) {
            throw InputError(fmt::format("{}: {}", *file, e.what()));  // name the design the problem is in
        }
        netbox::writePackFolder(*output, files);
        for (const auto& w : summary.warnings) std::cerr << "rackweave-cli: warning: " << w << '\n';
        std::cout << fmt::format("{}: NetBox {} pack: {} files, {} racks, {} devices, {} device types, {} cables, {} power cables\n",
                                 *output, *version, files.size(), summary.racks, summary.devices, summary.deviceTypes,
                                 summary.cables, summary.powerCables);
    });
}

}  // namespace rw::cli
