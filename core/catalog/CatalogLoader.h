#pragma once
// Builds a Catalog from JSON documents: strict parse of each file, then, once all are read,
// the duplicate-id and reference checks that span files.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/Catalog.h"
#include "catalog/EntryParser.h"

namespace rw {

class CatalogLoader final {
public:
    /// Every *.json below `dir`, recursively, in path order. The directory must exist.
    void addDirectory(const std::filesystem::path& dir);
    void addFile(const std::filesystem::path& file);
    /// One document held in memory; `sourceName` stands for its file in messages.
    void addText(std::string_view text, std::string_view sourceName);
    /// Checks references across everything added and hands the catalog over.
    [[nodiscard]] Catalog finish();

private:
    struct Reference {
        std::size_t entry;
        std::string file;
        catalog_detail::PendingReference ref;
    };
    void addEntry(CatalogEntry entry, const std::string& file, const std::string& path,
                  std::vector<catalog_detail::PendingReference>& refs);

    Catalog catalog_;
    std::vector<Reference> references_;
};

}  // namespace rw
