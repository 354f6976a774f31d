#include "LabelPainter.h"

#include <QPainter>
#include <QRectF>

#include "PrintUnits.h"
#include "QrCode.h"

namespace rw::print {

void paintCableLabel(QPainter& painter, const QRectF& label, const install::CableLabel& text) {
    const PrintUnits u(painter);
    const double margin = u.mm(1.0);
    painter.save();
    painter.setClipRect(label);
    // About a third of the width: enough modules for a hand scanner, most of the label for text.
    const double qrSide = std::min(label.height() - 2 * margin, label.width() * 0.34);
    QrCode(text.cableId).paint(painter, QRectF(label.left() + margin, label.top() + (label.height() - qrSide) / 2, qrSide, qrSide));

    const QRectF area(label.left() + 2 * margin + qrSide, label.top() + margin, label.width() - 3 * margin - qrSide,
                      label.height() - 2 * margin);
    // Three lines: near end (the side the technician reads first), far end, cable id; each font
    // shrinks to fit its line so long port names stay whole rather than cut.
    const QString lines[3] = {QString::fromStdString(text.nearEnd + "/"), QString::fromStdString(text.farEnd),
                              QString::fromStdString(text.cableId + " end " + text.end)};
    const double lineHeight = area.height() / 3.4;
    const double basePoints = lineHeight / u.mm(1.0) * 72.0 / 25.4 * 0.7;
    QFont font("DejaVu Sans Condensed");
    font.setStyleHint(QFont::SansSerif);
    // No ligatures: "fi" printed as one glyph reads fine but searches and copies as U+FB01, so
    // "fibre-01" in the PDF would not be found as typed.
    font.setStyleStrategy(QFont::PreferNoShaping);
    painter.setPen(Qt::black);
    // Both ends at one size (the one the longer end fits at): two sizes would make the shorter
    // end look like the more important one. The cable id is never larger than the ends.
    QFont fonts[3];
    for (int i = 0; i < 3; ++i) {
        fonts[i] = font;
        fonts[i].setBold(i == 0);
        fonts[i] = u.fitted(fonts[i], basePoints, lines[i], area.width());
    }
    const double endPoints = std::min(fonts[0].pointSizeF(), fonts[1].pointSizeF());
    fonts[0].setPointSizeF(endPoints);
    fonts[1].setPointSizeF(endPoints);
    fonts[2].setPointSizeF(std::min(fonts[2].pointSizeF(), endPoints));
    for (int i = 0; i < 3; ++i) {
        painter.setFont(fonts[i]);
        const double y = area.top() + (i == 2 ? 2.4 : i) * lineHeight;
        painter.drawText(QRectF(area.left(), y, area.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter, lines[i]);
    }
    painter.restore();
}

}  // namespace rw::print
