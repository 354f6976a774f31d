#include "FloorMapLabels.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

#include "PrintUnits.h"

namespace rw::print {
namespace {

QFont labelFont(double points, bool bold) {
    QFont font("DejaVu Sans Condensed");
    font.setStyleHint(QFont::SansSerif);
    font.setStyleStrategy(QFont::PreferNoShaping);  // as PrintText: text in the PDF searches as typed
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

}  // namespace

FloorMapLabels::FloorMapLabels(QPainter& painter, const PrintUnits& units, const QRectF& map)
    : p_(painter), u_(units), map_(map), rowFont_(labelFont(6.5, true)), rackFont_(labelFont(6.0, false)) {}

bool FloorMapLabels::row(const QString& name, const QRectF& racks) {
    const QSizeF size = QFontMetricsF(rowFont_, u_.device()).size(Qt::TextSingleLine, name);
    const double gap = u_.mm(1.0), w = size.width() / 2 + gap, h = size.height() / 2 + gap;
    const QPointF c = racks.center();
    if (racks.width() >= racks.height())  // across the page: at the row's ends
        return firstFree(name, rowFont_, {{racks.left() - w, c.y()}, {racks.right() + w, c.y()}});
    return firstFree(name, rowFont_, {{c.x(), racks.top() - h}, {c.x(), racks.bottom() + h}});
}

bool FloorMapLabels::rack(const QString& name, const QRectF& rack) {
    const QSizeF size = QFontMetricsF(rackFont_, u_.device()).size(Qt::TextSingleLine, name);
    const double gap = u_.mm(0.4), w = size.width() / 2 + gap, h = size.height() / 2 + gap;
    const QPointF c = rack.center();
    return firstFree(name, rackFont_,
                     {{c.x(), rack.top() - h}, {c.x(), rack.bottom() + h}, {rack.right() + w, c.y()}, {rack.left() - w, c.y()}});
}

bool FloorMapLabels::firstFree(const QString& name, const QFont& font, const std::vector<QPointF>& centres) {
    const QSizeF size = QFontMetricsF(font, u_.device()).size(Qt::TextSingleLine, name);
    const double pad = u_.mm(0.3);
    for (const QPointF& c : centres) {
        const QRectF box(c.x() - size.width() / 2 - pad, c.y() - size.height() / 2, size.width() + 2 * pad, size.height());
        if (!map_.contains(box)) continue;
        if (std::any_of(drawn_.begin(), drawn_.end(), [&](const QRectF& other) { return other.intersects(box); })) continue;
        p_.save();
        p_.setPen(Qt::NoPen);
        p_.setBrush(QColor(255, 255, 255, 225));
        p_.drawRect(box);
        p_.setPen(Qt::black);
        p_.setFont(font);
        p_.drawText(box, Qt::AlignCenter, name);
        p_.restore();
        drawn_.push_back(box);
        return true;
    }
    return false;
}

}  // namespace rw::print
