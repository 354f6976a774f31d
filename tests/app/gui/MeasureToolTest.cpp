// View > Measure: a drag on the plan reads out the straight distance between its ends, selects
// nothing while measuring, and switching the tool off removes the line.
#include <QAction>
#include <QLineF>
#include <QTest>
#include <gtest/gtest.h>

#include "GuiTestSupport.h"
#include "PlanWindowSupport.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "RackSelection.h"
#include "ViewModeActions.h"
#include "floorplan/FloorPlanView.h"
#include "floorplan/MeasureTool.h"

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

}  // namespace
}  // namespace rw::gui::test
