#include <stdexcept>

#include "rackweave/plugin/Plugin.h"

RACKWEAVE_PLUGIN_EXPORT int rackweave_plugin_api_version() { return rw::plugin::kApiVersion; }
RACKWEAVE_PLUGIN_EXPORT void rackweave_plugin_register(rw::plugin::Registry&) {
    throw std::runtime_error("the site database is unreachable");
}
