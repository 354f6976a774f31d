// `rackweave-cli export slurm DESIGN -o topology.conf [--slurm-version V] [--plugin tree|block]`:
// the Slurm topology of a design (core/exchange/SlurmTopology.h, docs/exchange.md). The target
// version picks the format: topology.conf before 25.05, topology.yaml from 25.05 on.
#include <fmt/format.h>

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "Cli.h"
#include "OutputFile.h"
#include "exchange/SlurmTopology.h"
#include "persistence/ProjectFile.h"
#include "util/Errors.h"

namespace rw::cli {

namespace {

const std::vector<std::string> kTreeFabrics = {"compute", "storage", "inband"};

}  // namespace

void addExportSlurm(CLI::App& exportCommand) {
    auto* cmd = exportCommand.add_subcommand(
        "slurm", "Write the Slurm topology: tree from a fabric, blocks for NVLink domains (topology.conf or .yaml)");
    auto file = std::make_shared<std::string>();
    auto output = std::make_shared<std::string>();
    auto version = std::make_shared<std::string>("23.11");
    auto plugin = std::make_shared<std::string>("tree");
    auto fabricName = std::make_shared<std::string>("compute");
    cmd->add_option("DESIGN", *file, "Project file (.rackweave)")->required();
    cmd->add_option("-o,--output", *output,
                    "File to write (topology.conf; topology.yaml for Slurm 25.05+); '-' for standard output")
        ->required();
    cmd->add_option("--slurm-version", *version,
                    "Slurm release the file is for (YY.MM, e.g. 22.05, 23.11, 25.05): block needs 23.11+, "
                    "25.05+ gets topology.yaml")
        ->capture_default_str();
    cmd->add_option("--plugin", *plugin, "Topology plugin: tree (switches) or block (NVLink domains, 23.11+)")
        ->check(CLI::IsMember({"tree", "block"}))
        ->capture_default_str();
    cmd->add_option("--fabric", *fabricName, "Fabric the tree describes")
        ->check(CLI::IsMember(kTreeFabrics))
        ->capture_default_str();
    cmd->callback([=] {
        const auto parsed = slurm::parseVersion(*version);
        if (!parsed)
            throw UsageError(fmt::format("--slurm-version '{}': expected a Slurm release as YY.MM, e.g. 23.11", *version));
        slurm::TopologyOptions options;
        options.version = *parsed;
        options.plugin = *plugin == "block" ? slurm::Plugin::Block : slurm::Plugin::Tree;
        options.fabric = *parseEnum<Fabric>(*fabricName);  // checked by IsMember
        const Model model = openProject(*file);
        slurm::TopologySummary summary;
        try {
            writeOutput(*output, [&](std::ostream& out) { summary = slurm::writeTopology(out, model, options); });
        } catch (const InputError& e) {
            throw InputError(fmt::format("{}: {}", *file, e.what()));  // name the design the problem is in
        }
        const bool yaml = summary.format == "yaml";
        if (*output != "-" && yaml != (output->ends_with(".yaml") || output->ends_with(".yml")))
            summary.warnings.push_back(fmt::format("Slurm {} reads {}; the file is named '{}'", *version,
                                                   yaml ? "topology.yaml" : "topology.conf", *output));
        for (const auto& w : summary.warnings) std::cerr << "rackweave-cli: warning: " << w << '\n';
        std::ostream& report = *output == "-" ? std::cerr : std::cout;
        report << fmt::format("{}: Slurm {} {}: {} nodes, {} switches, {} blocks\n", *output == "-" ? "stdout" : *output,
                              *version, summary.format, summary.nodes, summary.switches, summary.blocks);
    });
}

}  // namespace rw::cli
