#include <filesystem>

#include "Cli.h"

namespace rw::cli {

Catalog catalogFor(const CLI::App& root) {
    std::vector<std::filesystem::path> dirs;
    for (const auto& d : root.get_option("--catalog")->results()) dirs.emplace_back(d);
    return Catalog::loadStandard(dirs);
}

}  // namespace rw::cli
