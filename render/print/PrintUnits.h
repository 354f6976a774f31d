#pragma once
// Page geometry in millimetres on any paint device: the painters lay pages out in mm and convert
// with the device's own resolution, so a 300 dpi PDF, a 600 dpi printer and a screen preview get
// the same page.
#include <QFont>
#include <algorithm>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QString>

namespace rw::print {

class PrintUnits final {
public:
    explicit PrintUnits(const QPainter& painter) : perMm_(painter.device()->logicalDpiX() / 25.4), device_(painter.device()) {}
    [[nodiscard]] double mm(double millimetres) const noexcept { return millimetres * perMm_; }
    /// A font of `points` shrunk (never grown) until `text` fits `width` device units.
    [[nodiscard]] QFont fitted(QFont font, double points, const QString& text, double width) const {
        font.setPointSizeF(points);
        // Measured advances and painted glyphs differ by a few per cent at small sizes (hinting,
        // the PDF engine's own metrics), so aim a little inside the width.
        const double room = width * 0.94;
        const double advance = QFontMetricsF(font, device_).horizontalAdvance(text);
        if (advance > room && advance > 0) font.setPointSizeF(std::max(points * room / advance, 2.0));
        return font;
    }
    [[nodiscard]] QPaintDevice* device() const noexcept { return device_; }

private:
    double perMm_;
    QPaintDevice* device_;
};

}  // namespace rw::print
