#include "floorplan/RowLabelLayer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include "floorplan/SiteLayout.h"
#include "model/Model.h"

namespace rw::gui {
namespace {

constexpr int kLabelPixelSize = 12;
constexpr qreal kGapPx = 4.0;  // air between two labels so they read as two

QFont labelFont() {
    QFont font;
    font.setPixelSize(kLabelPixelSize);
    return font;
}

}  // namespace

RowLabelLayer::RowLabelLayer() {
    setAcceptedMouseButtons(Qt::NoButton);  // clicks reach the racks under a label
    setAcceptHoverEvents(false);
    setZValue(20);
}

void RowLabelLayer::rebuild(const Model& model, const SiteLayout& site, const QRectF& area) {
    prepareGeometryChange();
    labels_.clear();
    model.rows().forEach([&](RowId id, const Row& row) {
        if (!row.name.empty()) labels_.push_back({id, QString::fromStdString(row.name), site.toScene(row.hall, row.origin)});
    });
    area_ = area;
    cachedScale_ = -1.0;
    update();
}

QRectF RowLabelLayer::screenRect(const Label& label, double pixelsPerMm) const {
    static const QFontMetricsF metrics(labelFont());
    const QPointF at = label.at * pixelsPerMm;
    return QRectF(at.x(), at.y(), metrics.horizontalAdvance(label.text), metrics.height())
        .adjusted(-kGapPx / 2, -kGapPx / 2, kGapPx / 2, kGapPx / 2);
}

std::vector<bool> RowLabelLayer::keepNonOverlapping(const std::vector<QRectF>& rects) {
    std::vector<bool> keep(rects.size(), false);
    std::vector<QRectF> kept;
    for (std::size_t i = 0; i < rects.size(); ++i) {
        bool clear = true;
        for (const QRectF& k : kept)
            if (k.intersects(rects[i])) {
                clear = false;
                break;
            }
        if (!clear) continue;
        keep[i] = true;
        kept.push_back(rects[i]);
    }
    return keep;
}

const std::vector<bool>& RowLabelLayer::shownAt(double pixelsPerMm) const {
    if (pixelsPerMm == cachedScale_) return cachedShown_;
    std::vector<QRectF> rects;
    rects.reserve(labels_.size());
    for (const Label& label : labels_) rects.push_back(screenRect(label, pixelsPerMm));
    cachedShown_ = keepNonOverlapping(rects);
    cachedScale_ = pixelsPerMm;
    return cachedShown_;
}

std::vector<QString> RowLabelLayer::visibleLabels(double pixelsPerMm) const {
    std::vector<QString> out;
    const std::vector<bool>& shown = shownAt(pixelsPerMm);
    for (std::size_t i = 0; i < labels_.size(); ++i)
        if (shown[i]) out.push_back(labels_[i].text);
    return out;
}

RowId RowLabelLayer::rowAt(QPointF at, double pixelsPerMm) const {
    if (pixelsPerMm <= 0) return {};
    const std::vector<bool>& shown = shownAt(pixelsPerMm);
    for (std::size_t i = 0; i < labels_.size(); ++i) {
        if (!shown[i]) continue;
        const QRectF box = screenRect(labels_[i], pixelsPerMm);
        // The drawn text box (as paint() draws it), in scene units.
        if (QRectF(labels_[i].at, QSizeF((box.width() - kGapPx) / pixelsPerMm, (box.height() - kGapPx) / pixelsPerMm)).contains(at))
            return labels_[i].row;
    }
    return {};
}

void RowLabelLayer::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const double pixelsPerMm = option->levelOfDetailFromTransform(painter->worldTransform());
    if (pixelsPerMm <= 0) return;
    const std::vector<bool>& shown = shownAt(pixelsPerMm);
    const QRectF exposed = option->exposedRect;
    const QTransform world = painter->worldTransform();
    painter->save();
    painter->resetTransform();  // text at a constant pixel size, placed in device coordinates
    painter->setFont(labelFont());
    for (std::size_t i = 0; i < labels_.size(); ++i) {
        if (!shown[i]) continue;
        const Label& label = labels_[i];
        const QRectF box = screenRect(label, pixelsPerMm);
        // The label's scene footprint at this zoom, to skip those outside the repainted area.
        const QRectF sceneBox(label.at, QSizeF(box.width() / pixelsPerMm, box.height() / pixelsPerMm));
        if (!exposed.intersects(sceneBox)) continue;
        const QPointF device = world.map(label.at);
        const QRectF text(device.x(), device.y(), box.width() - kGapPx, box.height() - kGapPx);
        painter->fillRect(text, QColor(0x20, 0x24, 0x28, 170));  // legible over racks and trays
        painter->setPen(QColor(0xe8, 0xe8, 0xe8));
        painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, label.text);
    }
    painter->restore();
}

}  // namespace rw::gui
