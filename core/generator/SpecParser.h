#pragma once
// Strict parsing of a cluster spec (JSON). An unknown key, a wrong type, an unknown catalog id or an
// impossible value is an rw::InputError naming the file and the JSON path
// ("spec.json: $.fabrics.compute.tiers: expected \"auto\" or 1..4").
#include <filesystem>
#include <string_view>

#include "catalog/Catalog.h"
#include "generator/ClusterSpec.h"

namespace rw {

[[nodiscard]] ClusterSpec parseSpecFile(const std::filesystem::path& file, const Catalog& catalog);
[[nodiscard]] ClusterSpec parseSpecText(std::string_view text, std::string_view sourceName, const Catalog& catalog);

}  // namespace rw
