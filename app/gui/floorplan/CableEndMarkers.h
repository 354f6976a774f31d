#pragma once
// Markers on the focused cable's two ends in the floor plan: a ring around each end rack that
// keeps its size on screen at any zoom, so two racks framed across a whole hall can still be
// found, and for a cable without a route a dashed straight line between them (the gap the
// router could not bridge).
#include <array>

#include <QPointF>

class QGraphicsEllipseItem;
class QGraphicsLineItem;
class QGraphicsScene;

namespace rw::gui {

class CableEndMarkers final {
public:
    /// Ring radius on screen, pixels.
    static constexpr double kRadiusPx = 14.0;

    explicit CableEndMarkers(QGraphicsScene& scene);

    /// Rings at `a` and `b` (scene coordinates); `straightLine` joins them with a dashed line.
    void show(QPointF a, QPointF b, bool straightLine);
    void hide();

    [[nodiscard]] bool isVisible() const;
    [[nodiscard]] bool lineVisible() const;
    /// Where the rings stand (scene coordinates).
    [[nodiscard]] std::array<QPointF, 2> positions() const;

private:
    std::array<QGraphicsEllipseItem*, 2> rings_{};
    QGraphicsLineItem* line_ = nullptr;
};

}  // namespace rw::gui
