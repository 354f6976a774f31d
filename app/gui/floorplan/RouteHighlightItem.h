#pragma once
// The focused cable's route on the floor plan: its tray segments as a bright line with a dark
// casing, over everything else, readable at any zoom (cosmetic pens).
#include <vector>

#include <QGraphicsItem>

namespace rw::gui {

class RouteHighlightItem final : public QGraphicsItem {
public:
    static constexpr int kType = UserType + 3;
    /// The highlight's colour, for tests looking for it in a screenshot.
    static QColor colour();

    RouteHighlightItem();

    /// The runs to draw (scene coordinates); empty hides the item.
    void setLines(std::vector<QLineF> lines);
    [[nodiscard]] const std::vector<QLineF>& lines() const noexcept { return lines_; }

    [[nodiscard]] int type() const override { return kType; }
    [[nodiscard]] QRectF boundingRect() const override { return bounds_; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    std::vector<QLineF> lines_;
    QRectF bounds_;
};

}  // namespace rw::gui
