// Built for an API version the host does not have: must be refused before register runs.
#include <stdexcept>

#include "rackweave/plugin/Plugin.h"

RACKWEAVE_PLUGIN_EXPORT int rackweave_plugin_api_version() { return rw::plugin::kApiVersion + 41; }
RACKWEAVE_PLUGIN_EXPORT void rackweave_plugin_register(rw::plugin::Registry&) {
    throw std::logic_error("register must not be called on a version mismatch");
}
