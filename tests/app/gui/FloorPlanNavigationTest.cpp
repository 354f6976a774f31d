// Moving the floor plan's camera (wheel zoom, middle-button pan) and how the plan copes with a
// large hall: building it once, then updating only what an edit touched.
#include <cstdio>
#include <memory>

#include <QElapsedTimer>
#include <QTest>
#include <QWheelEvent>
#include <gtest/gtest.h>

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "RackSelection.h"
#include "ViewModeActions.h"
#include "edit/Commands.h"
#include "floorplan/FloorCoordinates.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/FloorPlanView.h"
#include "floorplan/RackItem.h"

namespace rw::gui::test {
namespace {

std::unique_ptr<MainWindow> floorPlanWindow(Model model) {
    auto window = std::make_unique<MainWindow>(std::make_unique<ScriptedPrompts>());
    window->viewModes().setMode(ViewModeActions::Mode::FloorPlan);
    window->session().document().reset(std::move(model));
    window->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    window->floorPlanView().frameAll();
    return window;
}

void wheel(QWidget* viewport, QPoint at, int notches) {
    QWheelEvent event(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(viewport, &event);
}

TEST(FloorPlanNavigationTest, WheelZoomKeepsThePointUnderTheCursor) {
    auto window = floorPlanWindow(projectWithRacks(4));
    FloorPlanView& view = window->floorPlanView();
    const QPoint cursor = view.viewport()->rect().center() + QPoint(120, -80);
    const QPointF under = view.mapToScene(cursor);
    const double before = view.pixelsPerMm();

    wheel(view.viewport(), cursor, 3);
    EXPECT_NEAR(view.pixelsPerMm(), before * 1.2 * 1.2 * 1.2, before * 1e-6);
    EXPECT_NEAR(view.mapToScene(cursor).x(), under.x(), 2.0 / view.pixelsPerMm());
    EXPECT_NEAR(view.mapToScene(cursor).y(), under.y(), 2.0 / view.pixelsPerMm());

    wheel(view.viewport(), cursor, -3);
    EXPECT_NEAR(view.pixelsPerMm(), before, before * 1e-6);
}

TEST(FloorPlanNavigationTest, MiddleDragPansWithoutEditingOrSelecting) {
    auto window = floorPlanWindow(projectWithRacks(4));
    FloorPlanView& view = window->floorPlanView();
    view.zoomBy(8.0, view.viewport()->rect().center());
    const QPoint from = view.mapFromScene(toScene(Point2{20'000, 15'000}));  // on rack R1
    const QPointF before = view.mapToScene(from);

    QTest::mousePress(view.viewport(), Qt::MiddleButton, {}, from);
    QTest::mouseMove(view.viewport(), from + QPoint(40, 30));
    QTest::mouseMove(view.viewport(), from + QPoint(80, 60));
    QTest::mouseRelease(view.viewport(), Qt::MiddleButton, {}, from + QPoint(80, 60));

    // The floor moved with the mouse: what was under `from` is now 80, 60 px further on.
    const QPointF after = view.mapToScene(from + QPoint(80, 60));
    EXPECT_NEAR(after.x(), before.x(), 2.0 / view.pixelsPerMm());
    EXPECT_NEAR(after.y(), before.y(), 2.0 / view.pixelsPerMm());
    EXPECT_EQ(window->session().document().historySize(), 0u);
    EXPECT_TRUE(window->selection().empty());
}

TEST(FloorPlanNavigationTest, LargeHallBuildsOnceAndEditsUpdateOnlyTheirRacks) {
    constexpr int kRacks = 20'000;
    Model model = projectWithRacks(kRacks);
    QElapsedTimer clock;
    clock.start();
    auto window = floorPlanWindow(std::move(model));
    FloorPlanView& view = window->floorPlanView();
    const QImage whole = view.viewport()->grab().toImage();  // one full paint of the whole hall
    const auto buildAndPaintMs = clock.elapsed();
    saveScreenshot(whole, QStringLiteral("floorplan-20000-racks"));
    EXPECT_GT(pixelsNear(whole, render::rackRoleColor(RackRole::Compute)), 20'000);
    ASSERT_EQ(window->floorPlanScene().rackItemCount(), std::size_t(kRacks));
    clock.restart();
    (void)view.viewport()->grab();  // what each pan or zoom step costs with the whole hall in view
    const auto repaintMs = clock.elapsed();

    // An edit of one rack touches one item; the others stay the same objects.
    RackItem* untouched = window->floorPlanScene().rackItem(RackId(kRacks - 1));
    const RackId moved = window->session().model().racks().ids().front();
    clock.restart();
    cmd::moveRacks(window->session().document(), {moved}, Point2{600, 0});
    const auto moveMs = clock.elapsed();
    clock.restart();
    window->session().document().undo();
    const auto undoMs = clock.elapsed();
    EXPECT_EQ(window->floorPlanScene().rackItem(RackId(kRacks - 1)), untouched);
    EXPECT_EQ(window->floorPlanScene().rackItemCount(), std::size_t(kRacks));

    clock.restart();
    window->selection().set(window->session().model().racks().ids());
    const auto selectAllMs = clock.elapsed();
    EXPECT_EQ(window->floorPlanScene().selectedItems().size(), kRacks);

    RecordProperty("build_and_paint_ms", int(buildAndPaintMs));
    RecordProperty("move_one_rack_ms", int(moveMs));
    RecordProperty("repaint_whole_hall_ms", int(repaintMs));
    std::printf("floor plan, %d racks: build + first paint %lld ms; repaint of the whole hall %lld ms; move one "
                "rack %lld ms (3D view rebuild included), undo %lld ms, select all %lld ms\n",
                kRacks, static_cast<long long>(buildAndPaintMs), static_cast<long long>(repaintMs),
                static_cast<long long>(moveMs),
                static_cast<long long>(undoMs), static_cast<long long>(selectAllMs));
}

}  // namespace
}  // namespace rw::gui::test
