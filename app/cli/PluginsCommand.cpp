// Plugins in the CLI (docs/plugins.md): `--plugins DIR` (repeatable, before the command),
// `plugins list`, each plugin exporter as `export NAME`, and plugin checks in `check` with their
// options as `--CHECK-OPTION VALUE`. Plugins load before the command line is parsed, because
// their exporters and options become part of it; a refused plugin is named on standard error
// and the command goes on without it.
#include <fmt/format.h>

#include <deque>
#include <iostream>
#include <map>
#include <memory>
#include <string_view>

#include "Cli.h"
#include "OutputFile.h"
#include "RoutedDesign.h"

namespace rw::cli {

namespace fs = std::filesystem;

PluginHost& cliPlugins() {
    static PluginHost host;
    return host;
}

namespace {

// The folders loadCliPlugins read, `--plugins` ones included, for `plugins list`.
std::vector<fs::path>& searchedDirectories() {
    static std::vector<fs::path> dirs;
    return dirs;
}

}  // namespace

void loadCliPlugins(int argc, char** argv) {
    std::vector<fs::path> extra;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--plugins" && i + 1 < argc) extra.emplace_back(argv[++i]);
        else if (arg.starts_with("--plugins=")) extra.emplace_back(arg.substr(10));
    }
    PluginHost& host = cliPlugins();
    searchedDirectories() = PluginHost::standardDirectories(extra);
    for (const fs::path& dir : searchedDirectories()) host.loadDirectory(dir);
    for (const PluginLoadProblem& p : host.problems())
        std::cerr << fmt::format("rackweave-cli: warning: plugin {} refused: it {}\n", p.file.string(), p.reason);
}

namespace {

void listPlugins(const PluginHost& host) {
    for (const fs::path& dir : searchedDirectories()) std::cout << "searched " << dir.string() << '\n';
    for (const LoadedExporter& e : host.exporters())
        std::cout << fmt::format("exporter {:<20} {} ({})\n", e.exporter->name(), e.exporter->description(), e.file.string());
    for (const LoadedCheck& c : host.checks())
        std::cout << fmt::format("check    {:<20} {} ({})\n", c.check->name(), c.check->description(), c.file.string());
    for (const PluginLoadProblem& p : host.problems())
        std::cout << fmt::format("refused  {}: it {}\n", p.file.string(), p.reason);
    std::cout << fmt::format("{} exporters, {} checks, {} refused\n", host.exporters().size(), host.checks().size(),
                             host.problems().size());
}

void addPluginExporter(CLI::App& exportCommand, const CLI::App& root, const LoadedExporter& loaded) {
    const plugin::Exporter& exporter = *loaded.exporter;
    auto* cmd = exportCommand.add_subcommand(exporter.name(), exporter.description() + " [plugin]");
    auto file = std::make_shared<std::string>();
    auto output = std::make_shared<std::string>();
    auto values = std::make_shared<plugin::OptionValues>();
    cmd->add_option("DESIGN", *file, "Project file (.rackweave)")->required();
    cmd->add_option("-o,--output", *output, "File to write; '-' for standard output")->required();
    for (const plugin::OptionSpec& spec : exporter.options())
        cmd->add_option("--" + spec.name, (*values)[spec.name], spec.description)->default_str(spec.defaultValue);
    const CLI::App* rootApp = &root;
    const LoadedExporter* which = &loaded;
    cmd->callback([=] {
        const Catalog catalog = catalogFor(*rootApp);
        const OpenedProject project = openRoutedDesign(*file, catalog);
        plugin::OptionValues given;
        for (const auto& [name, value] : *values)
            if (cmd->count("--" + name) > 0) given[name] = value;
        writeOutput(*output, [&](std::ostream& out) {
            PluginHost::runExporter(*which, project.model, catalog, *project.routes, given, out);
        });
        (*output == "-" ? std::cerr : std::cout) << fmt::format("{}: written by plugin exporter {}\n", *output, which->exporter->name());
    });
}

}  // namespace

void addPluginsCommand(CLI::App& app) {
    // Read from argv before parsing (loadCliPlugins); declared here so the parser accepts it.
    app.add_option("--plugins", "Extra plugin folder (repeatable), read after the installed and user plugins")
        ->type_name("DIR")
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
        ->check(CLI::ExistingDirectory);
    auto* plugins = app.add_subcommand("plugins", "Plugins: exporters and checks loaded from shared libraries");
    plugins->require_subcommand(1);
    plugins->add_subcommand("list", "List loaded plugins, their exporters and checks, and any refused")->callback([] {
        listPlugins(cliPlugins());
    });
}

void addPluginExporters(CLI::App& exportCommand, const CLI::App& root) {
    for (const LoadedExporter& e : cliPlugins().exporters()) {
        const std::string name = e.exporter->name();
        if (!exportCommand.get_subcommands([&](const CLI::App* s) { return s->get_name() == name; }).empty()) {
            std::cerr << fmt::format("rackweave-cli: warning: plugin {}: exporter '{}' clashes with a built-in export; "
                                     "skipped\n", e.file.string(), name);
            continue;
        }
        addPluginExporter(exportCommand, root, e);
    }
}

PluginChecks addPluginCheckOptions(CLI::App& check) {
    struct Given {
        std::size_t check;  // index in cliPlugins().checks()
        std::string option;
        std::string value;  // bound to `--CHECK-OPTION`, the declared default until given
    };
    auto given = std::make_shared<std::deque<Given>>();  // deque: the bound values never move
    const auto& checks = cliPlugins().checks();
    for (std::size_t i = 0; i < checks.size(); ++i)
        for (const plugin::OptionSpec& spec : checks[i].check->options()) {
            Given& g = given->emplace_back(Given{i, spec.name, spec.defaultValue});
            check.add_option(fmt::format("--{}-{}", checks[i].check->name(), spec.name), g.value,
                             fmt::format("[plugin {}] {}", checks[i].check->name(), spec.description))
                ->capture_default_str();
        }
    return [given](const Model& model, const Catalog& catalog, const RoutingResult* routes) {
        std::vector<Finding> findings;
        const auto& loaded = cliPlugins().checks();
        for (std::size_t i = 0; i < loaded.size(); ++i) {
            plugin::OptionValues values;
            for (const Given& g : *given)
                if (g.check == i) values[g.option] = g.value;
            std::vector<Finding> more = PluginHost::runCheck(loaded[i], model, catalog, routes, values);
            findings.insert(findings.end(), more.begin(), more.end());
        }
        return findings;
    };
}

}  // namespace rw::cli
