#pragma once
// Converts NetBox device-type library YAML (https://github.com/netbox-community/devicetype-library)
// into catalog entries. NetBox knows names, heights, weights, airflow and connectors but not heat,
// dimensions or GPU details: what is filled in from assumptions is marked as an estimate, and
// every NetBox field that has no catalog meaning is reported, never dropped silently.
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/CatalogEnums.h"

namespace rw {

struct NetboxImport {
    std::string id;
    nlohmann::ordered_json entry;       // one catalog entry in the catalog file format
    std::vector<std::string> unused;    // "module-bays: no catalog equivalent", one per field
    std::vector<std::string> assumed;   // what was filled in as an estimate and why
};

/// Kinds an import can produce (NetBox has nothing to fill a GPU server's or rack's own fields).
[[nodiscard]] bool netboxImportable(CatalogKind kind) noexcept;

/// Reads one device-type YAML file. `kind` overrides the guess (power outlets -> pdu, front/rear
/// ports only -> patch-panel, 12+ data interfaces -> switch, else appliance). Bad YAML and
/// unusable values are rw::InputError naming the file, the line and the reason.
[[nodiscard]] NetboxImport importNetboxDeviceType(const std::filesystem::path& file,
                                                  std::optional<CatalogKind> kind = std::nullopt);
[[nodiscard]] NetboxImport importNetboxDeviceTypeText(std::string_view yaml, std::string_view sourceName,
                                                      std::optional<CatalogKind> kind = std::nullopt);

/// A complete catalog document holding `entries`.
[[nodiscard]] nlohmann::ordered_json catalogDocument(const std::vector<nlohmann::ordered_json>& entries,
                                                     std::string_view description);

}  // namespace rw
