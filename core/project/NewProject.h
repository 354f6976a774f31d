#pragma once
#include <string>

#include "model/Model.h"

namespace rw {

/// The one hall a new project starts with. Defaults: 60 m x 40 m (a common AI data hall module),
/// 4.5 m ceiling, 1,200 kg/m2 floor rating.
struct NewHallSize {
    double widthM = 60.0;
    double depthM = 40.0;
    double ceilingM = 4.5;
    double floorKgPerM2 = 1200.0;
};

/// An empty project: the site name and one rectangular hall of `hall`'s size, ready for racks.
[[nodiscard]] Model newProject(const std::string& siteName, const NewHallSize& hall = {});

}  // namespace rw
