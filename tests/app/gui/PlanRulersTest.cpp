// View > Rulers: rulers along the plan's top and left edges read the floor coordinates under
// them (in the hall at the middle of the view, on a site of several halls), their ticks follow
// the zoom, they take room beside the plan rather than covering it, and switching them off is
// remembered.
#include <QAction>
#include <QSettings>
#include <QTest>
#include <gtest/gtest.h>

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PlanWindowSupport.h"
#include "ProjectSession.h"
#include "floorplan/FloorCoordinates.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/FloorPlanView.h"
#include "floorplan/PlanRulers.h"
#include "floorplan/SiteLayout.h"

namespace rw::gui::test {
namespace {

using Edge = PlanRulers::Edge;

std::vector<PlanRulers::Tick> majors(const PlanRulers& rulers, Edge edge) {
    std::vector<PlanRulers::Tick> out;
    for (const PlanRulers::Tick& t : rulers.ticks(edge))
        if (t.major) out.push_back(t);
    return out;
}

TEST(PlanRulersTest, MajorTicksAreRoundLengthsWithRoomForTheirLabels) {
    EXPECT_DOUBLE_EQ(PlanRulers::majorStep(0.01, 70), 10'000.0);  // 7 m at least: 10 m
    EXPECT_DOUBLE_EQ(PlanRulers::majorStep(0.05, 70), 2'000.0);   // 1.4 m: 2 m
    EXPECT_DOUBLE_EQ(PlanRulers::majorStep(0.2, 70), 500.0);      // 350 mm: 500 mm
    EXPECT_DOUBLE_EQ(PlanRulers::majorStep(0.07, 70), 1'000.0);   // exactly 1 m
    EXPECT_EQ(PlanRulers::tickText(12'000, 2'000), QLocale().toString(12.0, 'f', 0));
    EXPECT_EQ(PlanRulers::tickText(12'500, 500), QLocale().toString(12.5, 'f', 1));
    EXPECT_EQ(PlanRulers::tickText(-1e-7, 500), QLocale().toString(0.0, 'f', 1)) << "no minus zero";
}

TEST(PlanRulersTest, TicksMarkTheFloorCoordinatesUnderThemAndFollowTheZoom) {
    auto w = planWindow(projectWithRacks(40));
    FloorPlanView& view = w->floorPlanView();
    view.frameAll();
    QTest::qWait(20);
    auto* rulers = w->findChild<PlanRulers*>();
    ASSERT_NE(rulers, nullptr);
    ASSERT_TRUE(rulers->action()->isChecked()) << "on by default";

    // Beside the plan, not over it: the viewport starts where the rulers end.
    const QRect viewport = view.viewport()->geometry();
    EXPECT_EQ(rulers->ruler(Edge::Top)->geometry().bottom() + 1, viewport.top());
    EXPECT_EQ(rulers->ruler(Edge::Left)->geometry().right() + 1, viewport.left());
    EXPECT_EQ(rulers->ruler(Edge::Top)->width(), viewport.width());
    EXPECT_TRUE(rulers->ruler(Edge::Top)->isVisible());

    const auto checkTicks = [&] {
        const auto top = majors(*rulers, Edge::Top), left = majors(*rulers, Edge::Left);
        ASSERT_GE(top.size(), 3u);
        ASSERT_GE(left.size(), 2u);
        for (const PlanRulers::Tick& t : top)  // the model x at the tick's pixel column
            EXPECT_NEAR(toModel(view.mapToScene(QPoint(int(std::lround(t.px)), 0))).x, t.mm, 1.5 / view.pixelsPerMm());
        for (const PlanRulers::Tick& t : left)  // the model y (north up) at the tick's pixel row
            EXPECT_NEAR(toModel(view.mapToScene(QPoint(0, int(std::lround(t.px))))).y, t.mm, 1.5 / view.pixelsPerMm());
        EXPECT_GE(top[1].px - top[0].px, 70.0 - 1e-6) << "room for a label";
        EXPECT_LT(top[1].px - top[0].px, 70.0 * 5 / 2 + 1e-6) << "the next round length down would not fit";
        EXPECT_LT((left[1].px - left[0].px) * (left[1].mm - left[0].mm), 0.0) << "north up: y falls down the left ruler";
    };
    checkTicks();
    const double farStep = majors(*rulers, Edge::Top)[1].mm - majors(*rulers, Edge::Top)[0].mm;
    saveScreenshot(view.grab().toImage(), QStringLiteral("plan-rulers"));

    view.zoomBy(8.0, view.viewport()->rect().center());
    QTest::qWait(20);
    checkTicks();
    EXPECT_LT(majors(*rulers, Edge::Top)[1].mm - majors(*rulers, Edge::Top)[0].mm, farStep) << "zoomed in, finer ticks";
    saveScreenshot(view.grab().toImage(), QStringLiteral("plan-rulers-zoomed"));

    // Off: the plan takes the room back, and the choice is remembered.
    rulers->action()->trigger();
    QTest::qWait(20);
    EXPECT_FALSE(rulers->ruler(Edge::Top)->isVisible());
    EXPECT_EQ(view.viewport()->geometry().top(), viewport.top() - PlanRulers::kThicknessPx);
    EXPECT_FALSE(QSettings().value(QStringLiteral("view/showRulers"), true).toBool());
    auto again = planWindow(projectWithRacks(1));
    EXPECT_FALSE(again->findChild<PlanRulers*>()->action()->isChecked());
}

TEST(PlanRulersTest, OnASiteTheyReadTheCoordinatesOfTheHallInTheMiddle) {
    Model model = projectWithRacks(4);
    Hall second = model.halls()[model.halls().ids().front()];
    second.name = "Hall B";
    const HallId two = model.halls().add(second);
    auto w = planWindow(std::move(model));
    FloorPlanView& view = w->floorPlanView();
    const SiteLayout& site = w->floorPlanScene().site();
    ASSERT_TRUE(site.isSiteOfSeveralHalls());
    view.centerOn(site.toScene(two, Point2{30'000, 20'000}));  // the middle of the second hall
    QTest::qWait(20);
    auto* rulers = w->findChild<PlanRulers*>();
    ASSERT_NE(rulers, nullptr);
    EXPECT_EQ(rulers->referenceName(), QStringLiteral("Hall B"));
    const auto top = majors(*rulers, Edge::Top);
    ASSERT_GE(top.size(), 2u);
    for (const PlanRulers::Tick& t : top)
        EXPECT_NEAR(site.toModel(two, view.mapToScene(QPoint(int(std::lround(t.px)), 0))).x, t.mm, 1.5 / view.pixelsPerMm());
    EXPECT_LT(top.front().mm, 30'000.0) << "hall B's own x, not the site plan's (over 72 m)";
    saveScreenshot(view.grab().toImage(), QStringLiteral("plan-rulers-second-hall"));
}

}  // namespace
}  // namespace rw::gui::test
