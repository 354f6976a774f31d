// The 2D floor plan, Edit menu and inspector as a user drives them: real mouse and key events
// on the real widgets, and the model and undo history checked after each edit.
#include <memory>

#include <QAction>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

#include "EditActions.h"
#include "FileActions.h"
#include "GuiTestSupport.h"
#include "HallView.h"
#include "MainWindow.h"
#include "ModelCountsLabel.h"
#include "PathText.h"
#include "ProjectSession.h"
#include "PropertiesInspector.h"
#include "RackSelection.h"
#include "ViewModeActions.h"
#include "catalog/Catalog.h"
#include "floorplan/FloorCoordinates.h"
#include "floorplan/FloorPlanOverlays.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/FloorPlanView.h"
#include "floorplan/RackItem.h"
#include "persistence/ProjectFile.h"

namespace rw::gui::test {
namespace {

const Catalog& standardCatalog() {
    static const Catalog catalog = Catalog::loadStandard();
    return catalog;
}

class FloorPlanEditingTest : public ::testing::Test {
protected:
    void SetUp() override { openWindow(4); }

    void openWindow(int racks) {
        const QString path = dir_.filePath(QStringLiteral("racks.rackweave"));
        saveProject(projectWithRacks(racks), toPath(path));
        auto prompts = std::make_unique<ScriptedPrompts>();
        prompts_ = prompts.get();
        window_ = std::make_unique<MainWindow>(std::move(prompts));
        window_->useCatalog(standardCatalog());
        ASSERT_TRUE(window_->fileActions().openPath(path));
        window_->viewModes().setMode(ViewModeActions::Mode::FloorPlan);  // no 3D frames: fast
        window_->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window_.get()));
        QTest::qWait(20);  // the view frames the halls once shown
    }

    /// Zooms the plan so the first row of racks fills much of the view.
    void zoomOnFirstRow() {
        view().fitInView(QRectF(toScene(Point2{17'000, 20'000}), toScene(Point2{25'000, 8'000})), Qt::KeepAspectRatio);
    }

    [[nodiscard]] const Model& model() const { return window_->session().model(); }
    [[nodiscard]] FloorPlanView& view() const { return window_->floorPlanView(); }
    [[nodiscard]] RackId rackNamed(const std::string& name) const {
        RackId found;
        model().racks().forEach([&](RackId id, const Rack& r) {
            if (r.name == name) found = id;
        });
        return found;
    }
    [[nodiscard]] QPoint onScreen(Point2 p) const { return view().mapFromScene(toScene(p)); }
    [[nodiscard]] QString undoText() const { return window_->editActions().undoAction()->text(); }

