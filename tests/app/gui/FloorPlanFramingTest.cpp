// The floor plan's first view: framed on the racks rather than the whole hall, refitted when the
// window reaches its final size (until the user moves the camera), and a maximised window on the
// first start.
#include <memory>

#include <QSettings>
#include <QTest>
#include <gtest/gtest.h>

#include "GuiTestSupport.h"
#include "PlanWindowSupport.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "ViewModeActions.h"
#include "WindowLayoutStore.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/FloorPlanView.h"

namespace rw::gui::test {
namespace {

QRectF visibleScene(const FloorPlanView& view) { return view.mapToScene(view.viewport()->rect()).boundingRect(); }

TEST(FloorPlanFramingTest, OpeningFramesTheRacksNotTheWholeHall) {
    // 40 racks in two rows in the corner of a 60 m x 40 m hall.
    auto w = planWindow(projectWithRacks(40), QSize(1400, 900));
    FloorPlanView& view = w->floorPlanView();
    const QRectF racks = w->floorPlanScene().contentBounds();
    const QRectF hall = w->floorPlanScene().hallBounds();
    ASSERT_LT(racks.width(), hall.width() / 3);
    const QRectF shown = visibleScene(view);
    EXPECT_TRUE(shown.contains(racks)) << "every rack in view";
    EXPECT_LT(shown.width(), hall.width() * 0.6) << "not the whole hall";
    EXPECT_LT(shown.width(), racks.width() * 2.5) << "the racks fill much of the view";
    saveScreenshot(view.viewport()->grab().toImage(), QStringLiteral("plan-first-view-racks"));
}

TEST(FloorPlanFramingTest, TheFitFollowsTheWindowToItsFinalSizeUntilTheUserMovesTheCamera) {
    auto w = planWindow(projectWithRacks(40), QSize(800, 600));
    FloorPlanView& view = w->floorPlanView();
    view.frameAll();
    const double small = view.pixelsPerMm();
    ASSERT_TRUE(view.followsFit());
    w->resize(1800, 1000);  // the window manager maximises it after the first show
    QTest::qWait(50);
    EXPECT_GT(view.pixelsPerMm(), small * 1.3) << "refitted to the bigger viewport";
    EXPECT_TRUE(visibleScene(view).contains(w->floorPlanScene().contentBounds()));

    view.zoomBy(2.0, view.viewport()->rect().center());  // the user zooms: the camera is theirs now
    EXPECT_FALSE(view.followsFit());
    const double chosen = view.pixelsPerMm();
    w->resize(1000, 700);
    QTest::qWait(50);
    EXPECT_DOUBLE_EQ(view.pixelsPerMm(), chosen) << "a resize keeps the user's zoom";
}

TEST(FloorPlanFramingTest, TheFirstStartIsMaximisedAndALaterOneAsLeft) {
    QSettings().remove(QStringLiteral("mainWindow"));
    {
        MainWindow first(std::make_unique<ScriptedPrompts>());
        WindowLayoutStore::show(first);
        EXPECT_TRUE(first.windowState() & Qt::WindowMaximized);
        first.showNormal();
        first.resize(1000, 700);
        WindowLayoutStore::save(first);
    }
    MainWindow second(std::make_unique<ScriptedPrompts>());
    WindowLayoutStore::show(second);
    EXPECT_FALSE(second.windowState() & Qt::WindowMaximized) << "the user's own size wins";
    QSettings().remove(QStringLiteral("mainWindow"));
}

}  // namespace
}  // namespace rw::gui::test
