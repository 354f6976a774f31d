#include <iostream>
#include <nlohmann/json.hpp>

#include "Cli.h"
#include "persistence/ProjectFile.h"

namespace rw::cli {

void addInfoCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("info", "Show a project's name, schema version and object counts");
    auto file = std::make_shared<std::string>();
    auto json = std::make_shared<bool>(false);
    cmd->add_option("FILE", *file, "Project file (.rackweave)")->required();
    cmd->add_flag("--json", *json, "Print JSON instead of text");
    cmd->callback([=] {
        const Model model = openProject(*file);
        const auto version = projectSchemaVersion(*file);
        if (*json) {
            nlohmann::ordered_json j;
            j["name"] = model.site.name;
            j["schema_version"] = version;
            j["halls"] = model.halls().size();
            j["racks"] = model.racks().size();
            j["devices"] = model.devices().size();
            j["ports"] = model.ports().size();
            j["links"] = model.links().size();
            j["cables"] = model.cables().size();
            std::cout << j.dump(2) << '\n';
            return;
        }
        std::cout << "Name:           " << model.site.name << '\n'
                  << "Schema version: " << version << '\n'
                  << "Halls:          " << model.halls().size() << '\n'
                  << "Racks:          " << model.racks().size() << '\n'
                  << "Devices:        " << model.devices().size() << '\n'
                  << "Ports:          " << model.ports().size() << '\n'
                  << "Links:          " << model.links().size() << '\n'
                  << "Cables:         " << model.cables().size() << '\n';
    });
}

}  // namespace rw::cli
