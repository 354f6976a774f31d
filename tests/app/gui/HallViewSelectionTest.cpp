// Selection shared by the 3D view, the floor plan and the inspector: a click on a rack in 3D
// selects it in the window's RackSelection (and the floor plan shows it selected), Ctrl+click
// adds and removes, a click on empty space clears; a selection made elsewhere is highlighted in
// 3D. An edit moves the rack in 3D without a rebuild of the other racks.
#include <memory>
#include <optional>

#include <QTest>
#include <QWindow>
#include <gtest/gtest.h>

#include "FileActions.h"
#include "GuiTestSupport.h"
#include "HallView.h"
#include "HallViewTestSupport.h"
#include "MainWindow.h"
#include "PathText.h"
#include "ProjectSession.h"
#include "RackSelection.h"
#include "edit/Commands.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/RackItem.h"
#include "persistence/ProjectFile.h"

namespace rw::gui::test {
namespace {

class HallViewSelectionTest : public ::testing::Test {
protected:
    void SetUp() override {
        const QString path = dir_.filePath(QStringLiteral("racks.rackweave"));
        saveProject(projectWithRacks(40), toPath(path));
        window_ = std::make_unique<MainWindow>(std::make_unique<ScriptedPrompts>());
        window_->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window_.get()));
        ASSERT_TRUE(window_->fileActions().openPath(path));
    }

    render::HallView& view() const { return window_->hallView(); }
    QWindow* surface() const { return view().renderWindow(); }

    QTemporaryDir dir_;
    std::unique_ptr<MainWindow> window_;
};

TEST_F(HallViewSelectionTest, ClickIn3DSelectsTheRackEverywhere) {
    const QImage image = view().grabImage();
    saveScreenshot(image, QStringLiteral("selection3d-before"));
    const auto onRack = pointOfHue(image, render::rackRoleColor(RackRole::Compute));
    ASSERT_TRUE(onRack);
    const RackId rack = view().pickAt(*onRack).rack;
    ASSERT_TRUE(rack.valid());

    QTest::mouseClick(surface(), Qt::LeftButton, {}, *onRack);
    EXPECT_EQ(window_->selection().racks(), std::vector<RackId>{rack});
    ASSERT_NE(window_->floorPlanScene().rackItem(rack), nullptr);
    EXPECT_TRUE(window_->floorPlanScene().rackItem(rack)->isSelected()) << "the floor plan shows the same selection";
    const QImage selected = view().grabImage();
    saveScreenshot(selected, QStringLiteral("selection3d-clicked"));
    EXPECT_GT(pixelsOfHue(selected, render::ScenePalette::selectedRack()), 5) << "highlighted in 3D (one small rack)";

    // Ctrl+click the same rack: removed again. A click on empty space clears.
    QTest::mouseClick(surface(), Qt::LeftButton, Qt::ControlModifier, *onRack);
    EXPECT_TRUE(window_->selection().empty());
    QTest::mouseClick(surface(), Qt::LeftButton, {}, *onRack);
    EXPECT_FALSE(window_->selection().empty());
    QTest::mouseClick(surface(), Qt::LeftButton, {}, QPoint(2, 2));
    EXPECT_TRUE(window_->selection().empty());
}

TEST_F(HallViewSelectionTest, SelectionFromElsewhereIsHighlightedIn3D) {
    EXPECT_EQ(pixelsOfHue(view().grabImage(), render::ScenePalette::selectedRack()), 0);
    window_->selection().set(window_->session().model().racks().ids());
    const QImage image = view().grabImage();
    saveScreenshot(image, QStringLiteral("selection3d-all"));
    EXPECT_GT(pixelsOfHue(image, render::ScenePalette::selectedRack()), 300);
    EXPECT_EQ(pixelsOfHue(image, render::rackRoleColor(RackRole::Compute)), 0);
}

TEST_F(HallViewSelectionTest, AnEditMovesTheRackIn3DAndKeepsTheCounts) {
    const RackId rack = window_->session().model().racks().ids().front();
    window_->selection().set({rack});  // highlighted, so it can be told apart from the others
    const QImage before = view().grabImage();
    const auto statsBefore = view().stats();
    const double xBefore = hueCentroidX(before, render::ScenePalette::selectedRack());
    ASSERT_GE(xBefore, 0);

    // Into the aisle in front of the rows, in view (the view fits the racks) and in its floor cell.
    cmd::moveRacks(window_->session().document(), {rack}, Point2{6'000, -3'000});
    const QImage after = view().grabImage();
    saveScreenshot(after, QStringLiteral("selection3d-after-move"));
    const auto statsAfter = view().stats();
    EXPECT_EQ(statsAfter.rackInstances, statsBefore.rackInstances);
    EXPECT_EQ(statsAfter.drawBatches, statsBefore.drawBatches);
    EXPECT_GT(hueCentroidX(after, render::ScenePalette::selectedRack()), xBefore + 50) << "moved right in 3D too";
    EXPECT_EQ(window_->selection().racks(), std::vector<RackId>{rack}) << "still selected after the edit";
}

}  // namespace
}  // namespace rw::gui::test
