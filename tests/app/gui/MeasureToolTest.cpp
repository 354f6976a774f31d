// View > Measure: a drag on the plan reads out the straight distance between its ends, selects
// nothing while measuring, and switching the tool off removes the line. From rack to rack it
// also reads the path along each kind of tray and draws the shortest.
#include <QAction>
#include <QGraphicsPathItem>
#include <QLineF>
#include <QTest>
#include <gtest/gtest.h>

#include "DerivedViewsSupport.h"
#include "GuiTestSupport.h"
#include "PlanWindowSupport.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "RackSelection.h"
#include "ViewModeActions.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/FloorPlanView.h"
#include "floorplan/MeasureTool.h"
#include "floorplan/RackItem.h"

namespace rw::gui::test {
namespace {

TEST(MeasureToolTest, ADragMeasuresTheStraightDistanceAndSelectsNothing) {
    auto w = planWindow(projectWithRacks(40));
    FloorPlanView& view = w->floorPlanView();
    view.frameAll();
    auto* tool = w->findChild<MeasureTool*>();
    ASSERT_NE(tool, nullptr);
    tool->action()->trigger();
    ASSERT_TRUE(tool->action()->isChecked());

    const QPoint from = view.viewport()->rect().center() - QPoint(150, 60), to = view.viewport()->rect().center() + QPoint(200, 90);
    QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(view.viewport(), (from + to) / 2);
    QTest::mouseMove(view.viewport(), to);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, Qt::NoModifier, to);
    const double expected = QLineF(view.mapToScene(from), view.mapToScene(to)).length();
    EXPECT_GT(expected, 1'000.0);
    EXPECT_NEAR(tool->lengthMm(), expected, 1.0);
    EXPECT_TRUE(w->selection().racks().empty()) << "measuring across racks selects none";
    saveScreenshot(view.viewport()->grab().toImage(), QStringLiteral("plan-measure"));

    tool->action()->trigger();  // off
    EXPECT_DOUBLE_EQ(tool->lengthMm(), 0.0);
}

/// Drags the measure tool from `from` to `to` (viewport points).
void measure(FloorPlanView& view, QPoint from, QPoint to) {
    QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(view.viewport(), to);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, Qt::NoModifier, to);
}

TEST(MeasureToolTest, FromRackToRackItReadsThePathAlongEachKindOfTray) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    FloorPlanView& view = w.floorPlanView();
    auto* tool = w.findChild<MeasureTool*>();
    ASSERT_NE(tool, nullptr);
    tool->action()->trigger();
    const Model& model = w.session().model();
    const std::vector<RackId> racks = model.racks().ids();
    const RackId a = racks.front(), b = racks.back();
    const auto at = [&](RackId r) {
        return view.mapFromScene(w.floorPlanScene().site().toScene(model.racks()[r].hall, model.racks()[r].position));
    };

    measure(view, at(a), at(b));
    ASSERT_TRUE(tool->trayPaths().has_value()) << "both ends on racks";
    const auto expected = shortestTrayPaths(model, shippedParts(), a, b);
    for (std::size_t k = 0; k < kTrayKinds; ++k) {
        const TrayPath& path = (*tool->trayPaths())[k];
        ASSERT_TRUE(path.found) << k;
        EXPECT_DOUBLE_EQ(path.totalMm(), expected[k].totalMm()) << "core's path, not the GUI's own";
        EXPECT_GT(path.totalMm(), tool->lengthMm() - 1'000.0) << "along trays is no shorter than the straight line, give or take the pick";
    }
    const QString text = tool->text();
    EXPECT_TRUE(text.contains(QStringLiteral("along trays: data ")) && text.contains(QStringLiteral("power ")))
        << text.toStdString();
    const QLocale locale;
    EXPECT_TRUE(text.contains(locale.toString(expected[0].totalMm() / 1'000.0, 'f', 1))) << text.toStdString();
    auto* drawn = [&]() -> QGraphicsPathItem* {
        for (QGraphicsItem* item : view.scene()->items())
            if (auto* path = qgraphicsitem_cast<QGraphicsPathItem*>(item); path && path->zValue() == 39) return path;
        return nullptr;
    }();
    ASSERT_NE(drawn, nullptr);
    EXPECT_GT(drawn->path().length(), 1'000.0) << "the shortest path is drawn along its segments";
    saveScreenshot(grabFloorPlan(w), QStringLiteral("plan-measure-trays"));

    // From open floor: the straight length only.
    for (QGraphicsItem* item : view.items(QPoint(3, 3))) ASSERT_NE(item->type(), RackItem::kType) << "the corner is open floor";
    measure(view, QPoint(3, 3), at(b));
    EXPECT_FALSE(tool->trayPaths().has_value());
    EXPECT_FALSE(tool->text().contains(QStringLiteral("along trays")));
}

}  // namespace
}  // namespace rw::gui::test
