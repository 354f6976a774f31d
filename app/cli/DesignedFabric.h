#pragma once
// The design's InfiniBand fabric as `export fabric` writes it, read back as an ibnetdiscover
// capture: the design's side of `verify` and of `export opensm` (switch names and
// "<server>/<NIC port>" node descriptions, the port numbers of the export's convention).
#include <string>
#include <vector>

#include "catalog/Catalog.h"
#include "exchange/IbnetdiscoverCapture.h"
#include "model/Model.h"

namespace rw::cli {

/// The fabric names `--fabric` takes.
extern const std::vector<std::string> kInfiniBandFabrics;

/// Throws InputError naming `file` (the design) when the fabric cannot be exported.
[[nodiscard]] IbnetdiscoverCapture designedFabric(const Model& model, const std::string& file, const std::string& fabricName,
                                                  const Catalog& catalog);

}  // namespace rw::cli
