// `rackweave-cli export cables DESIGN -o cables.csv`: one line per cable with both ends, media,
// part, routed and ordered length and the tray segments it follows (docs/routing.md).
// Uses the routes saved in the design; a design without routes is routed on the fly (not saved).
// The CSV itself is core/reports/CablesCsv (the GUI's File > Export writes the same bytes).
#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "Cli.h"
#include "persistence/ProjectFile.h"
#include "reports/CablesCsv.h"
#include "router/Router.h"

namespace rw::cli {

namespace {

namespace fs = std::filesystem;

}  // namespace

void addExportCables(CLI::App& exportCommand, const CLI::App& root) {
    auto* cmd = exportCommand.add_subcommand("cables", "Write every cable with its ends, media, part, lengths and tray path (CSV)");
    auto file = std::make_shared<std::string>();
    auto output = std::make_shared<std::string>();
    cmd->add_option("DESIGN", *file, "Project file (.rackweave)")->required();
    cmd->add_option("-o,--output", *output, "CSV file to write; '-' for standard output")->required();
    const CLI::App* rootApp = &root;
    cmd->callback([=] {
        OpenedProject project = openProjectWithRoutes(*file);
        const Catalog catalog = catalogFor(*rootApp);
        if (!project.routes) {
            std::cerr << "rackweave-cli: note: " << *file << " has no saved routes; routing now (run 'rackweave-cli route' to save them)\n";
            project.routes = Router(project.model, catalog).routeAll();
        }
        if (*output == "-") {
            writeCablesCsv(std::cout, project.model, catalog, *project.routes);
            return;
        }
        const fs::path target(*output);
        const fs::path temp = target.parent_path() / fmt::format(".{}.tmp-{}", target.filename().string(), ::getpid());
        try {
            std::ofstream out(temp, std::ios::binary | std::ios::trunc);
            if (!out) throw std::runtime_error(fmt::format("cannot write '{}'", temp.string()));
            writeCablesCsv(out, project.model, catalog, *project.routes);
            out.close();
            if (!out) throw std::runtime_error(fmt::format("cannot write '{}'", temp.string()));
            fs::rename(temp, target);
        } catch (...) {
            std::error_code ec;
            fs::remove(temp, ec);
            throw;
        }
        std::cout << fmt::format("{}: {} cables\n", *output, project.model.cables().size());
    });
}

}  // namespace rw::cli
