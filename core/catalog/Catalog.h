#pragma once
// The hardware catalog: every part the generator, router, checks and BOM use, loaded strictly
// from JSON files (format: docs/catalog.md).
//
// Where it is loaded from, in order:
//   1. the shipped catalog   <assets>/catalog        (shippedDirectory())
//   2. the user catalog      $XDG_DATA_HOME/rackweave/catalog, or ~/.local/share/... (userDirectory())
//   3. extra directories     `--catalog DIR` on the command line
// Every *.json file below those directories (recursively, in name order) is read. An id may be
// defined once across all of them: a duplicate is refused, naming both places.
//
// All loading errors are rw::InputError whose message names the file, the JSON path of the
// field and the entry id, e.g.
//   "assets/catalog/switches.json: $.entries[2].ports[0].speed_gbps (entry 'nvidia-qm9700'): expected a number"
#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "catalog/CatalogEntry.h"

namespace rw {

/// What the router asks for: the shortest cable SKU of a media at or above a length.
struct CableQuery {
    Media media = Media::Auto;            // Auto = any data media
    double lengthM = 0.0;                 // routed length incl. slack
    std::optional<Connector> end;         // connector required at side A (any when empty)
    std::uint16_t speedGbps = 0;          // per link, 0 = any
    int linksCarried = 0;                 // 0 = any
};

class Catalog final {
public:
    Catalog() = default;

    /// The shipped catalog plus the user catalog (when that folder exists) plus `extraDirs`
    /// (each must exist). What the CLI and GUI use at start-up.
    [[nodiscard]] static Catalog loadStandard(const std::vector<std::filesystem::path>& extraDirs = {});
    /// The shipped catalog alone: reproducible results in tests, whatever the user has installed.
    [[nodiscard]] static Catalog loadShipped();
    /// Exactly these directories (each must exist), in order.
    [[nodiscard]] static Catalog loadFromDirectories(const std::vector<std::filesystem::path>& dirs);
    /// Exactly these files, in order.
    [[nodiscard]] static Catalog loadFromFiles(const std::vector<std::filesystem::path>& files);
    /// One catalog document held in memory; `sourceName` stands for the file in messages.
    [[nodiscard]] static Catalog fromJsonText(std::string_view text, std::string_view sourceName);

    /// <RACKWEAVE_ASSETS_DIR>/catalog, or <exe dir>/../share/rackweave/catalog in an installed build.
    [[nodiscard]] static std::filesystem::path shippedDirectory();
    /// $XDG_DATA_HOME/rackweave/catalog, else $HOME/.local/share/rackweave/catalog; nullopt
    /// when neither variable is set. The folder need not exist.
    [[nodiscard]] static std::optional<std::filesystem::path> userDirectory();

    [[nodiscard]] const CatalogEntry* find(std::string_view id) const noexcept;
    /// Like find, but an unknown id is an InputError ("unknown catalog entry 'x'").
    [[nodiscard]] const CatalogEntry& get(std::string_view id) const;
    /// Entries of one kind in load order.
    [[nodiscard]] std::vector<const CatalogEntry*> ofKind(CatalogKind kind) const;
    [[nodiscard]] const std::vector<CatalogEntry>& entries() const noexcept { return entries_; }
    [[nodiscard]] std::size_t size() const noexcept { return entries_.size(); }
    [[nodiscard]] bool empty() const noexcept { return entries_.empty(); }
    /// Files read, in order.
    [[nodiscard]] const std::vector<std::filesystem::path>& files() const noexcept { return files_; }

    /// Cables (kind cable) matching the query with lengthM >= query.lengthM, shortest first;
    /// the first one is what to order. Empty when nothing is long enough.
    [[nodiscard]] std::vector<const CatalogEntry*> cablesFor(const CableQuery& query) const;

private:
    friend class CatalogLoader;
    struct IdHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    std::vector<CatalogEntry> entries_;
    std::unordered_map<std::string, std::size_t, IdHash, std::equal_to<>> index_;  // id -> position in entries_
    std::vector<std::filesystem::path> files_;
};

}  // namespace rw
