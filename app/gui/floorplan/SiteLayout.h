#pragma once
// Where each hall lies on the 2D site plan. Every hall has its own floor coordinates (a generator
// that needs three halls gives three identical outlines at the same place), so the plan lays the
// halls out side by side, left to right in id order, with an aisle of open ground between them.
// The first hall keeps its own coordinates; a scene point of any other hall is its model point
// shifted by that hall's offset.
#include <vector>

#include <QPointF>
#include <QRectF>

#include "model/Model.h"

namespace rw::gui {

class SiteLayout {
public:
    /// Open ground between two halls on the plan.
    static constexpr double kGapMm = 12'000;

    SiteLayout() = default;
    explicit SiteLayout(const Model& model);

    /// The scene offset of `hall` (zero for the first hall and for unknown ids).
    [[nodiscard]] QPointF offset(HallId hall) const noexcept {
        return hall.value < offsets_.size() ? offsets_[hall.value] : QPointF();
    }
    /// A hall's point on the plan.
    [[nodiscard]] QPointF toScene(HallId hall, Point2 p) const noexcept;
    /// The hall's model point under a scene point of that hall.
    [[nodiscard]] Point2 toModel(HallId hall, QPointF scene) const noexcept;
    /// The hall whose outline (as laid out) contains `scene`; invalid when none does.
    [[nodiscard]] HallId hallAt(const Model& model, QPointF scene) const;
    /// A scene point as a hall and that hall's model point: the hall under it, or, off every
    /// hall, the one whose laid-out outline is nearest (so a drag leaving a hall keeps its
    /// coordinates) with `inside` false. No hall at all: an invalid hall and the plain point.
    struct Located {
        HallId hall;
        Point2 at;
        bool inside = false;
    };
    [[nodiscard]] Located locate(const Model& model, QPointF scene) const;
    [[nodiscard]] bool isSiteOfSeveralHalls() const noexcept { return halls_ > 1; }

private:
    std::vector<QPointF> offsets_;  // by hall id
    int halls_ = 0;
};

}  // namespace rw::gui
