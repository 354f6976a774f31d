#pragma once
// The InfiniBand fabrics `verify` and `export opensm` take with --fabric. The design's side of
// both is core's designedFabric() (core/exchange/DesignedFabric.h), shared with the app.
#include <string>
#include <vector>

namespace rw::cli {

/// The fabric names `--fabric` takes.
extern const std::vector<std::string> kInfiniBandFabrics;

}  // namespace rw::cli
