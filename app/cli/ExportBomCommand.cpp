// `rackweave-cli export bom DESIGN -o bom.csv`: the bill of materials (core/reports/BillOfMaterials.h).
// Cables are listed by the parts the router chose; a design without saved routes is routed on the
// fly (not saved), as `export cables` does, so the list always names orderable lengths.
#include <fmt/format.h>

#include <iostream>
#include <memory>
#include <string>

#include "Cli.h"
#include "OutputFile.h"
#include "RoutedDesign.h"
#include "reports/BillOfMaterials.h"

namespace rw::cli {

void addExportBom(CLI::App& exportCommand, const CLI::App& root) {
    auto* cmd = exportCommand.add_subcommand("bom", "Write the bill of materials: parts and quantities (CSV)");
    auto file = std::make_shared<std::string>();
    auto output = std::make_shared<std::string>();
    cmd->add_option("DESIGN", *file, "Project file (.rackweave)")->required();
    cmd->add_option("-o,--output", *output, "CSV file to write; '-' for standard output")->required();
    const CLI::App* rootApp = &root;
    cmd->callback([=] {
        const Catalog catalog = catalogFor(*rootApp);
        const OpenedProject project = openRoutedDesign(*file, catalog);
        const auto lines = billOfMaterials(project.model, catalog, &*project.routes);
        writeOutput(*output, [&](std::ostream& out) { writeBomCsv(out, lines); });
        if (*output != "-") std::cout << fmt::format("{}: {} lines\n", *output, lines.size());
    });
}

}  // namespace rw::cli
