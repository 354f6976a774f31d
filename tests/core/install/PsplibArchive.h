#pragma once
// PSPLIB instances for tests. The sets are not in the repository (PSPLIB states no licence); they
// are read from ../shared/data/psplib beside the source tree, and tests skip when it is absent.
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "../persistence/TempDir.h"

namespace rw::test {

inline std::filesystem::path psplibArchive(const std::string& set) {
    return std::filesystem::path(RACKWEAVE_SOURCE_DIR) / ".." / "shared" / "data" / "psplib" / (set + ".sm.tar.gz");
}

/// Unpacks the named members of `set`'s archive into `dir`; false when the archive is missing or
/// tar fails.
inline bool unpackPsplib(const std::string& set, const std::vector<std::string>& members, const TempDir& dir) {
    const auto archive = psplibArchive(set);
    if (!std::filesystem::exists(archive)) return false;
    std::string command = "tar -xzf '" + archive.string() + "' -C '" + dir.path().string() + "'";
    for (const auto& m : members) command += " '" + m + "'";
    return std::system(command.c_str()) == 0;
}

}  // namespace rw::test
