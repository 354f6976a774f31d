#pragma once
#include <string>

#include "model/Model.h"

namespace rw {

/// An empty project: the site name and one rectangular hall with sensible defaults
/// (60 m x 40 m, 4.5 m ceiling, 1,200 kg/m2 floor), ready for racks.
[[nodiscard]] Model newProject(const std::string& siteName);

}  // namespace rw
