// `rackweave-cli export opensm DESIGN --guids INVENTORY -o DIR [--fabric F]`: OpenSM's ftree files
// once the installed fabric's GUIDs are known (core/exchange/OpenSmGuidFiles.h, docs/exchange.md):
// root_guid_file, cn_guid_file and node-name-map in DIR. INVENTORY is an ibnetdiscover capture or
// a GUID list; a bad one (not either, unknown names, duplicate GUIDs) exits 2 naming file and line.
#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "Cli.h"
#include "DesignedFabric.h"
#include "exchange/DesignedFabric.h"
#include "persistence/ProjectFile.h"
#include "util/Errors.h"

namespace rw::cli {

namespace {

std::string readText(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(fmt::format("{}: cannot read the GUID inventory", file));
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

void addExportOpensm(CLI::App& exportCommand, const CLI::App& root) {
    auto* cmd = exportCommand.add_subcommand(
        "opensm", "Write OpenSM ftree files for the installed fabric: root_guid_file, cn_guid_file, node-name-map");
    auto file = std::make_shared<std::string>();
    auto guids = std::make_shared<std::string>();
    auto output = std::make_shared<std::string>();
    auto fabricName = std::make_shared<std::string>("compute");
    cmd->add_option("DESIGN", *file, "Project file (.rackweave)")->required();
    cmd->add_option("--guids", *guids, "The installed fabric's GUIDs: ibnetdiscover output or a GUID list ('name guid [port-guid...]')")
        ->required();
    cmd->add_option("-o,--output", *output, "Folder to write the three files into (created if missing)")->required();
    cmd->add_option("--fabric", *fabricName, "InfiniBand fabric of the design (default compute)")
        ->check(CLI::IsMember(kInfiniBandFabrics));
    const CLI::App* rootApp = &root;
    cmd->callback([=] {
        const Catalog catalog = catalogFor(*rootApp);
        const Model model = openProject(*file);
        const auto [files, designedNodes] = opensm::ftreeGuidFilesFor(
            model, catalog, *parseEnum<Fabric>(*fabricName), *file, readText(*guids), *guids);  // checked by IsMember
        opensm::writeGuidFolder(*output, files);
        std::cout << fmt::format("{}: {} root switches, {} compute node ports, {} nodes named ({} of the design's {} nodes "
                                 "have no GUID in {})\n",
                                 *output, files.roots, files.computePorts, files.named, files.notInInventory.size(),
                                 designedNodes, *guids);
        if (!files.notInInventory.empty())
            std::cerr << fmt::format("warning: {} has no GUID for {} designed node(s), e.g. \"{}\": they are left out of the files\n",
                                     *guids, files.notInInventory.size(), files.notInInventory.front());
    });
}

}  // namespace rw::cli
