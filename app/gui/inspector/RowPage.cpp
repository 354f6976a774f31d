#include "inspector/RowPage.h"

#include <string>

namespace rw::gui {

bool RowPage::shows(const Model& model, EntityRef ref) const {
    return ref.kind == EntityKind::Row && model.rows().contains(RowId(ref.id));
}

std::vector<PropertyValue> RowPage::rows(const Model& model, EntityRef ref) const {
    const RowId id(ref.id);
    const Row& row = model.rows()[id];
    std::size_t racks = 0;
    std::string first, last;  // in id order, as the row was placed
    model.racks().forEach([&](RackId, const Rack& r) {
        if (r.row != id) return;
        ++racks;
        if (first.empty()) first = r.name;
        last = r.name;
    });
    const Hall* hall = model.halls().find(row.hall);
    return {{"hall", hall ? hall->name : std::string(), false},
            {"racks", std::to_string(racks), false},
            {"first_last", racks == 0 ? std::string() : first + " ... " + last, false}};
}

}  // namespace rw::gui
