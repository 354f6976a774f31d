#pragma once
// The overhead trays on the floor plan: every tray segment as a band of its real width along its
// run, lower levels first, in its kind's colour or its fill colour (View > Colour by > Tray fill).
// One item for all segments (a Colossus hall has tens of thousands): it draws only those crossing
// the exposed area, and ignores the mouse so clicks reach the racks below. Normally see-through
// and UNDER the racks (racks are what the plan is read for; a tray over a row would hide its
// names); when the trays themselves are coloured (tray fill) they are opaque and over the racks.
#include <vector>

#include <QColor>
#include <QString>
#include <QGraphicsItem>

#include "model/Model.h"

namespace rw::gui {

class TrayOutlineItem;

class TrayLayerItem final : public QGraphicsItem {
public:
    static constexpr int kType = UserType + 2;
    /// Stacking in the scene: racks are at 10, row labels at 20.
    static constexpr qreal kUnderRacksZ = 5, kOverRacksZ = 15;

    TrayLayerItem();
    ~TrayLayerItem() override;

    /// Takes every tray segment of `model` (vertical risers have no run on the floor and are skipped).
    void rebuild(const Model& model);
    /// Colours by tray id; an empty list or an invalid entry = the kind's colour. Stacked levels
    /// lie on top of each other in plan: `drawOrder` (by tray id, larger drawn later, on top)
    /// says which shows -- e.g. the fuller tray; empty = by level.
    void setColours(std::vector<QColor> colours, const std::vector<double>& drawOrder = {});
    /// Opaque bands over the racks (when the trays are what is being coloured) or see-through
    /// ones under them.
    void setOpaque(bool opaque);

    /// Segments not yet installed on the install plan's chosen day, by tray id (true = faded);
    /// empty = none. Drawn faint whatever their colour.
    void setFaded(std::vector<bool> faded);
    [[nodiscard]] bool isFaded(TrayId id) const noexcept { return id.value < faded_.size() && faded_[id.value]; }

    [[nodiscard]] std::size_t segmentCount() const noexcept { return segments_.size(); }
    /// The colour a segment is drawn with (its kind's or its fill's); invalid for an unknown id.
    [[nodiscard]] QColor colourOf(TrayId id) const;
    [[nodiscard]] bool isOpaque() const noexcept { return opaque_; }
    /// Tooltip figures by tray id (tray fill: "data tray, level 0: 34 % full"); empty = by kind.
    void setNotes(std::vector<QString> notes);
    /// The segment drawn on top at scene point `at`; invalid when none covers it.
    [[nodiscard]] TrayId segmentAt(QPointF at) const;
    /// What a tooltip says about a segment: its figure, else its kind and level.
    [[nodiscard]] QString noteOf(TrayId id) const;
    /// The floor-plan rectangle a segment covers (scene coordinates), empty for an unknown id.
    [[nodiscard]] QRectF segmentRect(TrayId id) const;

    /// The segments' outlines, drawn OVER the racks while the bands lie under them, so a tray
    /// run across a row stays visible without hiding the racks' names. A separate item (it
    /// stacks at another height): add it to the scene with this one. It follows this item's
    /// visibility and hides while the bands are opaque.
    [[nodiscard]] QGraphicsItem* outlines() const noexcept;
    /// Draws the outlines (TrayOutlineItem's paint).
    void paintOutlines(QPainter* painter, const QStyleOptionGraphicsItem* option) const;

    [[nodiscard]] int type() const override { return kType; }
    [[nodiscard]] QRectF boundingRect() const override { return bounds_; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

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
    std::vector<QString> notes_;
    QRectF bounds_;
    bool opaque_ = false;
    TrayOutlineItem* outlines_;  // null once the scene deleted it first
    friend class TrayOutlineItem;
};

}  // namespace rw::gui
