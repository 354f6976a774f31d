#include "exchange/PackFolder.h"

#include <fmt/format.h>
#include <unistd.h>

#include <fstream>
#include <regex>
#include <set>

#include "util/Errors.h"

namespace rw::netbox {

namespace fs = std::filesystem;

bool isPackName(const std::string& name) {
    static const std::regex pattern(R"(0[0-9][a-c]?-[a-z-]+(-[0-9]{3})?\.(csv|yaml)|00b-device-types)");
    return std::regex_match(name, pattern);
}

namespace {

void writeFile(const fs::path& target, const std::string& text) {
    const fs::path temp = target.parent_path() / fmt::format(".{}.tmp-{}", target.filename().string(), ::getpid());
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (out) out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.close();
    std::error_code ec;
    if (out) fs::rename(temp, target, ec);
    if (!out || ec) {
        fs::remove(temp, ec);
        throw InputError(fmt::format("{}: cannot write file", target.string()));
    }
}

// Removes what an earlier pack wrote in `dir` that this one does not (`kept`: relative paths).
void removeStale(const fs::path& dir, const std::set<std::string>& kept) {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        const std::string name = e.path().filename().string();
        if (!isPackName(name)) continue;
        if (e.is_directory()) {
            for (const auto& y : fs::directory_iterator(e.path(), ec))
                if (y.path().extension() == ".yaml" && !kept.contains(name + "/" + y.path().filename().string()))
                    fs::remove(y.path(), ec);
        } else if (!kept.contains(name)) {
            fs::remove(e.path(), ec);
        }
    }
}

}  // namespace

void writePackFolder(const fs::path& dir, const std::vector<PackFile>& files) {
    std::error_code ec;
    if (fs::exists(dir, ec) && !fs::is_directory(dir, ec))
        throw InputError(fmt::format("{}: exists and is not a folder", dir.string()));
    std::set<std::string> kept;
    for (const PackFile& f : files) {
        const fs::path target = dir / f.path;
        fs::create_directories(target.parent_path(), ec);
        if (ec) throw InputError(fmt::format("{}: cannot create folder: {}", target.parent_path().string(), ec.message()));
        writeFile(target, f.text);
        kept.insert(f.path);
    }
    removeStale(dir, kept);
}

}  // namespace rw::netbox
