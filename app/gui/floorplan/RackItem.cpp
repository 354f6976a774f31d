#include "RackItem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include "FloorCoordinates.h"

namespace rw::gui {

RackItem::RackItem(RackId id) : id_(id) {
    setFlag(ItemIsSelectable);
    // Racks are many and only their geometry changes: caching per item costs more than it saves.
    setCacheMode(NoCache);
    setZValue(10);
}

void RackItem::sync(const Rack& rack, render::BoxSizeMm size, QPointF hallOffset) {
    const render::BoxSizeMm turned = render::rotatedSize(size, rack.rotation);
    const QRectF footprint(-turned.width / 2.0, -turned.depth / 2.0, turned.width, turned.depth);
    if (footprint != footprint_) {
        prepareGeometryChange();
        footprint_ = footprint;
    }
    if (QString name = QString::fromStdString(rack.name); name != name_) {
        name_ = std::move(name);
        setNote(note_);  // names are hidden when zoomed out; hovering still tells
    }
    color_ = render::rackRoleColor(rack.role);
    rotation_ = rack.rotation;
    setPos(toScene(rack.position) + hallOffset);
    update();
}

void RackItem::setFillOverride(const QColor& colour) {
    if (colour == override_) return;
    override_ = colour;
    update();
}

void RackItem::setNote(const QString& note) {
    note_ = note;
    setToolTip(note_.isEmpty() ? name_ : name_ + QLatin1Char('\n') + note_);
}

void RackItem::setFaded(bool faded) {
    if (faded == faded_) return;
    faded_ = faded;
    // A quarter of the ink: the rack's place and colour still read, and built racks stand out.
    setOpacity(faded ? 0.22 : 1.0);
}

QRectF RackItem::boundingRect() const { return footprint_.adjusted(-40, -40, 40, 40); }

void RackItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const qreal pixelsPerMm = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool selected = isSelected();
    const QColor color_ = fillColor();  // the colour mode's, else the role's
    // A whole big hall in view: racks a few pixels across read as coloured blocks; one fill each
    // keeps pan and zoom fluid (no outline, front bar or text to draw).
    if (pixelsPerMm * std::min(footprint_.width(), footprint_.height()) < 4) {
        painter->fillRect(footprint_, selected ? QColor(0xff, 0xd5, 0x00) : color_);
        return;
    }
    painter->setBrush(selected ? color_.lighter(150) : color_);
    QPen outline(selected ? QColor(0xff, 0xd5, 0x00) : color_.darker(170));
    outline.setCosmetic(true);
    outline.setWidthF(selected ? 2.5 : 1.0);
    painter->setPen(outline);
    painter->drawRect(footprint_);

    // The front face (R0: fronts face -y in the model, +y in the scene): cold aisle side.
    const qreal bar = std::min(footprint_.width(), footprint_.height()) * 0.12;
    QRectF front;
    switch (rotation_) {
        case Rotation::R0: front = QRectF(footprint_.left(), footprint_.bottom() - bar, footprint_.width(), bar); break;
        case Rotation::R90: front = QRectF(footprint_.right() - bar, footprint_.top(), bar, footprint_.height()); break;
        case Rotation::R180: front = QRectF(footprint_.left(), footprint_.top(), footprint_.width(), bar); break;
        case Rotation::R270: front = QRectF(footprint_.left(), footprint_.top(), bar, footprint_.height()); break;
    }
    painter->fillRect(front, color_.darker(200));

    // Names only where they are legible: a 600 mm rack needs ~30 px for a short name.
    if (pixelsPerMm * std::min(footprint_.width(), footprint_.height()) < 24 || name_.isEmpty()) return;
    QFont font = painter->font();
    font.setPixelSize(std::max(1, int(std::min(footprint_.width(), footprint_.height()) * 0.28)));
    painter->setFont(font);
    painter->setPen(Qt::black);
    painter->drawText(footprint_, Qt::AlignCenter, name_);
}

}  // namespace rw::gui