    void click(QPoint at, Qt::KeyboardModifiers modifiers = {}) {
        QTest::mouseClick(view().viewport(), Qt::LeftButton, modifiers, at);
    }
    void drag(QPoint from, QPoint to) {
        QTest::mousePress(view().viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(view().viewport(), (from + to) / 2);
        QTest::mouseMove(view().viewport(), to);
        QTest::mouseRelease(view().viewport(), Qt::LeftButton, {}, to);
    }

    QTemporaryDir dir_;
    ScriptedPrompts* prompts_ = nullptr;
    std::unique_ptr<MainWindow> window_;
};

TEST_F(FloorPlanEditingTest, DragMovesRackSnappedToTilesAsOneUndoStep) {
    zoomOnFirstRow();
    const RackId r1 = rackNamed("R1");
    ASSERT_TRUE(r1.valid());
    ASSERT_EQ(model().racks()[r1].position, (Point2{20'000, 15'000}));
    RackItem* item = window_->floorPlanScene().rackItem(r1);
    ASSERT_NE(item, nullptr);
    const std::size_t stepsBefore = window_->session().document().historySize();

    // Centre dragged by (+1100, -3000) mm: the 600 x 1200 footprint's corner snaps to the tile
    // grid, so the centre lands on (21300, 12000).
    drag(onScreen(Point2{20'000, 15'000}), onScreen(Point2{21'100, 12'000}));

    EXPECT_EQ(model().racks()[r1].position, (Point2{21'300, 12'000}));
    EXPECT_EQ(window_->session().document().historySize(), stepsBefore + 1);
    EXPECT_EQ(undoText(), QStringLiteral("&Undo Move rack R1"));
    EXPECT_EQ(window_->floorPlanScene().rackItem(r1), item) << "the item is updated, not rebuilt";
    EXPECT_EQ(item->pos(), toScene(Point2{21'300, 12'000}));
    EXPECT_EQ(model().racks()[rackNamed("R2")].position, (Point2{20'600, 15'000})) << "only the dragged rack moves";

    window_->editActions().undoAction()->trigger();
    EXPECT_EQ(model().racks()[r1].position, (Point2{20'000, 15'000}));
    EXPECT_EQ(item->pos(), toScene(Point2{20'000, 15'000}));
    EXPECT_EQ(window_->editActions().redoAction()->text(), QStringLiteral("&Redo Move rack R1"));
    EXPECT_FALSE(window_->editActions().undoAction()->isEnabled());

    window_->editActions().redoAction()->trigger();
    EXPECT_EQ(model().racks()[r1].position, (Point2{21'300, 12'000}));
    EXPECT_EQ(item->pos(), toScene(Point2{21'300, 12'000}));
}

TEST_F(FloorPlanEditingTest, ClickWithoutDragChangesNothing) {
    zoomOnFirstRow();
    click(onScreen(Point2{20'600, 15'000}));
    EXPECT_EQ(window_->selection().racks(), std::vector<RackId>{rackNamed("R2")});
    EXPECT_EQ(window_->session().document().historySize(), 0u);
    EXPECT_FALSE(window_->editActions().undoAction()->isEnabled());

    // A click with a 2 px shake is still a click: R2's corner is off the tile grid and snapping
    // would otherwise jump it to the nearest tile.
    const QPoint at = onScreen(Point2{20'600, 15'000});
    drag(at, at + QPoint(2, 0));
    EXPECT_EQ(window_->session().document().historySize(), 0u);
    EXPECT_EQ(model().racks()[rackNamed("R2")].position, (Point2{20'600, 15'000}));
}

TEST_F(FloorPlanEditingTest, EscapeCancelsADragThenClearsTheSelection) {
    zoomOnFirstRow();
    const RackId r1 = rackNamed("R1");
    const QPoint from = onScreen(Point2{20'000, 15'000}), to = onScreen(Point2{23'000, 12'000});
    QTest::mousePress(view().viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view().viewport(), (from + to) / 2);
    QTest::mouseMove(view().viewport(), to);
    EXPECT_NE(window_->floorPlanScene().rackItem(r1)->pos(), toScene(Point2{20'000, 15'000})) << "drag preview";
    QTest::keyClick(view().viewport(), Qt::Key_Escape);
    QTest::mouseRelease(view().viewport(), Qt::LeftButton, {}, to);
    EXPECT_EQ(model().racks()[r1].position, (Point2{20'000, 15'000}));
    EXPECT_EQ(window_->floorPlanScene().rackItem(r1)->pos(), toScene(Point2{20'000, 15'000}));
    EXPECT_EQ(window_->session().document().historySize(), 0u);
    EXPECT_TRUE(window_->selection().contains(r1));

    QTest::keyClick(view().viewport(), Qt::Key_Escape);
    EXPECT_TRUE(window_->selection().empty());
    EXPECT_FALSE(window_->floorPlanScene().rackItem(r1)->isSelected());
}

TEST_F(FloorPlanEditingTest, RubberBandSelectsAndDragMovesAllSelectedTogether) {
    zoomOnFirstRow();
    // From empty floor south-west of R2 to north-east of R3: touches R2 and R3 only.
    drag(onScreen(Point2{20'500, 13'000}), onScreen(Point2{21'300, 17'000}));
    const std::vector<RackId> both{rackNamed("R2"), rackNamed("R3")};
    ASSERT_EQ(window_->selection().racks(), both);
    EXPECT_EQ(window_->session().document().historySize(), 0u) << "selecting is not an edit";

    drag(onScreen(Point2{20'600, 15'000}), onScreen(Point2{20'600, 11'400}));
    EXPECT_EQ(model().racks()[both[0]].position, (Point2{20'700, 11'400}));  // snapped: 600 wide, corner on a tile
    EXPECT_EQ(model().racks()[both[1]].position, (Point2{21'300, 11'400}));
    EXPECT_EQ(undoText(), QStringLiteral("&Undo Move 2 racks"));
    EXPECT_EQ(window_->session().document().historySize(), 1u);
}

TEST_F(FloorPlanEditingTest, RKeyRotatesSelectedRackUndoably) {
    zoomOnFirstRow();
    const RackId r1 = rackNamed("R1");
    click(onScreen(Point2{20'000, 15'000}));
    ASSERT_TRUE(window_->selection().contains(r1));
    const QRectF before = window_->floorPlanScene().rackItem(r1)->sceneBoundingRect();

    QTest::keyClick(view().viewport(), Qt::Key_R);
    EXPECT_EQ(model().racks()[r1].rotation, Rotation::R90);
    EXPECT_EQ(undoText(), QStringLiteral("&Undo Rotate rack R1"));
    const QRectF after = window_->floorPlanScene().rackItem(r1)->sceneBoundingRect();
    EXPECT_GT(after.width(), before.width()) << "a quarter turn puts the 1200 mm depth along x";

    window_->editActions().undoAction()->trigger();
    EXPECT_EQ(model().racks()[r1].rotation, Rotation::R0);
}

TEST_F(FloorPlanEditingTest, DeleteRemovesSelectedAndUndoRestores) {
    window_->editActions().selectAllAction()->trigger();
    EXPECT_EQ(window_->selection().racks().size(), 4u);
    click(onScreen(Point2{20'000, 15'000}));  // plain click: only R1
    ASSERT_EQ(window_->selection().racks().size(), 1u);
    const RackId r1 = rackNamed("R1");

    window_->editActions().deleteAction()->trigger();
    EXPECT_FALSE(model().racks().contains(r1));
    EXPECT_EQ(model().racks().size(), 3u);
    EXPECT_EQ(window_->floorPlanScene().rackItemCount(), 3u);
    EXPECT_EQ(window_->floorPlanScene().rackItem(r1), nullptr);
    EXPECT_TRUE(window_->selection().empty());
    EXPECT_FALSE(window_->editActions().deleteAction()->isEnabled());
    EXPECT_EQ(undoText(), QStringLiteral("&Undo Delete rack R1"));
    // The other views follow the same ChangeSet.
    EXPECT_EQ(window_->hallView().stats().rackInstances, 3);
    EXPECT_EQ(window_->counts().text(), QStringLiteral("3 racks · 0 devices · 0 cables"));

    window_->editActions().undoAction()->trigger();
    EXPECT_TRUE(model().racks().contains(r1));
    EXPECT_EQ(window_->floorPlanScene().rackItemCount(), 4u);
    EXPECT_EQ(window_->hallView().stats().rackInstances, 4);
    ASSERT_NE(window_->floorPlanScene().rackItem(r1), nullptr);
    EXPECT_EQ(window_->floorPlanScene().rackItem(r1)->pos(), toScene(Point2{20'000, 15'000}));
}

TEST_F(FloorPlanEditingTest, InspectorEditIsUndoableAndRefusalNamesTheField) {
    const RackId r2 = rackNamed("R2");
    window_->selection().set({r2});
    PropertiesInspector& inspector = window_->inspector();
    ASSERT_EQ(inspector.valueOf(QStringLiteral("x_mm")), QStringLiteral("20600"));

    // Typed into the table's value cell, as a user would.
    QTableWidget& table = inspector.table();
    int xRow = -1;
    for (int row = 0; row < table.rowCount(); ++row)
        if (table.item(row, 0)->text() == QLatin1String("x_mm")) xRow = row;
    ASSERT_GE(xRow, 0);
    table.item(xRow, 1)->setText(QStringLiteral("25000"));
    EXPECT_EQ(model().racks()[r2].position.x, 25'000);
    EXPECT_EQ(undoText(), QStringLiteral("&Undo Set x_mm of rack R2"));
    EXPECT_EQ(window_->floorPlanScene().rackItem(r2)->pos(), toScene(Point2{25'000, 15'000}));

    EXPECT_FALSE(inspector.edit(QStringLiteral("x_mm"), QStringLiteral("far away")));
    EXPECT_TRUE(inspector.errorText().contains(QLatin1String("x_mm"))) << inspector.errorText().toStdString();
    EXPECT_EQ(model().racks()[r2].position.x, 25'000);
    EXPECT_EQ(window_->session().document().historySize(), 1u);
    EXPECT_EQ(inspector.valueOf(QStringLiteral("x_mm")), QStringLiteral("25000"));

    window_->editActions().undoAction()->trigger();
    EXPECT_EQ(model().racks()[r2].position.x, 20'600);
    EXPECT_EQ(inspector.valueOf(QStringLiteral("x_mm")), QStringLiteral("20600"));
}

TEST_F(FloorPlanEditingTest, UndoTextShowsAmpersandsInNamesLiterally) {
    const RackId r1 = rackNamed("R1");
    window_->selection().set({r1});
    ASSERT_TRUE(window_->inspector().edit(QStringLiteral("name"), QStringLiteral("R&D-1")));
    EXPECT_EQ(model().racks()[r1].name, "R&D-1");
    EXPECT_EQ(window_->floorPlanScene().rackItem(r1)->name(), QStringLiteral("R&D-1"));
    EXPECT_EQ(undoText(), QStringLiteral("&Undo Set name of rack R1"));
    window_->selection().set({r1});
    window_->editActions().rotateSelected();
    EXPECT_EQ(undoText(), QStringLiteral("&Undo Rotate rack R&&D-1"));
}

TEST_F(FloorPlanEditingTest, OpeningAnotherProjectClearsTheSelection) {
    window_->editActions().selectAllAction()->trigger();
    ASSERT_EQ(window_->selection().racks().size(), 4u);
    // The other project has racks with the same ids: they must not inherit the selection.
    const QString other = dir_.filePath(QStringLiteral("other.rackweave"));
    saveProject(projectWithRacks(6), toPath(other));
    ASSERT_TRUE(window_->fileActions().openPath(other));
    EXPECT_EQ(window_->floorPlanScene().rackItemCount(), 6u);
    EXPECT_TRUE(window_->selection().empty());
    EXPECT_TRUE(window_->floorPlanScene().selectedItems().isEmpty());
    EXPECT_FALSE(window_->editActions().deleteAction()->isEnabled());
}

TEST_F(FloorPlanEditingTest, ViewMenuSwitchesBetween2d3dAndSplit) {
    EXPECT_TRUE(view().isVisible());
    EXPECT_FALSE(window_->hallView().isVisible());
    window_->viewModes().hallAction()->trigger();
    EXPECT_FALSE(view().isVisible());
    EXPECT_TRUE(window_->hallView().isVisible());
    window_->viewModes().splitAction()->trigger();
    EXPECT_TRUE(view().isVisible());
    EXPECT_TRUE(window_->hallView().isVisible());
}

TEST(FloorPlanScreenshotTest, FloorPlanIsDrawnWithRacksGridAndHall) {
    auto window = std::make_unique<MainWindow>(std::make_unique<ScriptedPrompts>());
    window->useCatalog(standardCatalog());
    window->viewModes().setMode(ViewModeActions::Mode::FloorPlan);
    Model model = projectWithRacks(40);
    Hall& hall = model.halls()[model.halls().ids().front()];
    for (int x : {10'000, 30'000, 50'000})  // 600 mm square building columns in the aisle
        hall.obstacles.push_back(Obstacle{ObstacleKind::Column, Polygon{{x, 10'000}, {x + 600, 10'000},
                                                                        {x + 600, 10'600}, {x, 10'600}}});
    window->session().document().reset(std::move(model));
    window->resize(1600, 1000);  // the docks' defaults leave the plan about 1000 x 700 px of it
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    // The whole hall, columns included (Frame All fits only the racks).
    window->floorPlanOverlays().frame(window->floorPlanScene().hallBounds());
    QTest::qWait(20);

    const QImage image = window->floorPlanView().viewport()->grab().toImage();
    saveScreenshot(image, QStringLiteral("floorplan-40-racks"));
    EXPECT_GT(greyStdDev(image), 10.0);
    EXPECT_GT(pixelsNear(image, render::rackRoleColor(RackRole::Compute)), 2'000);
    EXPECT_GT(pixelsNear(image, render::ScenePalette::floor()), 10'000);
    EXPECT_GT(pixelsNear(image, render::ScenePalette::obstacle()), 12) << "three columns";

    // Zoomed in: names and the tile grid are legible.
    window->floorPlanView().fitInView(QRectF(toScene(Point2{19'000, 19'000}), toScene(Point2{24'000, 13'000})),
                                      Qt::KeepAspectRatio);
    const QImage close = window->floorPlanView().viewport()->grab().toImage();
    saveScreenshot(close, QStringLiteral("floorplan-zoomed"));
    EXPECT_GT(pixelsNear(close, render::rackRoleColor(RackRole::Compute)), 20'000);

    // The window as a user sees it: one rack selected (highlighted), its properties in the dock.
    window->selection().set({RackId(0)});
    QTest::qWait(20);
    const QImage whole = window->grab().toImage();
    saveScreenshot(whole, QStringLiteral("floorplan-window-selected"));
    EXPECT_GT(pixelsNear(whole, render::rackRoleColor(RackRole::Compute).lighter(150)), 1'000);
}

}  // namespace
}  // namespace rw::gui::test
