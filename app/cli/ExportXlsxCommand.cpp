// `rackweave-cli export xlsx DESIGN -o hall.xlsx`: the hall as an Excel workbook, sheets BOM,
// Cables and Racks (core/exchange/HallWorkbook.h, docs/exchange.md).
#include <fmt/format.h>

#include <iostream>
#include <memory>
#include <string>

#include "Cli.h"
#include "RoutedDesign.h"
#include "exchange/HallWorkbook.h"
#include "util/Errors.h"

namespace rw::cli {

void addExportXlsx(CLI::App& exportCommand, const CLI::App& root) {
    auto* cmd = exportCommand.add_subcommand("xlsx", "Write the hall as an Excel workbook: sheets BOM, Cables and Racks");
    auto file = std::make_shared<std::string>();
    auto output = std::make_shared<std::string>();
    cmd->add_option("DESIGN", *file, "Project file (.rackweave)")->required();
    cmd->add_option("-o,--output", *output, "Workbook to write (.xlsx)")->required();
    const CLI::App* rootApp = &root;
    cmd->callback([=] {
        if (!output->ends_with(".xlsx"))
            throw UsageError(fmt::format("{}: the workbook's name must end in .xlsx (Excel refuses other names)", *output));
        const Catalog catalog = catalogFor(*rootApp);
        const OpenedProject project = openRoutedDesign(*file, catalog);
        const auto s = xlsx::writeHallWorkbook(*output, project.model, catalog, *project.routes);
        std::cout << fmt::format("{}: {} BOM lines, {} cables, {} racks\n", *output, s.bomRows, s.cableRows, s.rackRows);
    });
}

}  // namespace rw::cli
