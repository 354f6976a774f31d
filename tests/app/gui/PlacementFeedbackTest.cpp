// Issue 14, point 11: dragging a rack type from the palette shows a ghost of its footprint where
// the drop will snap it, with the snap marker and its position; moving racks shows the marker,
// the position and the distance moved, live, and both disappear when the drag ends.
#include <memory>

#include <QApplication>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QTest>
#include <QTreeView>
#include <gtest/gtest.h>

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "ViewModeActions.h"
#include "catalog/Catalog.h"
#include "feedback/MoveReadout.h"
#include "feedback/PlacementPreview.h"
#include "floorplan/FloorCoordinates.h"
#include "floorplan/FloorPlanView.h"
#include "palette/CatalogPalette.h"
#include "palette/FloorPlanDropTarget.h"

namespace rw::gui::test {
namespace {

constexpr auto kRackType = "apc-netshelter-sx-48u-600x1200";

bool onTileLine(double mm) { return std::abs(std::remainder(mm, 600.0)) < 0.5; }

class PlacementFeedbackTest : public ::testing::Test {
protected:
    void SetUp() override {
        window_ = std::make_unique<MainWindow>(std::make_unique<ScriptedPrompts>());
        window_->useCatalog(catalog_);
        window_->session().adoptUnsaved(projectWithRacks(4), std::nullopt);
        window_->viewModes().setMode(ViewModeActions::Mode::FloorPlan);
        window_->resize(1400, 900);
        window_->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window_.get()));
        QTest::qWait(20);
        // R1..R4 (x 20.0 .. 21.8 m, y 15 m) large in the view.
        view().fitInView(QRectF(toScene(Point2{17'000, 20'000}), toScene(Point2{27'000, 8'000})), Qt::KeepAspectRatio);
    }
    FloorPlanView& view() const { return window_->floorPlanView(); }
    QPoint onScreen(Point2 p) const { return view().mapFromScene(toScene(p)); }
    std::unique_ptr<QMimeData> dragDataOf(const QString& entry) const {
        if (!window_->palette().selectEntry(entry)) return nullptr;
        QTreeView& tree = window_->palette().view();
        return std::unique_ptr<QMimeData>(tree.model()->mimeData(tree.selectionModel()->selectedIndexes()));
    }
    void dragOver(const QMimeData& data, QPoint at, QEvent::Type type = QEvent::DragMove) {
        if (type == QEvent::DragEnter) {
            QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(view().viewport(), &enter);
        }
        QDragMoveEvent move(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view().viewport(), &move);
    }
    QImage shot() { return window_->grab().toImage(); }

    const Catalog catalog_ = Catalog::loadStandard();
    std::unique_ptr<MainWindow> window_;
};

TEST_F(PlacementFeedbackTest, PaletteDragShowsTheSnappedGhost) {
    const auto data = dragDataOf(QString::fromLatin1(kRackType));
    ASSERT_TRUE(data);
    const PlacementPreview& ghost = window_->dropTarget().preview();
    EXPECT_FALSE(ghost.isShown());

    dragOver(*data, onScreen(Point2{23'120, 10'220}), QEvent::DragEnter);
    ASSERT_TRUE(ghost.isShown());
    EXPECT_TRUE(ghost.allowed());
    EXPECT_DOUBLE_EQ(ghost.footprint().width(), 600);
    EXPECT_DOUBLE_EQ(ghost.footprint().height(), 1200);
    EXPECT_TRUE(onTileLine(ghost.footprint().left()) && onTileLine(ghost.footprint().bottom())) << "snapped as the drop is";
    const Point2 centre = toModel(ghost.footprint().center());
    EXPECT_LE(std::abs(centre.x - 23'120), 600);
    EXPECT_TRUE(ghost.readout().contains(PlacementPreview::position(centre.x, centre.y))) << ghost.readout().toStdString();
    QTest::qWait(30);
    saveScreenshot(shot(), QStringLiteral("palette-drag-ghost"));

    dragOver(*data, onScreen(Point2{23'000, -1'500}));
    EXPECT_TRUE(ghost.isShown());
    EXPECT_FALSE(ghost.allowed()) << "red outside the hall";
    EXPECT_TRUE(ghost.readout().contains(QStringLiteral("outside every hall")));
    saveScreenshot(shot(), QStringLiteral("palette-drag-ghost-refused"));

    QDragLeaveEvent leave;
    QApplication::sendEvent(view().viewport(), &leave);
    EXPECT_FALSE(ghost.isShown());
}

TEST_F(PlacementFeedbackTest, DeviceDragHighlightsTheRackItWouldGoInto) {
    const auto data = dragDataOf(QStringLiteral("nvidia-dgx-h100"));
    ASSERT_TRUE(data);
    const PlacementPreview& ghost = window_->dropTarget().preview();
    dragOver(*data, onScreen(Point2{20'600, 15'000}), QEvent::DragEnter);
    ASSERT_TRUE(ghost.isShown());
    EXPECT_TRUE(ghost.readout().endsWith(QStringLiteral(" in R2"))) << ghost.readout().toStdString();
    dragOver(*data, onScreen(Point2{24'000, 9'000}));
    EXPECT_FALSE(ghost.isShown()) << "no rack under the cursor";
}

TEST_F(PlacementFeedbackTest, MovingRacksShowsLiveCoordinates) {
    const PlacementPreview& readout = window_->findChild<MoveReadout*>()->preview();
    const QPoint from = onScreen(Point2{20'000, 15'000});
    QTest::mouseClick(view().viewport(), Qt::LeftButton, {}, from);
    QTest::mousePress(view().viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view().viewport(), onScreen(Point2{21'000, 14'000}));
    QTest::mouseMove(view().viewport(), onScreen(Point2{22'400, 12'600}));
    ASSERT_TRUE(readout.isShown());
    EXPECT_TRUE(readout.allowed());
    const Point2 centre = toModel(readout.footprint().center());
    EXPECT_TRUE(onTileLine(readout.footprint().left()) && onTileLine(readout.footprint().bottom()));
    EXPECT_TRUE(readout.readout().startsWith(PlacementPreview::position(centre.x, centre.y))) << readout.readout().toStdString();
    EXPECT_TRUE(readout.readout().contains(QStringLiteral("moved +"))) << readout.readout().toStdString();
    QTest::qWait(30);
    saveScreenshot(shot(), QStringLiteral("move-live-coordinates"));
    QTest::mouseRelease(view().viewport(), Qt::LeftButton, {}, onScreen(Point2{22'400, 12'600}));
    EXPECT_FALSE(readout.isShown());
    EXPECT_EQ(window_->session().model().racks()[window_->session().model().racks().ids().front()].position, centre);
}

}  // namespace
}  // namespace rw::gui::test
