#pragma once
// The overhead trays on the floor plan: every tray segment as a band of its real width along its
// run, lower levels first, in its kind's colour or its fill colour (View > Colour by > Tray fill).
// One item for all segments (a Colossus hall has tens of thousands): it draws only those crossing
// the exposed area, and ignores the mouse so clicks reach the racks below.
#include <vector>

#include <QColor>
#include <QGraphicsItem>

#include "model/Model.h"

namespace rw::gui {

class TrayLayerItem final : public QGraphicsItem {
public:
    static constexpr int kType = UserType + 2;

    TrayLayerItem();

    /// Takes every tray segment of `model` (vertical risers have no run on the floor and are skipped).
    void rebuild(const Model& model);
    /// Colours by tray id; an empty list or an invalid entry = the kind's colour. Stacked levels
    /// lie on top of each other in plan: `drawOrder` (by tray id, larger drawn later, on top)
    /// says which shows -- e.g. the fuller tray; empty = by level.
    void setColours(std::vector<QColor> colours, const std::vector<double>& drawOrder = {});
    /// Opaque bands (when the trays are what is being coloured) or see-through ones that let the
    /// racks below show.
    void setOpaque(bool opaque);

    /// Segments not yet installed on the install plan's chosen day, by tray id (true = faded);
    /// empty = none. Drawn faint whatever their colour.
    void setFaded(std::vector<bool> faded);
    [[nodiscard]] bool isFaded(TrayId id) const noexcept { return id.value < faded_.size() && faded_[id.value]; }

    [[nodiscard]] std::size_t segmentCount() const noexcept { return segments_.size(); }
    /// The colour a segment is drawn with (its kind's or its fill's); invalid for an unknown id.
    [[nodiscard]] QColor colourOf(TrayId id) const;
    /// The floor-plan rectangle a segment covers (scene coordinates), empty for an unknown id.
    [[nodiscard]] QRectF segmentRect(TrayId id) const;

    [[nodiscard]] int type() const override { return kType; }
    [[nodiscard]] QRectF boundingRect() const override { return bounds_; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    struct Segment {
        TrayId id;
        QLineF line;  // scene coordinates
        qreal width = 0.0;
        std::uint8_t level = 0;
        TrayKind kind = TrayKind::Data;
        QRectF rect;  // line bounds grown by half the width
        double order = 0.0;
    };

    std::vector<Segment> segments_;  // in drawing order (Segment::order): later ones on top
    std::vector<QColor> colours_;
    std::vector<double> drawOrder_;
    std::vector<bool> faded_;
    QRectF bounds_;
    bool opaque_ = false;
};

}  // namespace rw::gui
