#include "project/NewProject.h"

namespace rw {

Model newProject(const std::string& siteName) {
    Model m;
    m.site.name = siteName;
    Hall hall;
    hall.name = "Hall 1";
    hall.outline = {{0, 0}, {60'000, 0}, {60'000, 40'000}, {0, 40'000}};
    m.halls().add(std::move(hall));
    return m;
}

}  // namespace rw
