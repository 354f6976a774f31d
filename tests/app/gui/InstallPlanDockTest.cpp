// The Install Plan dock on the generated, routed SuperPOD SU (examples/superpod-h100-1su.json),
// driven as a user drives it: the dock lists every trade with bars on the Gantt chart, the finish
// day and the critical path; typing a smaller crew count plans again (off the GUI thread) and
// moves the finish day, without touching the undo history; the day slider at day 0 fades every
// rack, tray run and cable bundle in the floor plan and the 3D view, at the finish none.
// File > Print Preview paints the chosen crew's and day's work orders through render/print's
// WorkOrderBook onto a QPrintPreviewWidget (the dialog's own widget, without the modal dialog).
// Screenshots: the preview /tmp/install-preview.png; the dock /tmp/install-dock.png; the hall before day 1 and mid-install,
// /tmp/install-{floor,3d}-{day0,midway}.png.
#include <algorithm>
#include <cstdio>

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QMenu>
#include <QMenuBar>
#ifdef RACKWEAVE_HAVE_PRINT
#include <QPrintPreviewWidget>
#include <QPrinter>
#endif
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <gtest/gtest.h>

#include "FileTestSupport.h"
#include "HallView.h"
#include "floorplan/FloorPlanOverlays.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/FloorPlanView.h"
#include "floorplan/RackItem.h"
#include "floorplan/TrayLayerItem.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "RackSelection.h"
#include "install/GanttChart.h"
#include "install/InstallPlanPanel.h"
#include "install/InstallPlanner.h"
#include "install/PlanCalendarRow.h"
#ifdef RACKWEAVE_HAVE_PRINT
#include "install/WorkOrderPreview.h"
#include "install/WorkOrderPrinting.h"
#endif
#include "persistence/ProjectFile.h"
#include "router/Router.h"

namespace rw::gui::test {
namespace {

class InstallPlanDockTest : public FileWindowTest {
protected:
    void SetUp() override {
        FileWindowTest::SetUp();
        static const OpenedProject design = [] {
            OpenedProject p;
            p.model = generate(parseSpecFile(examplePath("superpod-h100-1su.json"), fileTestCatalog()), fileTestCatalog()).model;
            p.routes = Router(p.model, fileTestCatalog()).routeAll();
            return p;
        }();
        window_->resize(1600, 1000);
        session().adoptUnsaved(design.model, design.routes);
        window_->installDock()->show();
        window_->resizeDocks({window_->installDock()}, {380}, Qt::Vertical);
        window_->installDock()->raise();
        ASSERT_TRUE(waitUntil([&] { return planner().planned() && !planner().isStale() && !planner().isBusy(); }))
            << panel().status().text().toStdString();
    }

    InstallPlanner& planner() const { return window_->installPlanner(); }
    InstallPlanPanel& panel() const { return window_->installPanel(); }

