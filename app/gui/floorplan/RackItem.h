#pragma once
// One rack on the floor plan: its rotated footprint filled in its role's colour, a dark bar on
// the front edge, and its name when zoomed in far enough to read it.
#include <QGraphicsItem>

#include "RackAppearance.h"
#include "model/Model.h"

namespace rw::gui {

class RackItem final : public QGraphicsItem {
public:
    static constexpr int kType = UserType + 1;

    explicit RackItem(RackId id);

    [[nodiscard]] RackId rackId() const noexcept { return id_; }
    [[nodiscard]] QString name() const { return name_; }
    /// Takes the rack's position, rotation, role and name; `size` is its unrotated box and
    /// `hallOffset` where its hall lies on the site plan (SiteLayout).
    void sync(const Rack& rack, render::BoxSizeMm size, QPointF hallOffset = {});
    /// A colour mode's fill for this rack; an invalid colour goes back to the role's colour.
    void setFillOverride(const QColor& colour);
    /// The colour mode's figure for this rack ("41.2 kW"), shown under its name in the tooltip;
    /// empty = the name alone.
    void setNote(const QString& note);
    /// Not yet built on the install plan's day (Install Plan dock): drawn see-through, a ghost
    /// of where the rack will stand. Independent of the colour mode's fill.
    void setFaded(bool faded);
    [[nodiscard]] bool isFaded() const noexcept { return faded_; }
    /// The fill it is drawn with now.
    [[nodiscard]] QColor fillColor() const { return override_.isValid() ? override_ : color_; }

    [[nodiscard]] int type() const override { return kType; }
    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    RackId id_;
    QString name_;
    QString note_;
    QColor color_;
    QColor override_;
    QRectF footprint_;  // centred on the item's origin, already rotated
    Rotation rotation_ = Rotation::R0;
    bool faded_ = false;
};

}  // namespace rw::gui
