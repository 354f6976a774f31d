#include "DesignedFabric.h"

namespace rw::cli {

const std::vector<std::string> kInfiniBandFabrics = {"compute", "storage", "inband"};

}  // namespace rw::cli
