#include "catalog/Catalog.h"

#include <algorithm>
#include <cstdlib>
#include <fmt/format.h>

#include "catalog/CatalogLoader.h"
#include "util/Errors.h"
#include "util/ShippedAssets.h"

namespace rw {

namespace fs = std::filesystem;

Catalog Catalog::loadStandard(const std::vector<fs::path>& extraDirs) {
    CatalogLoader loader;
    loader.addDirectory(shippedDirectory());
    if (auto user = userDirectory()) {
        std::error_code ec;
        if (fs::is_directory(*user, ec)) loader.addDirectory(*user);
    }
    for (const auto& dir : extraDirs) loader.addDirectory(dir);
    return loader.finish();
}

Catalog Catalog::loadShipped() { return loadFromDirectories({shippedDirectory()}); }

Catalog Catalog::loadFromDirectories(const std::vector<fs::path>& dirs) {
    CatalogLoader loader;
    for (const auto& dir : dirs) loader.addDirectory(dir);
    return loader.finish();
}

Catalog Catalog::loadFromFiles(const std::vector<fs::path>& files) {
    CatalogLoader loader;
    for (const auto& file : files) loader.addFile(file);
    return loader.finish();
}

Catalog Catalog::fromJsonText(std::string_view text, std::string_view sourceName) {
    CatalogLoader loader;
    loader.addText(text, sourceName);
    return loader.finish();
}

fs::path Catalog::shippedDirectory() { return shippedAsset("catalog"); }

std::optional<fs::path> Catalog::userDirectory() {
    // XDG Base Directory: a relative XDG_DATA_HOME is invalid and is ignored.
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && xdg[0] == '/')
        return fs::path(xdg) / "rackweave" / "catalog";
    if (const char* home = std::getenv("HOME"); home != nullptr && home[0] != '\0')
        return fs::path(home) / ".local" / "share" / "rackweave" / "catalog";
    return std::nullopt;
}

const CatalogEntry* Catalog::find(std::string_view id) const noexcept {
    const auto it = index_.find(id);
    return it == index_.end() ? nullptr : &entries_[it->second];
}

const CatalogEntry& Catalog::get(std::string_view id) const {
    if (const CatalogEntry* e = find(id)) return *e;
    throw InputError(fmt::format("unknown catalog entry '{}'", id));
}

std::vector<const CatalogEntry*> Catalog::ofKind(CatalogKind kind) const {
    std::vector<const CatalogEntry*> out;
    for (const auto& e : entries_)
        if (e.kind == kind) out.push_back(&e);
    return out;
}

std::vector<const CatalogEntry*> Catalog::cablesFor(const CableQuery& query) const {
    constexpr double kTolerance = 1e-9;
    std::vector<const CatalogEntry*> out;
    for (const auto& e : entries_) {
        if (e.kind != CatalogKind::Cable || !e.cable) continue;
        const CableSpec& c = *e.cable;
        if (query.media != Media::Auto && c.media != query.media) continue;
        if (c.lengthM + kTolerance < query.lengthM) continue;
        if (query.end && c.endA != *query.end && c.endB != *query.end) continue;
        if (query.speedGbps != 0 && c.speedGbps != query.speedGbps) continue;
        if (query.linksCarried != 0 && c.linksCarried != query.linksCarried) continue;
        out.push_back(&e);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const CatalogEntry* a, const CatalogEntry* b) { return a->cable->lengthM < b->cable->lengthM; });
    return out;
}

}  // namespace rw
