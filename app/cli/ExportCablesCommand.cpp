// `rackweave-cli export cables DESIGN -o cables.csv`: one line per cable with both ends, media,
// part, routed and ordered length and the tray segments it follows (docs/routing.md).
// Uses the routes saved in the design; a design without routes is routed on the fly (not saved).
// The CSV itself is core/reports/CablesCsv (the GUI's File > Export writes the same bytes).
#include <fmt/format.h>

#include <iostream>
#include <memory>
#include <string>

#include "Cli.h"
#include "OutputFile.h"
#include "RoutedDesign.h"
#include "reports/CablesCsv.h"

namespace rw::cli {

void addExportCables(CLI::App& exportCommand, const CLI::App& root) {
    auto* cmd = exportCommand.add_subcommand("cables", "Write every cable with its ends, media, part, lengths and tray path (CSV)");
    auto file = std::make_shared<std::string>();
    auto output = std::make_shared<std::string>();
    cmd->add_option("DESIGN", *file, "Project file (.rackweave)")->required();
    cmd->add_option("-o,--output", *output, "CSV file to write; '-' for standard output")->required();
    const CLI::App* rootApp = &root;
    cmd->callback([=] {
        const Catalog catalog = catalogFor(*rootApp);
        const OpenedProject project = openRoutedDesign(*file, catalog);
        writeOutput(*output, [&](std::ostream& out) { writeCablesCsv(out, project.model, catalog, *project.routes); });
        if (*output != "-") std::cout << fmt::format("{}: {} cables\n", *output, project.model.cables().size());
    });
}

}  // namespace rw::cli
