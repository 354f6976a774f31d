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
    auto hall = std::make_shared<NewHallSize>();
    cmd->add_option("--width-m", hall->widthM, "The hall's width in metres")->capture_default_str()->check(CLI::Range(5.0, 1000.0));
    cmd->add_option("--depth-m", hall->depthM, "The hall's depth in metres")->capture_default_str()->check(CLI::Range(5.0, 1000.0));
    cmd->callback([=] {
        if (std::filesystem::exists(*file) && !*force)
            throw UsageError(*file + ": file exists; pass --force to replace it");
        const ProjectWriteGuard guard(*file, *force);
        saveProject(newProject(*name, *hall), *file);
        std::cout << "Created " << *file << '\n';
    });
}

}  // namespace rw::cli
