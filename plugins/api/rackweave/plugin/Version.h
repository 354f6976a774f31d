#pragma once
// The plugin API version. A plugin reports the version it was compiled against and the host
// refuses any other: the API hands C++ objects (Model, Catalog, RoutingResult, std::string)
// across the library boundary, so a plugin must be built with the same headers and compiler
// family as the host. Bump kApiVersion whenever a header in this folder, or a core struct it
// exposes (model/, catalog/Catalog.h, router/RoutingResult.h, checks/Finding.h), changes layout.
namespace rw::plugin {

inline constexpr int kApiVersion = 1;

}  // namespace rw::plugin
