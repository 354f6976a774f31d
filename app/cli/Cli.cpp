#include "Cli.h"

#include <iostream>

#include "persistence/ProjectFile.h"
#include "util/Errors.h"

namespace rw::cli {

namespace {

void registerCommands(CLI::App& app, const std::function<void(CLI::App&)>& addPrint) {
    addNewCommand(app);
    addInfoCommand(app);
    addStatsCommand(app);
    CLI::App* exportCommand = addExportCommand(app);
    addExportCables(*exportCommand, app);
    addExportBom(*exportCommand, app);
    addExportPlan(*exportCommand, app);
    addExportSlurm(*exportCommand);
    addExportNetbox(*exportCommand, app);
    addExportOpensm(*exportCommand, app);
    addExportXlsx(*exportCommand, app);
    addExportGltf(*exportCommand, app);
    addPluginExporters(*exportCommand, app);
    addPluginsCommand(app);
    addCatalogCommand(app);
    addGenerateCommand(app);
    addRouteCommand(app);
    addPlanCommand(app);
    addCheckCommand(app);
    addVerifyCommand(app);
    if (addPrint) addPrint(app);
}

int reportParseError(const CLI::App& app, const CLI::ParseError& e) {
    if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {
        // --help and --version land here.
        std::cout << (e.get_name() == "CallForHelp" || e.get_name() == "CallForAllHelp" ? app.help() : e.what())
                  << (e.get_name() == "CallForVersion" ? "\n" : "");
        return kExitOk;
    }
    std::cerr << "rackweave-cli: " << e.what() << "\nRun 'rackweave-cli --help' for usage.\n";
    return kExitBadInput;
}

}  // namespace

int run(int argc, char** argv, const std::function<void(CLI::App&)>& addPrint) {
    CLI::App app{"Rackweave: data-center layout and cabling designer for AI GPU clusters", "rackweave-cli"};
    app.set_version_flag("--version", std::string("rackweave-cli ") + RACKWEAVE_VERSION);
    app.require_subcommand(1);
    app.fallthrough(false);
    loadCliPlugins(argc, argv);
    registerCommands(app, addPrint);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        // `rackweave-cli SUB --help` prints the help of that subcommand.
        const CLI::App* target = &app;
        for (const CLI::App* sub : app.get_subcommands()) target = sub;
        std::cout << target->help();
        return kExitOk;
    } catch (const CLI::ParseError& e) {
        return reportParseError(app, e);
    } catch (const ChecksFailed& e) {
        std::cerr << "rackweave-cli: " << e.what() << '\n';
        return kExitFailure;
    } catch (const UsageError& e) {
        std::cerr << "rackweave-cli: " << e.what() << '\n';
        return kExitBadInput;
    } catch (const ProjectFileError& e) {
        std::cerr << "rackweave-cli: " << e.what() << '\n';
        return e.reason() == ProjectFileError::Reason::Io ? kExitFailure : kExitBadInput;
    } catch (const InputError& e) {
        std::cerr << "rackweave-cli: " << e.what() << '\n';
        return kExitBadInput;
    } catch (const std::exception& e) {
        std::cerr << "rackweave-cli: error: " << e.what() << '\n';
        return kExitFailure;
    }
    return kExitOk;
}

}  // namespace rw::cli
