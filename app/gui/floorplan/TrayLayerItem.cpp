#include "floorplan/TrayLayerItem.h"

#include <algorithm>
#include <cmath>

#include <QObject>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include "floorplan/SiteLayout.h"
#include "colour/ColourScale.h"

namespace rw::gui {

class TrayOutlineItem final : public QGraphicsItem {
public:
    explicit TrayOutlineItem(TrayLayerItem& layer) : layer_(layer) {
        setAcceptedMouseButtons(Qt::NoButton);
        setZValue(12);  // over the racks (10), under row labels (20)
    }
    // The scene deletes its items in any order: whichever of the two goes first tells the other.
    ~TrayOutlineItem() override { layer_.outlines_ = nullptr; }
    void refresh() {
        prepareGeometryChange();
        bounds_ = layer_.boundingRect();  // kept here: never asks the layer while being deleted
        update();
    }
    [[nodiscard]] QRectF boundingRect() const override { return bounds_; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) override {
        layer_.paintOutlines(painter, option);
    }

private:
    TrayLayerItem& layer_;
    QRectF bounds_;
};

TrayLayerItem::TrayLayerItem() : outlines_(new TrayOutlineItem(*this)) {
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setZValue(kUnderRacksZ);
}

TrayLayerItem::~TrayLayerItem() { delete outlines_; }

QGraphicsItem* TrayLayerItem::outlines() const noexcept { return outlines_; }

QVariant TrayLayerItem::itemChange(GraphicsItemChange change, const QVariant& value) {
    if (change == ItemVisibleHasChanged && outlines_) outlines_->setVisible(value.toBool() && !opaque_);
    return QGraphicsItem::itemChange(change, value);
}

void TrayLayerItem::paintOutlines(QPainter* painter, const QStyleOptionGraphicsItem* option) const {
    const qreal pixelsPerMm = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed = option->exposedRect;
    for (const Segment& s : segments_) {
        if (!exposed.intersects(s.rect)) continue;
        QColor colour = s.id.value < colours_.size() && colours_[s.id.value].isValid() ? colours_[s.id.value]
                                                                                        : ColourScale::ofTrayKind(s.kind);
        QPen pen;
        pen.setCosmetic(true);
        if (pixelsPerMm * s.width >= 6.0) {  // both edges of the band, a pixel wide
            colour.setAlpha(isFaded(s.id) ? 40 : 220);
            pen.setColor(colour);
            pen.setWidthF(1.0);
            painter->setPen(pen);
            const QPointF d = s.line.p2() - s.line.p1();
            const qreal length = std::hypot(d.x(), d.y());
            const QPointF n = QPointF(-d.y(), d.x()) * (s.width / 2.0 / length);
            painter->drawLine(s.line.translated(n));
            painter->drawLine(s.line.translated(-n));
        } else {  // far out: a faint centre line shows the network without a mesh over the racks
            colour.setAlpha(isFaded(s.id) ? 25 : 90);
            pen.setColor(colour);
            pen.setWidthF(1.0);
            painter->setPen(pen);
            painter->drawLine(s.line);
        }
    }
}

void TrayLayerItem::rebuild(const Model& model) {
    prepareGeometryChange();
    segments_.clear();
    bounds_ = QRectF();
    const SiteLayout site(model);  // the scene's own layout: it follows from the halls alone
    model.trays().forEach([&](TrayId id, const TraySegment& tray) {
        const QPointF a = site.toScene(tray.hall, Point2{tray.a.x, tray.a.y}), b = site.toScene(tray.hall, Point2{tray.b.x, tray.b.y});
        if (a == b) return;  // a riser between levels
        const qreal half = tray.widthMm / 2.0;
        const QRectF rect = QRectF(a, b).normalized().adjusted(-half, -half, half, half);
        const double order = id.value < drawOrder_.size() ? drawOrder_[id.value] : double(tray.level);
        segments_.push_back({id, QLineF(a, b), qreal(tray.widthMm), tray.level, tray.kind, rect, order});
        bounds_ |= rect;
    });
    std::stable_sort(segments_.begin(), segments_.end(), [](const Segment& x, const Segment& y) { return x.order < y.order; });
    update();
    if (outlines_) outlines_->refresh();
}

void TrayLayerItem::setColours(std::vector<QColor> colours, const std::vector<double>& drawOrder) {
    colours_ = std::move(colours);
    drawOrder_ = drawOrder;
    for (Segment& s : segments_) s.order = s.id.value < drawOrder.size() ? drawOrder[s.id.value] : double(s.level);
    std::stable_sort(segments_.begin(), segments_.end(), [](const Segment& x, const Segment& y) { return x.order < y.order; });
    update();
    if (outlines_) outlines_->update();
}

void TrayLayerItem::setFaded(std::vector<bool> faded) {
    faded_ = std::move(faded);
    update();
    if (outlines_) outlines_->update();
}

void TrayLayerItem::setOpaque(bool opaque) {
    if (opaque == opaque_) return;
    opaque_ = opaque;
    setZValue(opaque ? kOverRacksZ : kUnderRacksZ);
    if (outlines_) outlines_->setVisible(isVisible() && !opaque);
    update();
}

QColor TrayLayerItem::colourOf(TrayId id) const {
    const auto it = std::find_if(segments_.begin(), segments_.end(), [id](const Segment& s) { return s.id == id; });
    if (it == segments_.end()) return {};
    if (id.value < colours_.size() && colours_[id.value].isValid()) return colours_[id.value];
    return ColourScale::ofTrayKind(it->kind);
}

void TrayLayerItem::setNotes(std::vector<QString> notes) { notes_ = std::move(notes); }

TrayId TrayLayerItem::segmentAt(QPointF at) const {
    // Later segments are drawn over earlier ones: the last one covering the point shows.
    for (auto it = segments_.rbegin(); it != segments_.rend(); ++it) {
        if (!it->rect.contains(at)) continue;
        const QLineF& l = it->line;
        const QPointF d = l.p2() - l.p1();
        const double length2 = QPointF::dotProduct(d, d);
        const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(at - l.p1(), d) / length2, 0.0, 1.0) : 0.0;
        const QPointF nearest = l.p1() + t * d;
        if (QLineF(nearest, at).length() <= it->width / 2.0) return it->id;
    }
    return {};
}

