// Has the version function but no register function.
#include "rackweave/plugin/Plugin.h"

RACKWEAVE_PLUGIN_EXPORT int rackweave_plugin_api_version() { return rw::plugin::kApiVersion; }
