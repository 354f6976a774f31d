#pragma once
// The design's InfiniBand fabric as `export fabric` writes it, read back as an ibnetdiscover
// capture: the design's side of the as-built check (`verify`) and of the OpenSM files (`export
// opensm`): switch names and "<server>/<NIC port>" node descriptions, the port numbers of the
// export's convention. The CLI and the app (Tools > Verify Installed Fabric, File > Export) both
// go through these functions, so they compare and write the same for the same design.
#include <cstddef>
#include <filesystem>
#include <string_view>

#include "catalog/Catalog.h"
#include "exchange/IbnetdiscoverCapture.h"
#include "exchange/OpenSmGuidFiles.h"
#include "model/Model.h"

namespace rw {

/// Throws InputError naming `designFile` when the fabric cannot be exported (e.g. it has no switch).
[[nodiscard]] IbnetdiscoverCapture designedFabric(const Model& model, std::string_view designFile, Fabric fabric,
                                                  const Catalog& catalog);

}  // namespace rw

namespace rw::opensm {

struct DesignGuidFiles {
    GuidFiles files;
    std::size_t designedNodes = 0;  // nodes of the design's fabric (files.notInInventory is out of these)
};

/// The ftree files for `fabric` of `model` (designed in `designFile`) from the inventory text read
/// from `inventorySource` (an ibnetdiscover capture or a GUID list). GPU nodes' HCAs are the
/// compute nodes. Throws InputError "<inventorySource>:<line>: ..." for a bad inventory.
[[nodiscard]] DesignGuidFiles ftreeGuidFilesFor(const Model& model, const Catalog& catalog, Fabric fabric,
                                                std::string_view designFile, std::string_view inventoryText,
                                                std::string_view inventorySource);

/// Writes root_guid_file, cn_guid_file and node-name-map into `dir` (created if missing), each
/// atomically. Throws InputError naming the path when it cannot be written.
void writeGuidFolder(const std::filesystem::path& dir, const GuidFiles& files);

}  // namespace rw::opensm
