#include "RoutedDesign.h"

#include <iostream>

#include "router/Router.h"

namespace rw::cli {

OpenedProject openRoutedDesign(const std::string& file, const Catalog& catalog) {
    OpenedProject project = openProjectWithRoutes(file);
    if (!project.routes) {
        std::cerr << "rackweave-cli: note: " << file << " has no saved routes; routing now (run 'rackweave-cli route' to save them)\n";
        project.routes = routeOnce(project.model, catalog);
    }
    return project;
}

}  // namespace rw::cli
