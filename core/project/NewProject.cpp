#include "project/NewProject.h"

#include <cmath>

namespace rw {

Model newProject(const std::string& siteName, const NewHallSize& size) {
    Model m;
    m.site.name = siteName;
    Hall hall;
    hall.name = "Hall 1";
    const auto mm = [](double metres) { return static_cast<std::int32_t>(std::lround(metres * 1000.0)); };
    hall.outline = {{0, 0}, {mm(size.widthM), 0}, {mm(size.widthM), mm(size.depthM)}, {0, mm(size.depthM)}};
    hall.ceilingHeightMm = mm(size.ceilingM);
    hall.floorLoadKgPerM2 = size.floorKgPerM2;
    m.halls().add(std::move(hall));
    return m;
}

}  // namespace rw
