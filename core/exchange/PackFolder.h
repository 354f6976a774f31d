#pragma once
// Writes a multi-file export (the NetBox import pack) into a folder, the same way for the CLI
// and the app: each file written beside its target and renamed over it, so an interrupted
// export never leaves half a file, and parts a previous, larger export left (07-cables-004.csv
// when the hall is now three parts long) removed, so the folder holds exactly one pack.
#include <filesystem>
#include <string>
#include <vector>

#include "exchange/NetboxPack.h"

namespace rw::netbox {

/// Creates `dir` if needed. Throws InputError naming the path when it cannot be written.
void writePackFolder(const std::filesystem::path& dir, const std::vector<PackFile>& files);

/// True for names the pack writes ("03-racks.csv", "07-cables-002.csv", "00b-device-types").
[[nodiscard]] bool isPackName(const std::string& name);

}  // namespace rw::netbox
