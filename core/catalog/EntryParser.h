#pragma once
// Reads one catalog entry (common fields, then the fields of its kind) from a strict JSON view.
#include <string>
#include <vector>

#include "catalog/CatalogEntry.h"
#include "catalog/JsonFields.h"

namespace rw::catalog_detail {

/// A reference from one entry to another, checked once every file is loaded.
struct PendingReference {
    std::string path;                 // JSON path of the referring field
    std::string target;               // the id referred to
    std::vector<CatalogKind> kinds;   // kinds allowed for the target; empty = any
};

/// Parses the entry whose fields `fields` exposes; `context.entryId` is set as soon as the id
/// is read so later messages name it. References to other entries are appended to `refs`.
CatalogEntry parseEntry(JsonFields& fields, ErrorContext& context, std::vector<PendingReference>& refs);

/// True for a stable id: lower-case letters, digits, '-', '.', '_' starting with a letter or digit.
bool isValidCatalogId(std::string_view id) noexcept;

}  // namespace rw::catalog_detail
