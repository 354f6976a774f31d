#include "power/RowLoadChart.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include "power/PowerAnalysis.h"

namespace rw::gui {
namespace {

// More categories than this make the bars and labels unreadable in a dock.
constexpr std::size_t kMaxPanels = 24;

struct PanelBars {
    QString name;
    double normalKw = 0.0, worstKw = 0.0, whatIfKw = 0.0, limitKw = 0.0;
};

// A panel's limit is in amps on its busiest phase. In kW it is the load at which that phase
// reaches the derated rating with the panel's present mix of power factors and phases: the
// worst load scaled by allowed / worst amps (0 when unrated or unloaded).
double limitKw(const power::BudgetLine& line) {
    if (line.allowedAmps <= 0) return 0.0;
    if (line.worstAmps > 0) return line.worstKw * line.allowedAmps / line.worstAmps;
    return line.normalAmps > 0 ? line.normalKw * line.allowedAmps / line.normalAmps : 0.0;
}

QString shortName(const std::string& label) {
    // "busway Busway R03-A" -> "R03-A": the row and side are what tells the bars apart.
    const QString text = QString::fromStdString(label);
    const int space = text.lastIndexOf(QLatin1Char(' '));
    return space >= 0 ? text.mid(space + 1) : text;
}

}  // namespace

RowLoadChart::RowLoadChart(QWidget* parent) : QChartView(parent) {
    setObjectName(QStringLiteral("rowLoadChart"));
    setRenderHint(QPainter::Antialiasing);
    // No minimum: the dock shares the bottom area with Findings, a few rows high by default.
    setMinimumSize(0, 0);
}

void RowLoadChart::refresh(const PowerAnalysis& analysis) {
    const power::PowerNetwork& net = analysis.network();
    std::vector<PanelBars> panels;
    std::size_t line = 0;
    for (power::ElementIndex e = 0; e < net.elements.size(); ++e) {
        const power::ElementKind kind = net.elements[e].kind;
        if (kind != power::ElementKind::Feed && kind != power::ElementKind::Panel) continue;
        const power::BudgetLine& b = analysis.budget()[line++];  // supplyBudget keeps element order
        if (kind != power::ElementKind::Panel) continue;
        const power::ElementState& s = analysis.states()[e];
        panels.push_back({shortName(b.label), b.normalKw, b.worstKw, s.lost ? 0.0 : s.watts / 1000.0, limitKw(b)});
    }
    const std::size_t total = panels.size();
    if (panels.size() > kMaxPanels) {
        // The ones closest to (or over) their limit matter; unrated ones by load.
        const auto key = [](const PanelBars& p) { return p.limitKw > 0 ? p.worstKw / p.limitKw : p.worstKw / 1e6; };
        std::partial_sort(panels.begin(), panels.begin() + kMaxPanels, panels.end(),
                          [&](const PanelBars& a, const PanelBars& b) { return key(a) > key(b); });
        panels.resize(kMaxPanels);
        std::sort(panels.begin(), panels.end(), [](const PanelBars& a, const PanelBars& b) { return a.name < b.name; });
    }
    shown_ = int(panels.size());

    auto* normal = new QBarSet(tr("Normal"));
    auto* worst = new QBarSet(tr("Worst single failure"));
    auto* limit = new QBarSet(tr("Limit (derated)"));
    QBarSet* whatIf = analysis.hasScenario() ? new QBarSet(tr("What-if: %1").arg(analysis.scenarioName())) : nullptr;
    normal->setColor(QColor(0x3c, 0x8d, 0xd0));
    worst->setColor(QColor(0xf0, 0x9a, 0x2a));
    limit->setColor(QColor(0x8a, 0x8f, 0x96));
    if (whatIf) whatIf->setColor(QColor(0xd0, 0x36, 0x36));
    double top = 0.0;
    for (const PanelBars& p : panels) top = std::max({top, p.worstKw, p.limitKw, p.whatIfKw});
    // Hall-scale busways carry megawatts: MW keeps the axis labels short.
    const bool mw = top >= 10'000.0;
    const double scale = mw ? 1e-3 : 1.0;
    QStringList categories;
    bool unrated = false;
    for (const PanelBars& p : panels) {
        categories << p.name;
        *normal << p.normalKw * scale;
        *worst << p.worstKw * scale;
        *limit << p.limitKw * scale;
        if (whatIf) *whatIf << p.whatIfKw * scale;
        unrated = unrated || p.limitKw <= 0;
    }
    auto* series = new QBarSeries;
    series->append(normal);
    series->append(worst);
    if (whatIf) series->append(whatIf);
    series->append(limit);

    auto* chart = new QChart;
    chart->addSeries(series);
    QString title = mw ? tr("Panels (per row and side): MW against limit") : tr("Panels (per row and side): kW against limit");
    if (total > panels.size()) title += tr(" - the %1 most loaded of %2").arg(panels.size()).arg(total);
    if (total == 0) title = tr("No panels in the design");
    else if (unrated) title += tr(" - no bar: no rating");
    chart->setTitle(title);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    if (categories.size() > 8) x->setLabelsAngle(-60);
    auto* y = new QValueAxis;
    y->setTitleText(mw ? tr("MW") : tr("kW"));
    y->setRange(0.0, top > 0 ? top * scale * 1.05 : 1.0);
    y->applyNiceNumbers();
    y->setLabelFormat(mw ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    QChart* old = this->chart();
    setChart(chart);
    delete old;  // setChart does not delete the chart it replaces
}

}  // namespace rw::gui