QString TrayLayerItem::noteOf(TrayId id) const {
    if (id.value < notes_.size() && !notes_[id.value].isEmpty()) return notes_[id.value];
    const auto it = std::find_if(segments_.begin(), segments_.end(), [id](const Segment& s) { return s.id == id; });
    if (it == segments_.end()) return {};
    return QObject::tr("%1 tray, level %2").arg(QString::fromUtf8(std::string(toString(it->kind)).c_str())).arg(int(it->level));
}

QRectF TrayLayerItem::segmentRect(TrayId id) const {
    const auto it = std::find_if(segments_.begin(), segments_.end(), [id](const Segment& s) { return s.id == id; });
    return it == segments_.end() ? QRectF() : it->rect;
}

void TrayLayerItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const qreal pixelsPerMm = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed = option->exposedRect;
    painter->setBrush(Qt::NoBrush);
    for (const Segment& s : segments_) {
        if (!exposed.intersects(s.rect)) continue;
        QColor colour = s.id.value < colours_.size() && colours_[s.id.value].isValid() ? colours_[s.id.value]
                                                                                        : ColourScale::ofTrayKind(s.kind);
        if (isFaded(s.id)) colour.setAlpha(40);
        else if (!opaque_) colour.setAlpha(150);
        QPen pen(colour);
        pen.setCapStyle(Qt::FlatCap);
        if (pixelsPerMm * s.width < 2.0) {  // far out: a hairline keeps the run visible
            pen.setCosmetic(true);
            pen.setWidthF(2.0);
        } else {
            pen.setWidthF(s.width);
        }
        painter->setPen(pen);
        painter->drawLine(s.line);
    }
}

}  // namespace rw::gui