    // The finish day the summary shows, as the user reads it.
    int shownFinishDay() const {
        const auto match = QRegularExpression(QStringLiteral("Finish: working day (\\d+)")).match(panel().summary().text());
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

    // Racks drawn faded in the floor plan, and racks the plan sets.
    int fadedRackItems() const {
        int faded = 0;
        session().model().racks().forEach([&](RackId id, const Rack&) {
            const RackItem* item = window_->floorPlanScene().rackItem(id);
            faded += item && item->isFaded() ? 1 : 0;
        });
        return faded;
    }
    int fadedTraySegments() const {
        int faded = 0;
        session().model().trays().forEach([&](TrayId id, const TraySegment&) { faded += window_->floorPlanOverlays().trays().isFaded(id); });
        return faded;
    }

    // Screenshots of both views: /tmp/install-floor-<name>.png and /tmp/install-3d-<name>.png.
    void saveViews(const QString& name) const {
        QTest::qWait(50);
        EXPECT_TRUE(window_->floorPlanView().grab().save(QStringLiteral("/tmp/install-floor-%1.png").arg(name)));
        const QImage hall = window_->hallView().grabImage();
        EXPECT_FALSE(hall.isNull());
        hall.save(QStringLiteral("/tmp/install-3d-%1.png").arg(name));
    }

    // Types `value` into a crew spin box as a user does: select all, type, Enter.
    static void typeInto(QSpinBox& box, int value) {
        box.setFocus();
        box.selectAll();
        QTest::keyClicks(&box, QString::number(value));
        QTest::keyClick(&box, Qt::Key_Enter);
    }
};

TEST_F(InstallPlanDockTest, ShowsEveryTradeTheFinishDayAndTheCriticalPath) {
    const install::InstallPlan& plan = planner().planned()->plan;
    ASSERT_GT(plan.workingDays(), 0);
    EXPECT_EQ(shownFinishDay(), plan.workingDays());
    // Every trade with work has bars inside its own band of the chart.
    const GanttChart& gantt = panel().gantt();
    for (int t = 0; t < install::kTradeCount; ++t) {
        const auto trade = install::Trade(t);
        int bars = 0;
        for (int p = 0; p < plan.packageCount(); ++p) {
            if (plan.work.packages[std::size_t(p)].trade != trade) continue;
            const QRectF bar = gantt.barRect(p);
            if (bar.isEmpty()) continue;
            EXPECT_TRUE(gantt.tradeBand(trade).contains(bar.center())) << plan.work.packages[std::size_t(p)].name;
            EXPECT_TRUE(gantt.rect().contains(bar.toRect().center()));
            ++bars;
        }
        if (plan.work.labourMinutes(trade) > 0) {
            EXPECT_GT(bars, 0) << toString(trade);
        }
        EXPECT_EQ(panel().crewBox(trade).value(), plan.crews[std::size_t(t)]);
    }
    // The critical path is listed first to last, and a click on a bar finds its package.
    ASSERT_FALSE(plan.criticalChain.empty());
    ASSERT_EQ(panel().criticalList().count(), int(plan.criticalChain.size()));
    const int last = plan.criticalChain.back();
    EXPECT_TRUE(panel().criticalList().item(panel().criticalList().count() - 1)->text().contains(
        QString::fromStdString(plan.work.packages[std::size_t(last)].name)));
    for (int p : plan.criticalChain)
        if (const QRectF bar = gantt.barRect(p); bar.width() >= 3) {
            EXPECT_EQ(gantt.packageAt(bar.center().toPoint()), p);
            break;
        }
    // Clicking a rack's set in the chart selects that rack and picks its crew and day to print.
    int rackSet = -1;
    for (int p = 0; p < plan.packageCount() && rackSet < 0; ++p)
        if (plan.work.packages[std::size_t(p)].kind == install::PackageKind::RackSet && gantt.barRect(p).width() >= 3) rackSet = p;
    ASSERT_GE(rackSet, 0);
    QTest::mouseClick(&panel().gantt(), Qt::LeftButton, {}, gantt.barRect(rackSet).center().toPoint());
    EXPECT_EQ(window_->selection().racks(), plan.work.packages[std::size_t(rackSet)].racks);
    EXPECT_EQ(panel().printCrew().currentText().toStdString(), plan.crewName(rackSet));
    EXPECT_EQ(panel().printFilter().day, plan.startMoment(rackSet).day + 1);
    QTest::qWait(50);
    EXPECT_TRUE(window_->installDock()->grab().save(QStringLiteral("/tmp/install-dock.png")));
    EXPECT_TRUE(window_->grab().save(QStringLiteral("/tmp/install-window.png")));
}

TEST_F(InstallPlanDockTest, FewerCrewsPlanAgainAndMoveTheFinishDay) {
    const int before = shownFinishDay();
    ASSERT_GT(before, 0);
    const std::size_t history = session().document().historySize();
    const bool modified = session().isModified();
    // One crew of each cabling trade instead of four: the cabling takes longer.
    typeInto(panel().crewBox(install::Trade::Copper), 1);
    typeInto(panel().crewBox(install::Trade::Fibre), 1);
    EXPECT_TRUE(planner().isStale() || planner().isBusy());
    ASSERT_TRUE(waitUntil([&] { return !planner().isStale() && !planner().isBusy(); }));
    const install::InstallPlan& plan = planner().planned()->plan;
    EXPECT_EQ(plan.crews[std::size_t(install::Trade::Copper)], 1);
    EXPECT_EQ(plan.crews[std::size_t(install::Trade::Fibre)], 1);
    EXPECT_GT(shownFinishDay(), before);
    EXPECT_EQ(shownFinishDay(), plan.workingDays());
    // Crews are plan settings, not design edits: nothing to undo, nothing to save.
    EXPECT_EQ(session().document().historySize(), history);
    EXPECT_EQ(session().isModified(), modified);
}

TEST_F(InstallPlanDockTest, CalendarAndTargetPlanAgainWithoutUndo) {
    const install::InstallPlan before = planner().planned()->plan;
    const std::size_t history = session().document().historySize();
    const bool modified = session().isModified();
    PlanCalendarRow& row = panel().calendarRow();
    // Five hours a day instead of ten: the same working minutes take more days.
    typeInto(row.shiftHours(), 5);
    EXPECT_TRUE(planner().isStale() || planner().isBusy());
    ASSERT_TRUE(waitUntil([&] { return !planner().isStale() && !planner().isBusy(); }));
    const install::InstallPlan& shorter = planner().planned()->plan;
    EXPECT_EQ(shorter.settings.shiftHours, 5);
    EXPECT_EQ(shorter.calendar.minutesPerDay(), 300);
    EXPECT_GT(shorter.workingDays(), before.workingDays());
    EXPECT_EQ(shownFinishDay(), shorter.workingDays());
    // Three working days a week and a start on a Monday: the first day is that Monday.
    typeInto(row.daysPerWeek(), 3);
    row.start().setDate(QDate(2027, 3, 1));
    ASSERT_TRUE(waitUntil([&] { return !planner().isStale() && !planner().isBusy(); }));
    const install::InstallPlan& week = planner().planned()->plan;
    EXPECT_EQ(week.settings.workingDaysPerWeek, 3);
    EXPECT_EQ(install::WorkCalendar::date(week.calendar.firstDay()), "2027-03-01");
    EXPECT_EQ(install::WorkCalendar::date(week.calendar.date(3)), "2027-03-08") << "Thursday to Sunday off";
    // A target: the plan runs the what-if and the crew boxes show the crews it found.
    typeInto(row.targetDays(), week.workingDays() + 2);
    ASSERT_TRUE(waitUntil([&] { return !planner().isStale() && !planner().isBusy(); }));
    const install::InstallPlan& target = planner().planned()->plan;
    ASSERT_TRUE(target.whatIf.has_value());
    EXPECT_TRUE(target.targetMet());
    for (int t = 0; t < install::kTradeCount; ++t)
        EXPECT_EQ(panel().crewBox(install::Trade(t)).value(), target.crews[std::size_t(t)]);
    // Back to none: no what-if.
    row.targetDays().setValue(0);  // shown as "none"
    ASSERT_TRUE(waitUntil([&] { return !planner().isStale() && !planner().isBusy(); }));
    EXPECT_FALSE(planner().planned()->plan.whatIf.has_value());
    // Plan settings, not design edits: nothing to undo, nothing to save.
    EXPECT_EQ(session().document().historySize(), history);
    EXPECT_EQ(session().isModified(), modified);
}

TEST_F(InstallPlanDockTest, AnEditMarksThePlanStaleAndItFollows) {
    const int packages = planner().planned()->plan.packageCount();
    addRacks(2);  // two more racks to set
    EXPECT_TRUE(planner().isStale());
    ASSERT_TRUE(waitUntil([&] { return !planner().isStale() && !planner().isBusy() && !session().routesStale(); }));
    EXPECT_GT(planner().planned()->plan.packageCount(), packages);
}

TEST_F(InstallPlanDockTest, DaySliderFadesWhatIsNotBuiltYetInBothViews) {
    const install::InstallPlan& plan = planner().planned()->plan;
    QSlider& slider = panel().daySlider();
    const render::HallView& view = window_->hallView();
    // Opened at the finish: the hall complete, nothing faded.
    ASSERT_EQ(slider.maximum(), plan.workingDays());
    EXPECT_EQ(slider.value(), slider.maximum());
    EXPECT_EQ(fadedRackItems(), 0);
    EXPECT_EQ(view.stats().fadedRacks, 0);

    // Day 0, as a user sends it there (Home key): before the first morning nothing is built.
    slider.setFocus();
    QTest::keyClick(&slider, Qt::Key_Home);
    ASSERT_EQ(slider.value(), 0);
    const int racks = int(window_->floorPlanScene().rackItemCount());
    ASSERT_GT(racks, 0);
    EXPECT_EQ(fadedRackItems(), racks);
    EXPECT_GT(fadedTraySegments(), 0);
    EXPECT_EQ(view.stats().fadedRacks, view.stats().rackInstances);
    EXPECT_EQ(view.stats().fadedDevices, view.stats().deviceInstances);
    ASSERT_GT(view.stats().bundleInstances, 0);
    EXPECT_EQ(view.stats().fadedBundles, view.stats().bundleInstances);
    EXPECT_TRUE(panel().dayLabel().text().startsWith(QStringLiteral("Before day 1: 0 of %1 racks set").arg(racks)))
        << panel().dayLabel().text().toStdString();
    QRectF rackArea;
    session().model().racks().forEach([&](RackId id, const Rack&) { rackArea |= window_->floorPlanOverlays().rackRect(id); });
    window_->floorPlanOverlays().frame(rackArea);
    saveViews(QStringLiteral("day0"));

    // Part way: the racks are set before their cables are pulled, so some are built, some not.
    int midway = 1;
    while (midway < slider.maximum() && (fadedRackItems() == racks || view.stats().fadedBundles == 0)) {
        slider.setValue(midway++);
    }
    EXPECT_LT(fadedRackItems(), racks);
    EXPECT_GT(view.stats().fadedBundles, 0);
    saveViews(QStringLiteral("midway"));

    // The finish (End key): everything built, nothing faded.
    QTest::keyClick(&slider, Qt::Key_End);
    ASSERT_EQ(slider.value(), plan.workingDays());
    EXPECT_EQ(fadedRackItems(), 0);
    EXPECT_EQ(fadedTraySegments(), 0);
    EXPECT_EQ(view.stats().fadedRacks, 0);
    EXPECT_EQ(view.stats().fadedDevices, 0);
    EXPECT_EQ(view.stats().fadedBundles, 0);

    // Hiding the dock gives the views back as they are, whatever day the slider shows.
    slider.setValue(0);
    EXPECT_EQ(fadedRackItems(), racks);
    window_->installDock()->hide();
    EXPECT_EQ(fadedRackItems(), 0);
    EXPECT_EQ(view.stats().fadedRacks, 0);
}

// colossus-100k (1,890 racks, 370k cables, ~18,500 packages): the figures, and that the GUI
// thread's part stays short -- planning itself runs on the worker. Screenshots
// /tmp/install-dock-colossus.png and /tmp/install-floor-colossus.png (slider part way).
TEST_F(InstallPlanDockTest, ColossusPlansOffTheGuiThreadAndTheSliderStaysQuick) {
    OpenedProject colossus;
    colossus.model = generate(parseSpecFile(examplePath("colossus-100k.json"), fileTestCatalog()), fileTestCatalog()).model;
    colossus.routes = Router(colossus.model, fileTestCatalog()).routeAll();
    session().adoptUnsaved(std::move(colossus.model), std::move(colossus.routes));
    QElapsedTimer gui;
    gui.start();
    planner().recomputeNow();  // snapshot of the model and routes, then the worker
    const double startMs = double(gui.nsecsElapsed()) / 1e6;
    EXPECT_TRUE(planner().isBusy());
    ASSERT_TRUE(waitUntil([&] { return planner().planned() && !planner().isStale() && !planner().isBusy(); }, 120'000))
        << panel().status().text().toStdString();
    const install::InstallPlan& plan = planner().planned()->plan;
    EXPECT_GT(plan.packageCount(), 10'000);
    EXPECT_EQ(shownFinishDay(), plan.workingDays());

    // Part way through setting the racks (the riggers finish them long before the fibre is in).
    QSlider& slider = panel().daySlider();
    const int racks = int(window_->floorPlanScene().rackItemCount());
    double sliderMs = 0.0;
    for (int day = 1; day < slider.maximum(); day += 4) {
        gui.restart();
        slider.setValue(day);
        sliderMs = std::max(sliderMs, double(gui.nsecsElapsed()) / 1e6);
        if (fadedRackItems() < racks * 2 / 3) break;
    }
    EXPECT_GT(fadedRackItems(), 0);
    EXPECT_LT(fadedRackItems(), racks);
    EXPECT_GT(window_->hallView().stats().fadedBundles, 0);
    gui.restart();
    const QPixmap dock = window_->installDock()->grab();
    const double paintMs = double(gui.nsecsElapsed()) / 1e6;
    EXPECT_TRUE(dock.save(QStringLiteral("/tmp/install-dock-colossus.png")));
    window_->floorPlanView().frameAll();
    QTest::qWait(50);
    EXPECT_TRUE(window_->floorPlanView().grab().save(QStringLiteral("/tmp/install-floor-colossus.png")));
    std::printf("[ install ] colossus-100k: %d packages, finish day %d; planning %.0f ms on the worker; GUI thread: "
                "start %.0f ms, slider to day %d up to %.0f ms, dock paint %.0f ms\n",
                plan.packageCount(), plan.workingDays(), planner().planned()->ms, startMs, slider.value(), sliderMs, paintMs);
    // What the user waits for on the GUI thread, with room for a loaded machine.
    EXPECT_LT(startMs, 1000.0);
    EXPECT_LT(sliderMs, 1000.0);
    EXPECT_LT(paintMs, 1000.0);
}

#ifdef RACKWEAVE_HAVE_PRINT  // built with the printouts (RACKWEAVE_BUILD_PRINT)
TEST_F(InstallPlanDockTest, PrintPreviewShowsTheChosenCrewsWorkOrders) {
    ASSERT_NE(window_->workOrderPreview(), nullptr);
    // File > Print Work Orders... is in the File menu, above Quit.
    QMenu* file = window_->menuBar()->actions().front()->menu();
    ASSERT_NE(file, nullptr);
    const QList<QAction*> items = file->actions();
    const auto at = items.indexOf(window_->workOrderPreview()->action());
    ASSERT_GE(at, 0);
    EXPECT_LT(at, items.indexOf(actions().quitAction()));
    EXPECT_TRUE(window_->workOrderPreview()->action()->isEnabled());

    // Choose a fibre crew and its first day in the dock, as a user does.
    const install::InstallPlan& plan = planner().planned()->plan;
    int package = -1;
    for (int p = 0; p < plan.packageCount() && package < 0; ++p)
        if (plan.work.packages[std::size_t(p)].trade == install::Trade::Fibre && !plan.work.packages[std::size_t(p)].cables.empty())
            package = p;
    ASSERT_GE(package, 0);
    const QString crew = QString::fromStdString(plan.crewName(package));
    const int day = plan.startMoment(package).day + 1;
    QComboBox& crews = panel().printCrew();
    QComboBox& days = panel().printDay();
    ASSERT_GE(crews.findText(crew), 0);
    crews.setCurrentIndex(crews.findText(crew));
    days.setCurrentIndex(days.findData(day));
    ASSERT_EQ(panel().printFilter().crew, crew.toStdString());
    ASSERT_EQ(panel().printFilter().day, day);

    const std::unique_ptr<WorkOrderPrinting> printing = window_->workOrderPreview()->prepare();
    ASSERT_TRUE(printing) << prompts_->errors.join('\n').toStdString();
    EXPECT_GE(printing->orderCount(), 1u);
    EXPECT_GE(printing->pageCount(), 2);  // the cover and at least one work order

    QPrinter printer(QPrinter::HighResolution);
    WorkOrderPrinting::setUpPrinter(printer);
    QPrintPreviewWidget preview(&printer);
    QObject::connect(&preview, &QPrintPreviewWidget::paintRequested, [&](QPrinter* p) { printing->paint(p); });
    preview.resize(900, 700);
    preview.setViewMode(QPrintPreviewWidget::SinglePageView);
    preview.setZoomMode(QPrintPreviewWidget::FitInView);
    preview.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&preview));
    preview.updatePreview();
    EXPECT_EQ(preview.pageCount(), printing->pageCount());
    EXPECT_GT(preview.pageCount(), 0);
    preview.setCurrentPage(2);  // the first work order, not the cover
    QTest::qWait(100);
    const QImage page = preview.grab().toImage();
    EXPECT_TRUE(page.save(QStringLiteral("/tmp/install-preview.png")));
    // Ink on the page (the cutsheet's text, rules, tick boxes, QR codes), not a blank sheet per
    // page: the middle of the view lies on the page whatever the preview's margins and shadow.
    const QImage middle = page.copy(page.rect().adjusted(page.width() / 5, page.height() / 4, -page.width() / 5,
                                                         -page.height() / 4));
    int ink = 0;
    for (int y = 0; y < middle.height(); ++y)
        for (int x = 0; x < middle.width(); ++x) ink += qGray(middle.pixel(x, y)) < 160 ? 1 : 0;
    EXPECT_GT(ink, 1000);

    // Every crew on every day is the whole book: more pages than one crew's day.
    crews.setCurrentIndex(0);
    days.setCurrentIndex(0);
    const std::unique_ptr<WorkOrderPrinting> all = window_->workOrderPreview()->prepare();
    ASSERT_TRUE(all);
    EXPECT_GT(all->pageCount(), printing->pageCount());
    EXPECT_TRUE(prompts_->errors.isEmpty()) << prompts_->errors.join('\n').toStdString();
}

TEST_F(InstallPlanDockTest, PrintPreviewWithoutRoutesSaysWhy) {
    session().adoptUnsaved(session().model(), std::nullopt);  // the same design, no routes
    EXPECT_FALSE(window_->workOrderPreview()->prepare());
    ASSERT_EQ(prompts_->errors.size(), 1);
    EXPECT_TRUE(prompts_->errors.front().contains(QStringLiteral("no cable routes"))) << prompts_->errors.front().toStdString();
}
#endif

}  // namespace
}  // namespace rw::gui::test
