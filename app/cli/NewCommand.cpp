#include <filesystem>
#include <iostream>

#include "Cli.h"
#include "ProjectWriteGuard.h"
#include "persistence/ProjectFile.h"
#include "project/NewProject.h"

namespace rw::cli {

void addNewCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("new", "Create an empty project with one hall");
    auto file = std::make_shared<std::string>();
    auto name = std::make_shared<std::string>("Untitled site");
    auto force = std::make_shared<bool>(false);
    cmd->add_option("FILE", *file, "Project file to create (.rackweave)")->required();
    cmd->add_option("--name", *name, "Site name")->capture_default_str();
    cmd->add_flag("--force", *force, "Replace FILE if it exists");
    cmd->callback([=] {
        if (std::filesystem::exists(*file) && !*force)
            throw UsageError(*file + ": file exists; pass --force to replace it");
        const ProjectWriteGuard guard(*file, *force);
        saveProject(newProject(*name), *file);
        std::cout << "Created " << *file << '\n';
    });
}

}  // namespace rw::cli
