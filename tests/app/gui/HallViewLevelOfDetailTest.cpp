// The 3D view at Colossus scale and its reading aids (issue 14, points 3, 4 and 8): racks, faceplates,
// trays and bundles split into floor cells with a level of detail by distance, far tray runs merged,
// a tray toggle, the wheel zooming towards the mouse, picking a rack under a tray, and a selection
// colour no tray shares.
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>
#include <QWindow>
#include <gtest/gtest.h>

#include "CameraRig.h"
#include "CellLevels.h"
#include "GuiTestSupport.h"
#include "HallView.h"
#include "HallViewTestSupport.h"
#include "Picking.h"
#include "RackAppearance.h"
#include "TrayScene.h"

namespace rw::gui::test {
namespace {

using render::HallView;
using render::Instance;
using render::ScenePalette;

Instance run(float x0, float x1, QVector3D colour = {1, 1, 0}, float z = 0.0f) {
    Instance inst;
    inst.center = QVector3D((x0 + x1) / 2, 2.5f, z);
    inst.size = QVector3D(x1 - x0, 0.1f, 0.3f);
    inst.color = colour;
    return inst;
}

TEST(TrayLevelOfDetail, TouchingRunsOfOneColourMergeIntoOne) {
    const auto merged = render::mergeCollinearRuns({run(0, 1), run(1, 2), run(2, 3.5f)});
    ASSERT_EQ(merged.size(), 1u);
    EXPECT_FLOAT_EQ(merged[0].center.x(), 1.75f);
    EXPECT_FLOAT_EQ(merged[0].size.x(), 3.5f);
    EXPECT_FLOAT_EQ(merged[0].size.z(), 0.3f);
}

TEST(TrayLevelOfDetail, GapsColoursAndParallelLinesStayApart) {
    // A gap, another colour (a colour mode's fill) and a parallel run keep their own boxes.
    const auto merged = render::mergeCollinearRuns(
        {run(0, 1), run(1.5f, 2), run(2, 3, {1, 0, 0}), run(0, 1, {1, 1, 0}, 5.0f)});
    EXPECT_EQ(merged.size(), 4u);
}

TEST(TrayLevelOfDetail, RunsAlongZMergeToo) {
    Instance a = run(0, 1), b = run(0, 1);
    for (Instance* r : {&a, &b}) {
        r->quarterTurns = 1.0f;
        r->size = QVector3D(0.3f, 0.1f, 1.0f);
    }
    a.center = QVector3D(4, 2.5f, 0.5f);
    b.center = QVector3D(4, 2.5f, 1.5f);
    const auto merged = render::mergeCollinearRuns({b, a});
    ASSERT_EQ(merged.size(), 1u);
    EXPECT_FLOAT_EQ(merged[0].center.z(), 1.0f);
    EXPECT_FLOAT_EQ(merged[0].size.z(), 2.0f);
}

TEST(CellLevels, InstancesGoToTheCellOfTheirCentre) {
    std::vector<Instance> list{run(0, 1), run(40, 41), run(2, 3)};
    const render::CellSplit split = render::splitIntoCells(list, 32.0f);
    ASSERT_EQ(split.cells.size(), 2u);
    EXPECT_EQ(split.where[0].cell, split.where[2].cell);
    EXPECT_NE(split.where[0].cell, split.where[1].cell);
    EXPECT_EQ(split.where[2].index, 1u);
    render::Bounds b;
    b.add(QVector3D(0, 0, 0));
    b.add(QVector3D(10, 2, 10));
    EXPECT_FLOAT_EQ(render::distanceTo(b, QVector3D(5, 1, 5)), 0.0f);
    EXPECT_FLOAT_EQ(render::distanceTo(b, QVector3D(13, 6, 5)), 5.0f);
}

TEST(CameraZoom, TheWheelKeepsThePointUnderTheMouseWhereItIs) {
    render::CameraRig rig;
    rig.setPose(QVector3D(0, 30, 30), QVector3D(0, 0, 0));
    const QVector3D point(12, 0, -5);
    const auto onScreen = [&rig](const QVector3D& p) {
        QMatrix4x4 view, projection;
        view.lookAt(rig.eye(), rig.target(), QVector3D(0, 1, 0));
        projection.perspective(45.0f, 1.6f, 0.1f, 1000.0f);
        return (projection * view).map(p);
    };
    const QVector3D before = onScreen(point);
    rig.zoomTowards(point, 2.0f);
    EXPECT_LT(rig.distance(), std::sqrt(1800.0f) * 0.8f);
    const QVector3D after = onScreen(point);
    EXPECT_NEAR(after.x(), before.x(), 1e-4);
    EXPECT_NEAR(after.y(), before.y(), 1e-4);
    // The old zoom (towards the target) moves that point across the screen.
    render::CameraRig centred;
    centred.setPose(QVector3D(0, 30, 30), QVector3D(0, 0, 0));
    centred.zoom(2.0f);
    rig = centred;
    EXPECT_GT(std::abs(onScreen(point).x() - before.x()), 0.05f);
}

TEST(SelectionColour, DiffersFromEveryTrayAndBundleColour) {
    const auto hueGap = [](const QColor& a, const QColor& b) {
        const int d = std::abs(a.hsvHue() - b.hsvHue()) % 360;
        return std::min(d, 360 - d);
    };
    for (const QColor& selection : {ScenePalette::selectedRack(), ScenePalette::selectedCable()}) {
        for (const TrayKind kind : {TrayKind::Data, TrayKind::Fiber, TrayKind::Power}) {
            const QColor tray = render::trayKindColor(kind);
            // A saturated selection reads apart from a grey tray however close the hues are.
            EXPECT_TRUE(hueGap(selection, tray) >= 40 || tray.hsvSaturation() < 80)
                << selection.name().toStdString() << " vs tray " << tray.name().toStdString();
        }
        EXPECT_GE(hueGap(selection, ScenePalette::cableBundle()), 40) << selection.name().toStdString();
        EXPECT_GE(selection.hsvSaturation(), 150);
    }
    EXPECT_GE(hueGap(ScenePalette::selectedRack(), ScenePalette::selectedCable()), 15) << "cables read apart from racks";
}

class HallViewDetailTest : public ::testing::Test {
protected:
    void SetUp() override {
        view_ = shownHallView();
        ASSERT_TRUE(view_);
    }
    // The routed test design, framed, with the busiest rack selected when `select`.
    const RoutedDesign& showRoutedDesign(bool select) {
        const RoutedDesign& d = routedDesign();
        view_->useCatalog(shippedCatalog());
        view_->setRoutes(&d.routes);
        view_->setModel(d.model);
        view_->frameAll();
        if (select) view_->setSelectedRacks({busiestRack(d)});
        return d;
    }
    void wheel(QPoint at, int notches) {
        QWheelEvent e(at, at, {}, QPoint(0, 120 * notches), Qt::NoButton, {}, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view_->renderWindow(), &e);
    }
    std::unique_ptr<HallView> view_;
};

TEST_F(HallViewDetailTest, FarAwayFaceplatesAndBundlesAreNotDrawnAndTraysAreMerged) {
    showRoutedDesign(false);
    const QImage near = view_->grabImage();
    saveScreenshot(near, QStringLiteral("hallview-lod-near"));
    const auto nearStats = view_->stats();
    EXPECT_EQ(nearStats.drawnDeviceInstances, nearStats.deviceInstances) << "a small hall framed is near";
    EXPECT_EQ(nearStats.drawnBundleInstances, nearStats.bundleInstances);

    // Out, a notch at a time, until the bundles go (no farther: the trays must stay a few pixels wide).
    for (int i = 0; i < 30 && view_->stats().drawnBundleInstances > 0; ++i) wheel(QPoint(512, 320), -1);
    const QImage far = view_->grabImage();
    saveScreenshot(far, QStringLiteral("hallview-lod-far"));
    const auto farStats = view_->stats();
    EXPECT_EQ(farStats.drawnDeviceInstances, 0);
    EXPECT_EQ(farStats.drawnBundleInstances, 0);
    EXPECT_EQ(farStats.deviceInstances, nearStats.deviceInstances) << "hidden, not dropped";
    EXPECT_GT(pixelsOfHue(far, render::trayKindColor(TrayKind::Fiber)), 0) << "trays still drawn, merged";
    EXPECT_GT(pixelsOfHue(far, render::rackRoleColor(RackRole::Compute)), 0) << "racks still drawn";

    view_->frameAll();
    EXPECT_EQ(view_->stats().drawnDeviceInstances, nearStats.deviceInstances) << "back in detail";
}

TEST_F(HallViewDetailTest, TrayToggleHidesTraysAndBundlesButNotTheSelection) {
    showRoutedDesign(true);
    EXPECT_TRUE(view_->traysShown());
    const QImage shown = view_->grabImage();
    ASSERT_GT(pixelsOfHue(shown, render::trayKindColor(TrayKind::Fiber)), 100);
    view_->setTraysShown(false);
    EXPECT_FALSE(view_->traysShown());
    const QImage hidden = view_->grabImage();
    saveScreenshot(hidden, QStringLiteral("hallview-trays-hidden"));
    EXPECT_EQ(pixelsOfHue(hidden, render::trayKindColor(TrayKind::Fiber)), 0);
    EXPECT_EQ(pixelsOfHue(hidden, ScenePalette::cableBundle()), 0);
    EXPECT_EQ(view_->stats().drawnBundleInstances, 0);
    EXPECT_GT(pixelsOfHue(hidden, ScenePalette::selectedCable()), 20) << "the selection's cables stay";
    view_->setTraysShown(true);
    EXPECT_GT(pixelsOfHue(view_->grabImage(), render::trayKindColor(TrayKind::Fiber)), 100);
}

TEST_F(HallViewDetailTest, SelectedCablesShowOnFibreTrays) {
    showRoutedDesign(true);
    const QImage image = view_->grabImage();
    saveScreenshot(image, QStringLiteral("hallview-selected-cables-on-trays"));
    EXPECT_GT(pixelsOfHue(image, ScenePalette::selectedCable()), 20);
}

// A rack with a fibre tray along its top: clicking the tray where it covers the rack selects the
// rack (trays are not in the picking index).
TEST_F(HallViewDetailTest, ARackUnderATrayCanBeClicked) {
    Model model = projectWithRacks(1);
    const RackId rackId = model.racks().ids().front();
    const Rack& rack = model.racks()[rackId];
    TraySegment tray;
    tray.hall = rack.hall;
    tray.kind = TrayKind::Fiber;
    tray.widthMm = 600;
    tray.a = Point3{rack.position.x - 1'500, rack.position.y, 2'600};
    tray.b = Point3{rack.position.x + 1'500, rack.position.y, 2'600};
    model.trays().add(tray);
    view_->useCatalog(shippedCatalog());
    view_->setModel(model);
    view_->frameAll();  // fits the rack and its tray
    const QImage image = view_->grabImage();
    saveScreenshot(image, QStringLiteral("hallview-rack-under-tray"));
    // The tray's pixels just above the rack's: rays through them go on into the rack.
    const auto onRack = pointOfHue(image, render::rackRoleColor(RackRole::Compute));
    ASSERT_TRUE(onRack);
    std::optional<QPoint> onTray;
    for (int y = onRack->y(); y > 0 && !onTray; --y) {
        const QColor c = image.pixelColor(onRack->x(), y);
        if (std::abs(c.hsvHue() - render::trayKindColor(TrayKind::Fiber).hsvHue()) < 6 && c.hsvSaturation() > 120)
            onTray = QPoint(onRack->x(), y + 3);  // a little into the tray, over the rack
    }
    ASSERT_TRUE(onTray) << "the tray is drawn above the rack";
    QSignalSpy clicked(view_.get(), &HallView::rackClicked);
    QTest::mouseClick(view_->renderWindow(), Qt::LeftButton, {}, *onTray);
    ASSERT_EQ(clicked.count(), 1);
    EXPECT_EQ(clicked.at(0).at(0).value<RackId>(), rackId);
}

TEST_F(HallViewDetailTest, TheWheelZoomsTowardsTheRackUnderTheMouse) {
    view_->setModel(projectWithRacks(40));
    view_->frameAll();
    const QImage before = view_->grabImage();
    // A rack near the left edge: zooming towards the centre would push it off the view.
    std::optional<QPoint> onRack;
    for (int x = 20; x < 300 && !onRack; x += 4)
        for (int y = 100; y < 540 && !onRack; y += 4)
            if (view_->pickAt(QPoint(x, y)).rack.valid()) onRack = QPoint(x, y);
    ASSERT_TRUE(onRack);
    const RackId rack = view_->pickAt(*onRack).rack;
    for (int i = 0; i < 6; ++i) wheel(*onRack, 1);
    saveScreenshot(view_->grabImage(), QStringLiteral("hallview-zoomed-to-cursor"));
    EXPECT_EQ(view_->pickAt(*onRack).rack, rack) << "the rack stays under the mouse";
}

}  // namespace
}  // namespace rw::gui::test
