#pragma once
// Text on a printed page, shared by the work-order painters: one condensed sans face, shrunk to
// fit its box, without ligatures (so "fibre-01" in a PDF is found and copied as typed).
#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <algorithm>
#include <string>

#include "PrintUnits.h"

namespace rw::print {

inline QString q(const std::string& s) { return QString::fromStdString(s); }

/// Text in a box, shrunk to fit its width.
inline void text(QPainter& p, const PrintUnits& u, const QRectF& box, const QString& s, double points, bool bold = false,
                 Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) {
    QFont font("DejaVu Sans Condensed");
    font.setStyleHint(QFont::SansSerif);
    font.setStyleStrategy(QFont::PreferNoShaping);  // no "fi" ligature: U+FB01 would not search as "fi"
    font.setBold(bold);
    p.setFont(u.fitted(font, points, s, std::max(box.width() - u.mm(1.0), 1.0)));
    p.drawText(box.adjusted(u.mm(0.5), 0, -u.mm(0.5), 0), align, s);
}

}  // namespace rw::print
