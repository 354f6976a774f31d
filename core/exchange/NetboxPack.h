#pragma once
// The NetBox import pack (docs/exchange.md): the CSV files a NetBox 4.0-4.6 bulk import takes,
// in import order and named so, the device-type YAMLs of every catalog entry the design uses,
// and a README saying the order. Column sets follow netbox/dcim/forms/bulk_import.py (formats.md
// s.1); where NetBox versions differ the target version picks the columns:
// - cables: side_a_site/side_b_site from 4.3.5 (device names resolved within the site);
// - power cables from a rack PDU to its power feed: only from 4.5.8 (side_b_power_panel); an
//   older NetBox cannot import that end, so those rows are left out and the README says so.
// NetBox imports one file in one database transaction, so a table longer than `rowsPerFile` is
// split into numbered parts (07-cables-001.csv, 07-cables-002.csv, ...).
// CSV meant for NetBox is written as it is: no spreadsheet formula escaping ("-48V" must stay).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/Catalog.h"
#include "model/Model.h"
#include "router/RoutingResult.h"

namespace rw::netbox {

struct Version {
    int major = 4;
    int minor = 6;
    int patch = 0;
    friend auto operator<=>(const Version&, const Version&) = default;
};
/// "4.3" or "4.3.5"; nullopt unless a release 4.0 to 4.6.
[[nodiscard]] std::optional<Version> parseVersion(std::string_view text) noexcept;
inline constexpr Version kFirstSiteColumns{4, 3, 5};
inline constexpr Version kFirstPowerPanelEnds{4, 5, 8};

struct PackOptions {
    Version version;
    std::size_t rowsPerFile = 5000;  // NetBox's default MAX_PAGE_SIZE-sized batches stay quick
};

struct PackFile {
    std::string path;  // relative to the pack folder, e.g. "07-cables-002.csv", "device-types/x.yaml"
    std::string text;
};

struct PackSummary {
    std::int64_t racks = 0;
    std::int64_t devices = 0;
    std::int64_t cables = 0;
    std::int64_t powerCables = 0;
    std::int64_t deviceTypes = 0;
    std::vector<std::string> warnings;
};

/// The whole pack, files in import order. `routes` gives cable lengths and media (a cable the
/// router left alone gets its pinned length or none). Throws InputError for a device whose
/// catalog entry is unknown or a rack without a hall.
[[nodiscard]] std::vector<PackFile> netboxPack(const Model& model, const Catalog& catalog, const RoutingResult& routes,
                                               const PackOptions& options, PackSummary* summary = nullptr);

}  // namespace rw::netbox
