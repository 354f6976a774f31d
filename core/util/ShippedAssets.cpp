#include "util/ShippedAssets.h"

#include <system_error>

namespace rw {

namespace fs = std::filesystem;

fs::path shippedAsset(std::string_view folder) {
    // The installed layout first: a package built on this machine must not read its build tree.
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path installed = exe.parent_path().parent_path() / "share" / "rackweave" / folder;
        if (fs::is_directory(installed, ec)) return installed;
    }
    return fs::path(RACKWEAVE_ASSETS_DIR) / folder;  // the build tree (or, missing, named in the error)
}

}  // namespace rw
