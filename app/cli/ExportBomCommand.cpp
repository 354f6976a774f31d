// `rackweave-cli export bom DESIGN -o bom.csv|bom.xlsx [--spares-percent P]`: the bill of materials
// (core/reports/BillOfMaterials.h). The format follows the file name: `.xlsx` is the purchasing
// workbook (core/exchange/BomWorkbook.h), anything else (and '-') the CSV. Cables are listed by the
// parts the router chose; a design without saved routes is routed on the fly (not saved), as
// `export cables` does, so the list always names orderable lengths.
#include <fmt/format.h>

#include <iostream>
#include <memory>
#include <string>

#include "Cli.h"
#include "OutputFile.h"
#include "RoutedDesign.h"
#include "exchange/BomWorkbook.h"
#include "reports/BillOfMaterials.h"
#include "util/Errors.h"

namespace rw::cli {

void addExportBom(CLI::App& exportCommand, const CLI::App& root) {
    auto* cmd = exportCommand.add_subcommand(
        "bom", "Write the bill of materials: parts and quantities (CSV, or an Excel workbook for a .xlsx name)");
    auto file = std::make_shared<std::string>();
    auto output = std::make_shared<std::string>();
    auto spares = std::make_shared<xlsx::BomWorkbookOptions>();
    cmd->add_option("DESIGN", *file, "Project file (.rackweave)")->required();
    cmd->add_option("-o,--output", *output, "File to write: .xlsx for the workbook, else CSV; '-' for standard output")->required();
    auto* sparesOption = cmd->add_option("--spares-percent", spares->sparesPercent,
                                         "Workbook only: spare cables per SKU in percent, rounded up, at least one; 0 for none (default 1)")
                             ->check(CLI::Range(0.0, 100.0));
    const CLI::App* rootApp = &root;
    cmd->callback([=] {
        const bool workbook = output->ends_with(".xlsx");
        if (!workbook && sparesOption->count() > 0)
            throw UsageError(fmt::format("{}: --spares-percent applies to the workbook (a name ending in .xlsx); the CSV lists "
                                         "what the design needs",
                                         *output));
        const Catalog catalog = catalogFor(*rootApp);
        const OpenedProject project = openRoutedDesign(*file, catalog);
        if (workbook) {
            const auto s = xlsx::writeBomWorkbook(*output, project.model, catalog, *project.routes, *spares);
            std::cout << fmt::format("{}: {} lines ({} without a list price), {} spare cables\n", *output, s.lines, s.unpriced,
                                     s.spareCables);
            return;
        }
        const auto lines = billOfMaterials(project.model, catalog, &*project.routes);
        writeOutput(*output, [&](std::ostream& out) { writeBomCsv(out, lines); });
        if (*output != "-") std::cout << fmt::format("{}: {} lines\n", *output, lines.size());
    });
}

}  // namespace rw::cli
