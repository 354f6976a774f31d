#pragma once
// The catalog the editing tools read -- rack footprints for snapping, aligning and pasting, rack
// types for "place a row", parts for the palette -- set once by MainWindow::useCatalog. Until
// then (or when the catalog failed to load) racks count as 600 x 1200 mm, as the views draw them.
#include <string_view>

#include "edit/ArrangeCommands.h"
#include "model/Model.h"

namespace rw {
class Catalog;
}

namespace rw::gui {

class EditingCatalog final {
public:
    /// `catalog` must outlive this object.
    void use(const Catalog& catalog) noexcept { catalog_ = &catalog; }
    /// Null until use() is called.
    [[nodiscard]] const Catalog* catalog() const noexcept { return catalog_; }

    /// Floor extents (x, y) of a rack of catalog type `type` turned by `rotation`.
    [[nodiscard]] cmd::FloorExtent footprint(std::string_view type, Rotation rotation) const;
    /// The same for racks of a model, for cmd::alignRacks and friends.
    [[nodiscard]] cmd::FootprintFn footprintFn() const;

private:
    const Catalog* catalog_ = nullptr;
};

}  // namespace rw::gui
