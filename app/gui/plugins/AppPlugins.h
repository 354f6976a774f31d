#pragma once
// The desktop app's plugins (docs/plugins.md): one PluginHost for the process, loaded from the
// same folders as rackweave-cli's (the install's, the user's $XDG_DATA_HOME/rackweave/plugins,
// and each `rackweave --plugins DIR`). Their exporters join File > Export (PluginExports.cpp),
// their checks run in the Findings dock (runPluginChecks). A folder is loaded once; a folder that
// appears later (the user's, made while the app runs) is loaded when the next window opens.
#include <filesystem>
#include <vector>

#include "checks/Finding.h"
#include "plugins/PluginHost.h"

namespace rw::gui {

/// Loads every plugin folder not loaded yet and returns the host. Called on the GUI thread.
[[nodiscard]] const PluginHost& appPlugins();

/// Adds a `--plugins DIR` folder, searched after the standard ones from now on.
void addAppPluginDirectory(const std::filesystem::path& dir);

/// Every loaded plugin check run on the design with its default options (findings with source
/// Plugin; a check that throws becomes one error finding naming its file), then one warning per
/// plugin file that was refused, so a broken plugin is visible in the Findings dock.
[[nodiscard]] std::vector<Finding> runPluginChecks(const Model& design, const Catalog& catalog, const RoutingResult* routes);

}  // namespace rw::gui
