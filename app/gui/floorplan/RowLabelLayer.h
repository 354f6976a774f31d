#pragma once
// The floor plan's row names, drawn as one item at a constant screen size. Zoomed out, a big hall
// has far more rows than fit on screen: a label is drawn only where it overlaps no label already
// drawn (rows in model order, so the same ones win at the same zoom), and no label is drawn at
// all once the rows are packed too tight to tell apart.
#include <vector>

#include <QGraphicsItem>
#include <QString>

#include "model/Id.h"

namespace rw {
class Model;
}

namespace rw::gui {

class SiteLayout;

class RowLabelLayer final : public QGraphicsItem {
public:
    static constexpr int kType = UserType + 5;

    RowLabelLayer();

    /// Takes the named rows of `model`, placed by `site`; `area` is the scene rectangle they
    /// may draw into.
    void rebuild(const Model& model, const SiteLayout& site, const QRectF& area);

    [[nodiscard]] std::size_t labelCount() const noexcept { return labels_.size(); }
    /// The labels drawn at `pixelsPerMm` (by index into the rows taken), in model order.
    [[nodiscard]] std::vector<QString> visibleLabels(double pixelsPerMm) const;
    /// The row whose label is drawn at scene point `at` at `pixelsPerMm`; invalid off every label.
    [[nodiscard]] RowId rowAt(QPointF at, double pixelsPerMm) const;
    /// Greedy decluttering: keeps each rectangle that overlaps none kept before it.
    [[nodiscard]] static std::vector<bool> keepNonOverlapping(const std::vector<QRectF>& rects);

    [[nodiscard]] int type() const override { return kType; }
    [[nodiscard]] QRectF boundingRect() const override { return area_; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    struct Label {
        RowId row;
        QString text;
        QPointF at;  // scene position of the row's origin
    };
    /// Which labels show at `pixelsPerMm` (cached per zoom, so a partial repaint while panning
    /// draws the same set as the full one).
    const std::vector<bool>& shownAt(double pixelsPerMm) const;
    [[nodiscard]] QRectF screenRect(const Label& label, double pixelsPerMm) const;

    std::vector<Label> labels_;
    QRectF area_;
    mutable double cachedScale_ = -1.0;
    mutable std::vector<bool> cachedShown_;
};

}  // namespace rw::gui
