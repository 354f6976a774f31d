#pragma once
// What a plugin library exports: two C functions, found by dlsym.
//
//   RACKWEAVE_PLUGIN_EXPORT int rackweave_plugin_api_version() { return rw::plugin::kApiVersion; }
//   RACKWEAVE_PLUGIN_EXPORT void rackweave_plugin_register(rw::plugin::Registry& registry) {
//       registry.exporters.push_back(std::make_unique<MyExporter>());
//   }
//
// The host calls the version function first and never calls register on a mismatch. The
// objects a plugin registers are destroyed before the host unloads the library.
// Only header-only parts of the core headers may be used (data members, inline functions):
// the host does not export its own symbols, so a call into a core .cpp would fail to load.
#include <memory>
#include <vector>

#include "rackweave/plugin/Check.h"
#include "rackweave/plugin/Exporter.h"
#include "rackweave/plugin/Version.h"

namespace rw::plugin {

struct Registry {
    std::vector<std::unique_ptr<Exporter>> exporters;
    std::vector<std::unique_ptr<Check>> checks;
};

}  // namespace rw::plugin

#define RACKWEAVE_PLUGIN_EXPORT extern "C" __attribute__((visibility("default")))

inline constexpr const char* kRackweavePluginVersionSymbol = "rackweave_plugin_api_version";
inline constexpr const char* kRackweavePluginRegisterSymbol = "rackweave_plugin_register";
