#include "install/GanttChart.h"

#include <algorithm>
#include <cmath>

#include <QMouseEvent>
#include <QFontMetricsF>
#include <QPainter>

#include "install/InstallPlanner.h"

namespace rw::gui {
namespace {

constexpr int kAxisHeight = 18;  // day numbers at the top
constexpr int kMargin = 4;

const QColor kCritical(0xd0, 0x20, 0x20);
const QColor kDayMarker(0x10, 0x60, 0xe0);

}  // namespace

QColor tradeColour(install::Trade trade) noexcept {
    switch (trade) {
        case install::Trade::Rigging: return QColor(0x8c, 0x6d, 0x46);
        case install::Trade::Electrical: return QColor(0xe0, 0xa0, 0x10);
        case install::Trade::Mechanical: return QColor(0x20, 0x90, 0xa0);
        case install::Trade::Copper: return QColor(0x40, 0x70, 0xc0);
        case install::Trade::Fibre: return QColor(0x50, 0xa0, 0x40);
        case install::Trade::Commissioning: return QColor(0x80, 0x50, 0xb0);
    }
    return Qt::gray;
}

GanttChart::GanttChart(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("installGantt"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    measureLabels();
    setToolTip(tr("Work packages by trade and crew over the working days; red: the critical path. Click a bar to "
                  "select its racks and its crew and day for printing."));
}

void GanttChart::setPlanned(std::shared_ptr<const PlannedHall> planned) {
    planned_ = std::move(planned);
    critical_.clear();
    if (planned_) {
        critical_.assign(planned_->plan.work.packages.size(), 0);
        for (int p : planned_->plan.criticalChain)
            if (p >= 0 && std::size_t(p) < critical_.size()) critical_[std::size_t(p)] = 1;
    }
    update();
}

void GanttChart::setDayMarker(std::optional<int> day) {
    if (day == day_) return;
    day_ = day;
    update();
}

void GanttChart::measureLabels() {
    // The longest trade name with a three-digit crew count, in the widget's font (measured once
    // per font: every bar's position depends on it).
    labelWidth_ = fontMetrics().horizontalAdvance(QStringLiteral("commissioning (000)")) + 2 * kMargin;
}

void GanttChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange) measureLabels();
    QWidget::changeEvent(event);
}

QRectF GanttChart::chartArea() const {
    return QRectF(labelWidth_, kAxisHeight, std::max(10, width() - labelWidth_ - kMargin),
                  std::max(10, height() - kAxisHeight - kMargin));
}

double GanttChart::xOfMinute(double minute) const {
    const QRectF area = chartArea();
    const int days = planned_ ? std::max(1, planned_->plan.workingDays()) : 1;
    const double total = double(days) * planned_->plan.calendar.minutesPerDay();
    return area.left() + area.width() * minute / total;
}

QRectF GanttChart::tradeBand(install::Trade trade) const {
    const QRectF area = chartArea();
    const double band = area.height() / install::kTradeCount;
    return QRectF(0, area.top() + band * int(trade), width(), band);
}

QRectF GanttChart::barRect(int package) const {
    if (!planned_ || package < 0 || package >= planned_->plan.packageCount()) return {};
    const install::InstallPlan& plan = planned_->plan;
    const int crew = plan.crewNumber(package);
    if (crew == 0) return {};  // a milestone: no crew, no bar
    const install::Trade trade = plan.work.packages[std::size_t(package)].trade;
    const QRectF band = tradeBand(trade).adjusted(0, 1, 0, -1);
    const int lanes = std::max(1, plan.crews[std::size_t(trade)]);
    const double lane = band.height() / lanes;
    const double x0 = xOfMinute(plan.schedule.start[std::size_t(package)]);
    const double x1 = xOfMinute(plan.finish(package));
    // At least a pixel wide and tall, so short packages and many crews still show.
    return QRectF(x0, band.top() + lane * (crew - 1), std::max(1.0, x1 - x0), std::max(1.0, lane - (lane > 4 ? 1 : 0)));
}

std::optional<int> GanttChart::packageAt(QPoint pos) const {
    if (!planned_) return std::nullopt;
    // Critical bars are drawn last (on top), so they win a tie.
    std::optional<int> hit;
    for (int p = 0; p < planned_->plan.packageCount(); ++p)
        if (barRect(p).adjusted(-1, 0, 1, 0).contains(pos) && (!hit || critical_[std::size_t(p)])) hit = p;
    return hit;
}

void GanttChart::mousePressEvent(QMouseEvent* event) {
    if (const auto p = packageAt(event->position().toPoint())) emit packageClicked(*p);
    QWidget::mousePressEvent(event);
}

void GanttChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setPen(palette().text().color());
    if (!planned_) {
        p.drawText(rect(), Qt::AlignCenter, tr("No install plan"));
        return;
    }
    const install::InstallPlan& plan = planned_->plan;
    const QRectF area = chartArea();
    // Trade bands with their names and crew counts, alternating shades; the names shrink to
    // fit a low dock rather than run into each other.
    QFont font = p.font();
    const double bandHeight = tradeBand(install::Trade::Rigging).height();
    if (QFontMetricsF(font).height() > bandHeight) font.setPixelSize(std::max(6, int(bandHeight) - 1));
    p.setFont(font);
    for (const auto& [trade, name] : EnumNames<install::Trade>::table) {
        const QRectF band = tradeBand(trade);
        if (int(trade) % 2 == 1) p.fillRect(band, palette().alternateBase());
        p.setPen(palette().text().color());
        p.drawText(QRectF(kMargin, band.top(), labelWidth_ - 2 * kMargin, band.height()), Qt::AlignVCenter | Qt::AlignLeft,
                   tr("%1 (%2)").arg(QString::fromUtf8(name.data(), qsizetype(name.size()))).arg(plan.crews[std::size_t(trade)]));
    }
    // Day grid: a line at each day boundary, labelled where there is room for the number.
    const int days = std::max(1, plan.workingDays());
    const double perDay = area.width() / days;
    const int labelEvery = std::max(1, int(std::ceil(28.0 / std::max(perDay, 0.01))));
    for (int d = 0; d <= days; ++d) {
        const double x = area.left() + perDay * d;
        if (d % labelEvery != 0 && perDay < 4) continue;  // hundreds of days: a line per label only
        p.setPen(QColor(0, 0, 0, d % labelEvery == 0 ? 60 : 20));
        p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        if (d < days && d % labelEvery == 0) {
            p.setPen(palette().text().color());
            p.drawText(QRectF(x, 0, perDay * labelEvery, kAxisHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       QStringLiteral(" %1").arg(d + 1));
        }
    }
    // Bars: everything in its trade's colour, then the critical chain on top in red.
    p.setPen(Qt::NoPen);
    for (int pass = 0; pass < 2; ++pass)
        for (int pkg = 0; pkg < plan.packageCount(); ++pkg) {
            if (bool(critical_[std::size_t(pkg)]) != (pass == 1)) continue;
            const QRectF bar = barRect(pkg);
            if (bar.isEmpty()) continue;
            p.fillRect(bar, pass == 1 ? kCritical : tradeColour(plan.work.packages[std::size_t(pkg)].trade));
        }
    if (day_) {
        const double x = area.left() + perDay * std::clamp(*day_, 0, days);
        p.setPen(QPen(kDayMarker, 2));
        p.drawLine(QPointF(x, 0), QPointF(x, area.bottom()));
    }
}

}  // namespace rw::gui
