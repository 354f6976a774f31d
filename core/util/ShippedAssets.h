#pragma once
// Where the shipped data (catalog, label stocks, labour rates) is: the installed layout
// <prefix>/share/rackweave next to <prefix>/bin when it exists (a package installs no source
// tree), else the source tree's assets/ this binary was built from.
#include <filesystem>
#include <string_view>

namespace rw {

/// e.g. shippedAsset("labour") -> .../assets/labour or /usr/share/rackweave/labour.
[[nodiscard]] std::filesystem::path shippedAsset(std::string_view folder);

}  // namespace rw
