#include "install/InstallPlanPanel.h"

#include <algorithm>
#include <optional>

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include "floorplan/FloorPlanOverlays.h"
#include "install/AsBuilt.h"
#include "install/GanttChart.h"
#include "install/InstallPlanner.h"
#include "install/PlanCalendarRow.h"

namespace rw::gui {
namespace {

// Crews a spin box offers: Colossus-sized halls need hundreds of a trade; kMaxCrews is the
// planner's own bound, far above any real crew roster.
constexpr int kMaxCrewsInBox = 9999;

QString tradeName(install::Trade trade) {
    const std::string_view name = toString(trade);
    return QString::fromUtf8(name.data(), qsizetype(name.size()));
}

QString dateText(const install::InstallPlan& plan, int day) {
    return QString::fromStdString(install::WorkCalendar::date(plan.calendar.date(day)));
}

}  // namespace

InstallPlanPanel::InstallPlanPanel(InstallPlanner& planner, FloorPlanOverlays& overlays, AsBuiltDisplay asBuilt,
                                   QWidget* parent)
    : QWidget(parent),
      planner_(planner),
      overlays_(overlays),
      summary_(new QLabel(this)),
      status_(new QLabel(this)),
      progress_(new QProgressBar(this)),
      calendar_(new PlanCalendarRow(planner)),
      gantt_(new GanttChart),
      critical_(new QListWidget),
      daySlider_(new QSlider(Qt::Horizontal)),
      dayLabel_(new QLabel),
      printCrew_(new QComboBox),
      printDay_(new QComboBox),
      preview_(new QPushButton(tr("Print Preview..."))),
      asBuilt_(asBuilt) {
    setObjectName(QStringLiteral("installPlanPanel"));
    summary_->setObjectName(QStringLiteral("installSummary"));
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    status_->setObjectName(QStringLiteral("installStatus"));
    status_->setWordWrap(true);
    progress_->setObjectName(QStringLiteral("installProgress"));
    progress_->setRange(0, 0);  // busy: planning reports no steps
    progress_->setMaximumHeight(12);
    progress_->setTextVisible(false);
    critical_->setObjectName(QStringLiteral("criticalPathList"));
    critical_->setToolTip(tr("The critical path: the packages no crew count can shorten the plan below"));
    critical_->setMinimumWidth(220);  // "day 12-13  leaf-spine R04 (fibre-02)" readable beside the chart

    auto* crews = new QGridLayout;
    crews->setContentsMargins(0, 0, 0, 0);
    crews->setHorizontalSpacing(6);
    crews->addWidget(new QLabel(tr("Crews:")), 0, 0);
    for (int t = 0; t < install::kTradeCount; ++t) {
        const auto trade = install::Trade(t);
        auto* box = new QSpinBox;
        box->setObjectName(QStringLiteral("crews-%1").arg(tradeName(trade)));
        box->setRange(1, kMaxCrewsInBox);
        box->setValue(planner_.crews()[std::size_t(t)]);
        box->setToolTip(tr("%1 crews at work at once").arg(tradeName(trade)));
        auto* label = new QLabel(tradeName(trade));
        label->setBuddy(box);
        crews->addWidget(label, 0, 1 + 2 * t);
        crews->addWidget(box, 0, 2 + 2 * t);
        crewBoxes_[std::size_t(t)] = box;
        connect(box, &QSpinBox::valueChanged, this, &InstallPlanPanel::crewsEdited);
    }
    crews->setColumnStretch(1 + 2 * install::kTradeCount, 1);

    // At the right: the critical path, and under it what to print (a crew's day, or all).
    auto* side = new QWidget;
    auto* sideLayout = new QGridLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(2);
    sideLayout->addWidget(critical_, 0, 0, 1, 2);
    sideLayout->addWidget(printCrew_, 1, 0);
    sideLayout->addWidget(printDay_, 1, 1);
    sideLayout->addWidget(preview_, 2, 0, 1, 2);
    sideLayout->setRowStretch(0, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(gantt_);
    split->addWidget(side);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(true);

    daySlider_->setObjectName(QStringLiteral("installDaySlider"));
    daySlider_->setRange(0, 0);
    daySlider_->setPageStep(1);
    daySlider_->setTickPosition(QSlider::TicksBelow);
    daySlider_->setToolTip(tr("The hall as built at the end of this working day: what is not built yet is faded in "
                              "the floor plan and the 3D view"));
    dayLabel_->setObjectName(QStringLiteral("installDayLabel"));
    auto* day = new QHBoxLayout;
    day->addWidget(new QLabel(tr("Built by:")));
    day->addWidget(daySlider_, 1);
    day->addWidget(dayLabel_, 2);
    printCrew_->setObjectName(QStringLiteral("printCrew"));
    printDay_->setObjectName(QStringLiteral("printDay"));
    preview_->setObjectName(QStringLiteral("printPreviewButton"));
    preview_->setVisible(false);
    printCrew_->setToolTip(tr("Whose work orders File > Print Preview shows"));
    printDay_->setToolTip(tr("Which working day's work orders File > Print Preview shows"));

    auto* state = new QHBoxLayout;
    state->addWidget(status_, 1);
    state->addWidget(progress_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(summary_);
    layout->addLayout(state);
    layout->addLayout(crews);
    layout->addWidget(calendar_);
    layout->addWidget(split, 1);
    layout->addLayout(day);
    // Tabbed with Findings under the views: claim no more height than they do.
    setMinimumSize(120, 60);

    connect(&planner_, &InstallPlanner::planChanged, this, &InstallPlanPanel::showPlan);
    connect(&planner_, &InstallPlanner::stateChanged, this, &InstallPlanPanel::showState);
    connect(gantt_, &GanttChart::packageClicked, this, &InstallPlanPanel::focusPackage);
    connect(critical_, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { focusPackage(item->data(Qt::UserRole).toInt()); });
    connect(preview_, &QPushButton::clicked, this, &InstallPlanPanel::printPreviewRequested);
    connect(daySlider_, &QSlider::valueChanged, this, [this](int value) {
        dayAtFinish_ = value == daySlider_->maximum();
        showDay();
    });
    showPlan();
    showState();
}

void InstallPlanPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    planner_.setActive(true);
    showDay();
}

void InstallPlanPanel::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    planner_.setActive(false);
    asBuilt_.clear();  // the views show the design as it is while nobody looks at the plan
}

void InstallPlanPanel::crewsEdited() {
    InstallPlanner::Crews crews{};
    for (int t = 0; t < install::kTradeCount; ++t) crews[std::size_t(t)] = crewBoxes_[std::size_t(t)]->value();
    planner_.setCrews(crews);
}

void InstallPlanPanel::showState() {
    const bool working = planner_.isBusy() || (planner_.isStale() && planner_.problem().isEmpty() && planner_.isActive());
    progress_->setVisible(working);
    if (!planner_.problem().isEmpty()) status_->setText(planner_.problem());
    else if (planner_.isBusy()) status_->setText(tr("Planning..."));
    else if (planner_.isStale()) status_->setText(tr("Out of date: the design, the crews or the calendar changed; planning follows."));
    else status_->clear();
    status_->setVisible(!status_->text().isEmpty());
}

void InstallPlanPanel::showPlan() {
    const auto planned = planner_.planned();
    gantt_->setPlanned(planned);
    critical_->clear();
    if (!planned) {
        summary_->setText(tr("No install plan"));
        daySlider_->setRange(0, 0);
        showDay();
        fillPrintChoices();
        return;
    }
    const install::InstallPlan& plan = planned->plan;
    double labourMinutes = 0.0;
    for (int t = 0; t < install::kTradeCount; ++t) labourMinutes += plan.work.labourMinutes(install::Trade(t));
    const int days = plan.workingDays();
    const int pathDays = plan.calendar.daysFor(plan.criticalPath.length);
    summary_->setText(days == 0 ? tr("Nothing to install: no work package takes time")
                                : tr("<b>Finish: working day %1</b> (%2) &middot; %L3 packages &middot; %L4 labour hours "
                                     "&middot; critical path %5 working days (no crew count finishes sooner) &middot; "
                                     "planned in %6 ms")
                                      .arg(days)
                                      .arg(dateText(plan, days - 1))
                                      .arg(plan.packageCount())
                                      .arg(labourMinutes / 60.0, 0, 'f', 0)
                                      .arg(pathDays)
                                      .arg(planned->ms, 0, 'f', 0));
    for (int p : plan.criticalChain) {
        const install::WorkPackage& pkg = plan.work.packages[std::size_t(p)];
        const int first = plan.startMoment(p).day + 1, last = plan.finishMoment(p).day + 1;
        const QString crew = QString::fromStdString(plan.crewName(p));
        auto* item = new QListWidgetItem(tr("day %1%2  %3%4")
                                             .arg(first)
                                             .arg(last == first ? QString() : QStringLiteral("-%1").arg(last))
                                             .arg(QString::fromStdString(pkg.name))
                                             .arg(crew.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(crew)),
                                         critical_);
        item->setData(Qt::UserRole, p);
    }
    {
        const QSignalBlocker block(daySlider_);
        const bool atFinish = dayAtFinish_;
        daySlider_->setRange(0, days);
        daySlider_->setTickInterval(std::max(1, days / 20));
        if (atFinish) daySlider_->setValue(days);
    }
    showDay();
    fillPrintChoices();
    // The boxes show the crews the plan used (the same as asked: the app sets no target).
    for (int t = 0; t < install::kTradeCount; ++t) {
        const QSignalBlocker block(crewBoxes_[std::size_t(t)]);
        if (!planner_.isStale()) crewBoxes_[std::size_t(t)]->setValue(plan.crews[std::size_t(t)]);
    }
}

void InstallPlanPanel::showDay() {
    const auto planned = planner_.planned();
    const int day = daySlider_->value();
    gantt_->setDayMarker(planned ? std::optional<int>(day) : std::nullopt);
    if (!planned) {
        dayLabel_->clear();
        asBuilt_.clear();
        return;
    }
    if (!isVisible()) return;  // hideEvent cleared the views; showEvent comes back here
    const AsBuilt built = asBuilt_.show(*planned, day);
    const QString when = day == 0 ? tr("Before day 1") : tr("End of day %1 (%2)").arg(day).arg(dateText(planned->plan, day - 1));
    dayLabel_->setText(tr("%1: %L2 of %L3 racks set, %L4 of %L5 tray segments, %L6 of %L7 cables")
                           .arg(when)
                           .arg(built.racksBuilt)
                           .arg(built.racks)
                           .arg(built.traysBuilt)
                           .arg(built.trays)
                           .arg(built.cablesBuilt)
                           .arg(built.cables));
}

void InstallPlanPanel::focusPackage(int package) {
    const auto planned = planner_.planned();
    if (!planned || package < 0 || package >= planned->plan.packageCount()) return;
    overlays_.focusRacks(planned->plan.work.packages[std::size_t(package)].racks);
    // Its crew's work orders of the day it starts are the ones to print next.
    const QString crew = QString::fromStdString(planned->plan.crewName(package));
    if (crew.isEmpty()) return;
    printCrew_->setCurrentIndex(std::max(0, printCrew_->findData(crew)));
    printDay_->setCurrentIndex(std::max(0, printDay_->findData(planned->plan.startMoment(package).day + 1)));
}

void InstallPlanPanel::fillPrintChoices() {
    // A new plan may have other crews and days: keep the choice where it still exists.
    const QVariant crew = printCrew_->currentData(), day = printDay_->currentData();
    const QSignalBlocker blockCrew(printCrew_), blockDay(printDay_);
    printCrew_->clear();
    printDay_->clear();
    printCrew_->addItem(tr("All crews"), QString());
    printDay_->addItem(tr("All days"), 0);
    if (const auto planned = planner_.planned()) {
        const install::InstallPlan& plan = planned->plan;
        for (int t = 0; t < install::kTradeCount; ++t)
            for (int n = 1; n <= plan.crews[std::size_t(t)]; ++n) {
                const QString name = QString::fromStdString(install::crewName(install::Trade(t), n));
                printCrew_->addItem(name, name);
            }
        for (int d = 1; d <= plan.workingDays(); ++d)
            printDay_->addItem(tr("Day %1 (%2)").arg(d).arg(dateText(plan, d - 1)), d);
    }
    printCrew_->setCurrentIndex(std::max(0, printCrew_->findData(crew)));
    printDay_->setCurrentIndex(std::max(0, printDay_->findData(day)));
}

install::WorkOrderFilter InstallPlanPanel::printFilter() const {
    install::WorkOrderFilter filter;
    if (const QString crew = printCrew_->currentData().toString(); !crew.isEmpty()) filter.crew = crew.toStdString();
    if (const int day = printDay_->currentData().toInt(); day > 0) filter.day = day;
    return filter;
}

void InstallPlanPanel::setPrintAvailable(bool available) { preview_->setVisible(available); }

}  // namespace rw::gui
