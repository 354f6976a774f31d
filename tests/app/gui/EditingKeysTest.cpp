// Issue 14, point 11: arrow keys nudge the selection (a tile, or 100 mm with Shift), one undo step
// per press, only while the floor plan has the focus; a turned 600 x 1200 rack stays on the grid.
#include <memory>

#include <QLineEdit>
#include <QTest>
#include <gtest/gtest.h>

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "RackSelection.h"
#include "catalog/Catalog.h"
#include "edit/Commands.h"
#include "ClipboardActions.h"
#include "floorplan/FloorCoordinates.h"
#include "floorplan/FloorPlanOverlays.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/FloorPlanView.h"
#include "palette/CatalogPalette.h"

namespace rw::gui::test {
namespace {

class EditingKeysTest : public ::testing::Test {
protected:
    void SetUp() override {
        window_ = std::make_unique<MainWindow>(std::make_unique<ScriptedPrompts>());
        window_->useCatalog(catalog_);
        window_->session().adoptUnsaved(projectWithRacks(4), std::nullopt);
        window_->show();
        window_->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window_.get()));
        racks_ = model().racks().ids();
        viewport()->setFocus();
    }
    const Model& model() const { return window_->session().model(); }
    QWidget* viewport() const { return window_->floorPlanView().viewport(); }
    Point2 at(RackId id) const { return model().racks()[id].position; }

    const Catalog catalog_ = Catalog::loadStandard();
    std::unique_ptr<MainWindow> window_;
    std::vector<RackId> racks_;
};

TEST_F(EditingKeysTest, ArrowsNudgeBySelectionOneTileOrFine) {
    window_->selection().set({racks_[0], racks_[1]});
    const Point2 a0 = at(racks_[0]), b0 = at(racks_[1]), c0 = at(racks_[2]);
    Document& doc = window_->session().document();

    QTest::keyClick(viewport(), Qt::Key_Right);
    EXPECT_EQ(at(racks_[0]).x, a0.x + 600);
    EXPECT_EQ(at(racks_[1]).x, b0.x + 600);
    EXPECT_EQ(doc.undoText(), "Move 2 racks");

    QTest::keyClick(viewport(), Qt::Key_Up, Qt::ShiftModifier);
    EXPECT_EQ(at(racks_[0]).y, a0.y + 100) << "Shift: 100 mm, north is +y";
    QTest::keyClick(viewport(), Qt::Key_Down);
    QTest::keyClick(viewport(), Qt::Key_Left, Qt::ShiftModifier);
    EXPECT_EQ(at(racks_[0]).x, a0.x + 500);
    EXPECT_EQ(at(racks_[0]).y, a0.y - 500);
    EXPECT_EQ(at(racks_[2]), c0) << "unselected racks stay";

    // One undo step per press: four undos restore the start.
    for (int i = 0; i < 4; ++i) doc.undo();
    EXPECT_EQ(at(racks_[0]), a0);
}

TEST_F(EditingKeysTest, ArrowsElsewhereDoNotMoveRacks) {
    window_->selection().set({racks_[0]});
    const Point2 start = at(racks_[0]);
    QLineEdit& search = window_->palette().searchBox();
    search.setFocus();
    search.setText(QStringLiteral("abc"));
    QTest::keyClick(&search, Qt::Key_Left);
    EXPECT_EQ(at(racks_[0]), start);
    EXPECT_EQ(search.cursorPosition(), 2) << "the arrow moved the text cursor";
}

TEST_F(EditingKeysTest, TurnedRackStaysOnTheTileGrid) {
    // A 600 x 1200 rack with its corner on a tile: x 19,800..20,400, y 15,000..16,200.
    cmd::moveRack(window_->session().document(), racks_[0], Point2{20'100, 15'600});
    window_->selection().set({racks_[0]});
    for (int turn = 1; turn <= 4; ++turn) {
        QTest::keyClick(viewport(), Qt::Key_R);
        const Rack& rack = model().racks()[racks_[0]];
        const bool across = turn % 2 == 1;
        const int halfX = across ? 600 : 300, halfY = across ? 300 : 600;
        SCOPED_TRACE(turn);
        EXPECT_EQ((rack.position.x - halfX) % 600, 0) << rack.position.x;
        EXPECT_EQ((rack.position.y - halfY) % 600, 0) << rack.position.y;
        EXPECT_EQ(window_->session().document().undoText(), "Rotate rack R1");
    }
    // A rack that was off the grid is only turned, not pulled onto it.
    cmd::moveRack(window_->session().document(), racks_[0], Point2{20'150, 15'610});
    QTest::keyClick(viewport(), Qt::Key_R);
    EXPECT_EQ(at(racks_[0]), (Point2{20'150, 15'610}));
}

TEST_F(EditingKeysTest, PastingTwiceAtTheMouseLinesTheCopiesUp) {
    // The mouse rests on free floor south of the racks; both pastes are made from there.
    const Point2 mouse{24'000, 8'000};
    FloorPlanView& view = window_->floorPlanView();
    // The whole hall, so the mouse's free floor is in view (Frame All fits only the racks).
    window_->floorPlanOverlays().frame(window_->floorPlanScene().hallBounds());
    const QPoint global = view.viewport()->mapToGlobal(view.mapFromScene(toScene(mouse)));
    window_->clipboardActions().setPointerSource([global] { return global; });
    window_->selection().set({racks_[0]});
    window_->clipboardActions().copy();
    window_->clipboardActions().paste();
    ASSERT_EQ(window_->selection().racks().size(), 1U);
    const Point2 first = at(window_->selection().racks().front());
    EXPECT_LE(std::abs(first.x - mouse.x), 600) << "the first copy lands under the mouse";
    EXPECT_LE(std::abs(first.y - mouse.y), 600);
    window_->clipboardActions().paste();
    const Point2 second = at(window_->selection().racks().front());
    EXPECT_EQ(second.y, first.y);
    EXPECT_EQ(second.x, first.x + 1'200) << "east of the first copy: its width rounded to tiles plus a tile";
}

}  // namespace
}  // namespace rw::gui::test
