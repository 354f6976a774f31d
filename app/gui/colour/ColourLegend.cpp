#include "colour/ColourLegend.h"

#include <QLinearGradient>
#include <QLocale>
#include <QPainter>

#include "colour/ColourScale.h"

namespace rw::gui {
namespace {

constexpr int kBarWidth = 90;
constexpr int kSwatch = 10;
constexpr int kGap = 6;

QString rangeText(const LegendSpec& spec) {
    const int decimals = spec.max < 10.0 ? 1 : 0;
    return QStringLiteral("%1 – %2 %3")
        .arg(QLocale().toString(spec.min, 'f', decimals), QLocale().toString(spec.max, 'f', decimals), spec.unit);
}

}  // namespace

ColourLegend::ColourLegend(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("colourLegend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ColourLegend::show(const LegendSpec& spec) {
    spec_ = spec;
    setToolTip(text());
    updateGeometry();
    update();
}

QString ColourLegend::text() const {
    QStringList parts;
    if (spec_.gradient) parts << rangeText(spec_);
    for (const auto& [colour, label] : spec_.swatches) parts << label;
    QString line = spec_.title + QStringLiteral(": ") + parts.join(QStringLiteral("; "));
    if (!spec_.note.isEmpty()) line += QStringLiteral(" (") + spec_.note + QStringLiteral(")");
    return line;
}

QSize ColourLegend::sizeHint() const {
    const QFontMetrics fm = fontMetrics();
    int width = fm.horizontalAdvance(spec_.title + QStringLiteral(":")) + kGap;
    if (spec_.gradient) width += kBarWidth + kGap + fm.horizontalAdvance(rangeText(spec_)) + kGap;
    for (const auto& [colour, label] : spec_.swatches) width += kSwatch + 3 + fm.horizontalAdvance(label) + kGap;
    return {width, fm.height() + 4};
}

QSize ColourLegend::minimumSizeHint() const { return {0, fontMetrics().height() + 4}; }

void ColourLegend::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QFontMetrics fm = fontMetrics();
    const int mid = height() / 2;
    int x = 0;
    const auto text = [&](const QString& s) {
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(x, mid - fm.height() / 2, fm.horizontalAdvance(s) + 1, fm.height(), Qt::AlignVCenter, s);
        x += fm.horizontalAdvance(s) + kGap;
    };
    text(spec_.title + QStringLiteral(":"));
    if (spec_.gradient) {
        QLinearGradient g(x, 0, x + kBarWidth, 0);
        for (int i = 0; i <= 8; ++i) g.setColorAt(i / 8.0, ColourScale::at(i / 8.0));
        p.fillRect(QRect(x, mid - kSwatch / 2, kBarWidth, kSwatch), g);
        x += kBarWidth + kGap;
        text(rangeText(spec_));
    }
    for (const auto& [colour, label] : spec_.swatches) {
        p.fillRect(QRect(x, mid - kSwatch / 2, kSwatch, kSwatch), colour);
        x += kSwatch + 3;
        text(label);
    }
}

}  // namespace rw::gui
