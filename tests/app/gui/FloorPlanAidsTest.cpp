// Reading sizes off the floor plan: the scale bar's round length follows the zoom, and the
// status bar's readout gives the hall and the point under the cursor in that hall's metres.
#include <cstdlib>

#include <QLabel>
#include <QMouseEvent>
#include <QTest>
#include <gtest/gtest.h>

#include "GuiTestSupport.h"
#include "PlanWindowSupport.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "ViewModeActions.h"
#include "floorplan/FloorCoordinates.h"
#include "floorplan/FloorPlanView.h"
#include "floorplan/ScaleBar.h"

namespace rw::gui::test {
namespace {

TEST(FloorPlanAidsTest, TheScaleBarTakesARoundLengthThatFits) {
    EXPECT_DOUBLE_EQ(ScaleBar::roundLength(0.01, 120), 10'000.0);  // 12 m fit: 10 m
    EXPECT_DOUBLE_EQ(ScaleBar::roundLength(0.05, 120), 2'000.0);   // 2.4 m fit: 2 m
    EXPECT_DOUBLE_EQ(ScaleBar::roundLength(0.2, 120), 500.0);      // 600 mm fit: 500 mm
    for (double ppm : {0.0003, 0.0021, 0.017, 0.13, 1.7}) {
        const double px = ScaleBar::roundLength(ppm, 120) * ppm;
        EXPECT_LE(px, 120.0);
        EXPECT_GE(px, 120.0 * 0.4) << ppm;
    }
    EXPECT_EQ(ScaleBar::lengthText(500), QStringLiteral("500 mm"));
    EXPECT_EQ(ScaleBar::lengthText(20'000), QStringLiteral("20 m"));
}

TEST(FloorPlanAidsTest, TheBarFollowsTheZoomAndTheReadoutTheCursor) {
    auto w = planWindow(projectWithRacks(40));
    FloorPlanView& view = w->floorPlanView();
    view.frameAll();
    QTest::qWait(20);
    auto* bar = view.findChild<ScaleBar*>();
    ASSERT_NE(bar, nullptr);
    const double far = bar->lengthMm();
    EXPECT_GT(far, 0.0);
    view.zoomBy(8.0, view.viewport()->rect().center());
    QTest::qWait(20);
    EXPECT_LT(bar->lengthMm(), far) << "zoomed in, the bar stands for less floor";
    EXPECT_NEAR(bar->lengthMm() * view.pixelsPerMm(), 84.0, 36.0);
    saveScreenshot(view.grab().toImage(), QStringLiteral("plan-scale-bar"));

    auto* readout = w->findChild<QLabel*>(QStringLiteral("cursorReadout"));
    ASSERT_NE(readout, nullptr);
    const Point2 rack = w->session().model().racks()[RackId(0)].position;
    const QPoint at = view.mapFromScene(toScene(rack));
    QMouseEvent move(QEvent::MouseMove, at, view.viewport()->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view.viewport(), &move);
    const Point2 under = toModel(view.mapToScene(at));  // the pixel's point, a few mm off the centre
    ASSERT_LT(std::abs(under.x - rack.x) + std::abs(under.y - rack.y), 200);
    const QLocale locale;
    EXPECT_TRUE(readout->text().contains(QStringLiteral("x %1 m").arg(locale.toString(under.x / 1'000.0, 'f', 2))))
        << readout->text().toStdString();
    EXPECT_TRUE(readout->text().contains(QStringLiteral("y %1 m").arg(locale.toString(under.y / 1'000.0, 'f', 2))))
        << readout->text().toStdString();
    EXPECT_TRUE(readout->text().startsWith(QString::fromStdString(w->session().model().halls()[HallId(0)].name)));
}

}  // namespace
}  // namespace rw::gui::test
