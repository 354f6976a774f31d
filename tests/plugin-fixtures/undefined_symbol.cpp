// Calls a function nobody defines: the library cannot be loaded with RTLD_NOW.
#include "rackweave/plugin/Plugin.h"

extern "C" int rackweave_fixture_function_nobody_defines();

RACKWEAVE_PLUGIN_EXPORT int rackweave_plugin_api_version() { return rackweave_fixture_function_nobody_defines(); }
RACKWEAVE_PLUGIN_EXPORT void rackweave_plugin_register(rw::plugin::Registry&) {}
