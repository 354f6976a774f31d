#include "RackSelection.h"

#include <algorithm>

namespace rw::gui {

bool RackSelection::contains(RackId id) const noexcept {
    return std::binary_search(racks_.begin(), racks_.end(), id,
                              [](RackId a, RackId b) { return a.value < b.value; });
}

void RackSelection::set(std::vector<RackId> racks) {
    const auto less = [](RackId a, RackId b) { return a.value < b.value; };
    std::sort(racks.begin(), racks.end(), less);
    racks.erase(std::unique(racks.begin(), racks.end()), racks.end());
    if (racks == racks_) return;
    racks_ = std::move(racks);
    emit changed();
}

void RackSelection::dropMissing(const Model& model) {
    std::vector<RackId> kept;
    kept.reserve(racks_.size());
    for (RackId id : racks_)
        if (model.racks().contains(id)) kept.push_back(id);
    if (kept.size() != racks_.size()) set(std::move(kept));
}

}  // namespace rw::gui
