// Editing on a site of three halls: the plan lays the halls side by side, so a screen point over
// the second hall is that hall's floor shifted by its place on the site. Palette drops, pastes at
// the mouse and the move readout go through the site layout and land in the hall under the
// cursor, at the cursor, in that hall's own coordinates.
#include <cmath>
#include <memory>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QTest>
#include <QTreeView>
#include <gtest/gtest.h>

#include "ClipboardActions.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "RackSelection.h"
#include "ViewModeActions.h"
#include "catalog/Catalog.h"
#include "feedback/MoveReadout.h"
#include "feedback/PlacementPreview.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/FloorPlanView.h"
#include "floorplan/SiteLayout.h"
#include "palette/CatalogPalette.h"
#include "palette/FloorPlanDropTarget.h"

namespace rw::gui::test {
namespace {

constexpr auto kRackType = "apc-netshelter-sx-48u-600x1200";

const Catalog& standardCatalog() {
    static const Catalog catalog = Catalog::loadStandard();
    return catalog;
}

/// projectWithRacks(4)'s hall and racks, and two more empty halls of the same outline.
Model threeHalls() {
    Model model = projectWithRacks(4);
    for (const char* name : {"Hall 2", "Hall 3"}) {
        Hall hall = model.halls()[model.halls().ids().front()];
        hall.name = name;
        model.halls().add(hall);
    }
    return model;
}

class SitePlanEditingTest : public ::testing::Test {
protected:
    void SetUp() override {
        window_ = std::make_unique<MainWindow>(std::make_unique<ScriptedPrompts>());
        window_->useCatalog(standardCatalog());
        window_->session().adoptUnsaved(threeHalls(), std::nullopt);
        window_->viewModes().setMode(ViewModeActions::Mode::FloorPlan);
        window_->resize(1400, 900);
        window_->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window_.get()));
        QTest::qWait(20);
        ASSERT_TRUE(site().isSiteOfSeveralHalls());
        hall2_ = model().halls().ids()[1];
        // The second hall's floor around (24 m, 15 m) large in the view.
        view().fitInView(QRectF(site().toScene(hall2_, Point2{17'000, 20'000}), site().toScene(hall2_, Point2{27'000, 8'000})),
                         Qt::KeepAspectRatio);
        QApplication::clipboard()->clear();
        window_->clipboardActions().setPointerSource([this] { return pointer_; });
        pointer_ = QPoint(1910, 1070);
    }

    [[nodiscard]] const Model& model() const { return window_->session().model(); }
    [[nodiscard]] FloorPlanView& view() const { return window_->floorPlanView(); }
    [[nodiscard]] const SiteLayout& site() const { return window_->floorPlanScene().site(); }
    /// The viewport point over the second hall's model point `p`.
    [[nodiscard]] QPoint inHall2(Point2 p) const { return view().mapFromScene(site().toScene(hall2_, p)); }
    [[nodiscard]] RackId rackNamed(const std::string& name) const {
        RackId found;
        model().racks().forEach([&](RackId id, const Rack& r) {
            if (r.name == name) found = id;
        });
        return found;
    }
    [[nodiscard]] std::unique_ptr<QMimeData> dragDataOf(const QString& entry) const {
        if (!window_->palette().selectEntry(entry)) return nullptr;
        QTreeView& tree = window_->palette().view();
        return std::unique_ptr<QMimeData>(tree.model()->mimeData(tree.selectionModel()->selectedIndexes()));
    }

    std::unique_ptr<MainWindow> window_;
    HallId hall2_;
    QPoint pointer_;
};

TEST_F(SitePlanEditingTest, ARackDroppedOnTheSecondHallStandsThereAtTheCursor) {
    const auto data = dragDataOf(QString::fromLatin1(kRackType));
    ASSERT_TRUE(data);
    const QPoint at = inHall2(Point2{23'120, 10'220});
    QWidget* viewport = view().viewport();
    QDragEnterEvent enter(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    EXPECT_TRUE(move.isAccepted()) << "the second hall's floor takes racks";

    // The ghost is drawn over the second hall, where the rack will stand.
    const PlacementPreview& ghost = window_->dropTarget().preview();
    ASSERT_TRUE(ghost.isShown());
    EXPECT_TRUE(ghost.allowed());
    EXPECT_EQ(site().hallAt(model(), ghost.footprint().center()), hall2_);
    EXPECT_TRUE(ghost.readout().contains(PlacementPreview::position(23'100, 10'200))) << ghost.readout().toStdString();
    saveScreenshot(window_->grab().toImage(), QStringLiteral("site-plan-drop-into-hall-2"));

    QDropEvent drop(QPointF(at), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    const RackId placed = rackNamed("R5");
    ASSERT_TRUE(placed.valid());
    EXPECT_EQ(model().racks()[placed].hall, hall2_);
    EXPECT_EQ(model().racks()[placed].position, (Point2{23'100, 10'200})) << "snapped, in the second hall's coordinates";
}

TEST_F(SitePlanEditingTest, PastingOverTheSecondHallPutsTheCopyThereUnderTheMouse) {
    ClipboardActions& clip = window_->clipboardActions();
    window_->selection().set({rackNamed("R1")});  // in the first hall at (20 m, 15 m)
    clip.copyAction()->trigger();
    pointer_ = view().viewport()->mapToGlobal(inHall2(Point2{20'000, 15'000}));
    clip.pasteAction()->trigger();
    const RackId first = rackNamed("R5");
    ASSERT_TRUE(first.valid());
    EXPECT_EQ(model().racks()[first].hall, hall2_);
    EXPECT_EQ(model().racks()[first].position, (Point2{20'100, 15'000}))
        << "the same place in the second hall: the first hall's R1 there is no obstacle";

    // Again without moving the mouse: beside the first copy, still in the second hall.
    clip.pasteAction()->trigger();
    const RackId second = rackNamed("R6");
    ASSERT_TRUE(second.valid());
    EXPECT_EQ(model().racks()[second].hall, hall2_);
    EXPECT_EQ(model().racks()[second].position, (Point2{21'300, 15'000}));
}

TEST_F(SitePlanEditingTest, MovingARackInTheSecondHallReadsThatHallsCoordinates) {
    ClipboardActions& clip = window_->clipboardActions();
    window_->selection().set({rackNamed("R1")});
    clip.copyAction()->trigger();
    pointer_ = view().viewport()->mapToGlobal(inHall2(Point2{20'000, 15'000}));
    clip.pasteAction()->trigger();
    pointer_ = QPoint(1910, 1070);
    const RackId moved = rackNamed("R5");
    ASSERT_TRUE(moved.valid());
    window_->selection().set({moved});

    const PlacementPreview& readout = window_->findChild<MoveReadout*>()->preview();
    const QPoint from = inHall2(Point2{20'100, 15'000});
    QTest::mousePress(view().viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view().viewport(), inHall2(Point2{21'000, 14'000}));
    QTest::mouseMove(view().viewport(), inHall2(Point2{22'500, 12'600}));
    ASSERT_TRUE(readout.isShown());
    EXPECT_TRUE(readout.allowed()) << "over the second hall's floor";
    const Point2 centre = site().toModel(hall2_, readout.footprint().center());
    EXPECT_TRUE(readout.readout().startsWith(PlacementPreview::position(centre.x, centre.y))) << readout.readout().toStdString();
    QTest::mouseRelease(view().viewport(), Qt::LeftButton, {}, inHall2(Point2{22'500, 12'600}));
    EXPECT_EQ(model().racks()[moved].position, centre);
    EXPECT_EQ(model().racks()[moved].hall, hall2_);
}

}  // namespace
}  // namespace rw::gui::test
