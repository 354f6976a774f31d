// The catalog palette, drag-to-place, cut/copy/paste/duplicate, align/distribute and "place a row"
// as a user drives them: the drag data comes from the palette's own model for the selected row and
// goes through the floor plan viewport's drag and drop events; the model and undo history are
// checked after each edit.
#include <memory>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCursor>
#include <QDragEnterEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <gtest/gtest.h>

#include "ArrangeActions.h"
#include "ClipboardActions.h"
#include "EditActions.h"
#include "FileActions.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PathText.h"
#include "PlaceRowDialog.h"
#include "ProjectSession.h"
#include "RackAppearance.h"
#include "RackSelection.h"
#include "ViewModeActions.h"
#include "catalog/Catalog.h"
#include "edit/Commands.h"
#include "edit/PlacementCommands.h"
#include "edit/Transaction.h"
#include "floorplan/FloorCoordinates.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/FloorPlanView.h"
#include "floorplan/RackItem.h"
#include "palette/CatalogPalette.h"
#include "palette/CatalogPaletteModel.h"
#include "persistence/ProjectFile.h"

namespace rw::gui::test {
namespace {

constexpr char kRackType[] = "apc-netshelter-sx-48u-600x1200";  // what projectWithRacks() uses

const Catalog& standardCatalog() {
    static const Catalog catalog = Catalog::loadStandard();
    return catalog;
}

class PaletteEditingTest : public ::testing::Test {
protected:
    void SetUp() override {
        const QString path = dir_.filePath(QStringLiteral("racks.rackweave"));
        saveProject(projectWithRacks(4), toPath(path));
        auto prompts = std::make_unique<ScriptedPrompts>();
        prompts_ = prompts.get();
        window_ = std::make_unique<MainWindow>(std::move(prompts));
        window_->useCatalog(standardCatalog());
        ASSERT_TRUE(window_->fileActions().openPath(path));
        window_->viewModes().setMode(ViewModeActions::Mode::FloorPlan);
        window_->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window_.get()));
        QTest::qWait(20);
        // The first row of racks (R1..R4 at x 20.0 .. 21.8 m, y 15 m) large in the view.
        view().fitInView(QRectF(toScene(Point2{17'000, 20'000}), toScene(Point2{27'000, 8'000})), Qt::KeepAspectRatio);
        QApplication::clipboard()->clear();
        // The X pointer is shared with GUI tests running alongside (ctest -j): paste reads ours.
        window_->clipboardActions().setPointerSource([this] { return pointer_; });
        moveMouseAway();
    }

    [[nodiscard]] const Model& model() const { return window_->session().model(); }
    [[nodiscard]] Document& document() const { return window_->session().document(); }
    [[nodiscard]] FloorPlanView& view() const { return window_->floorPlanView(); }
    [[nodiscard]] CatalogPalette& palette() const { return window_->palette(); }
    [[nodiscard]] QString undoText() const { return window_->editActions().undoAction()->text(); }
    [[nodiscard]] QPoint onScreen(Point2 p) const { return view().mapFromScene(toScene(p)); }
    [[nodiscard]] RackId rackNamed(const std::string& name) const {
        RackId found;
        model().racks().forEach([&](RackId id, const Rack& r) {
            if (r.name == name) found = id;
        });
        return found;
    }
    [[nodiscard]] Point2 positionOf(const std::string& name) const {
        const RackId id = rackNamed(name);
        return id.valid() ? model().racks()[id].position : Point2{-1, -1};
    }
    [[nodiscard]] std::vector<std::uint8_t> usIn(RackId rack) const {
        std::vector<std::uint8_t> us;
        model().devices().forEach([&](DeviceId, const Device& d) {
            if (d.rack == rack) us.push_back(d.uPosition);
        });
        return us;
    }
    /// Paste and Duplicate go beside the copied racks unless the mouse is over the plan.
    void moveMouseAway() { pointer_ = QPoint(1910, 1070); }
    QPoint pointer_;

    /// The drag data the palette's view hands to QDrag for the selected row.
    [[nodiscard]] std::unique_ptr<QMimeData> dragDataOf(const QString& entry) const {
        if (!palette().selectEntry(entry)) return nullptr;
        QTreeView& tree = palette().view();
        return std::unique_ptr<QMimeData>(tree.model()->mimeData(tree.selectionModel()->selectedIndexes()));
    }

    /// Enter, move and drop on the floor plan's viewport at `at`; returns whether the move was accepted.
    bool dragAndDrop(const QMimeData& data, QPoint at) {
        QWidget* viewport = view().viewport();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        EXPECT_TRUE(enter.isAccepted());
        QDragMoveEvent move(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
        return move.isAccepted();
    }

    QTemporaryDir dir_;
    ScriptedPrompts* prompts_ = nullptr;
    std::unique_ptr<MainWindow> window_;
};

TEST_F(PaletteEditingTest, DraggingARackFromThePalettePlacesItSnappedAsOneUndoStep) {
    const auto data = dragDataOf(QString::fromLatin1(kRackType));
    ASSERT_NE(data, nullptr);
    ASSERT_TRUE(data->hasFormat(QString::fromLatin1(kCatalogEntryMimeType)));
    // Dropped with the centre at (23120, 10220): the 600 x 1200 footprint's corner snaps to the
    // tile (22800, 9600), so the centre lands on (23100, 10200).
    EXPECT_TRUE(dragAndDrop(*data, onScreen(Point2{23'120, 10'220})));

    ASSERT_EQ(model().racks().size(), 5U);
    const RackId placed = rackNamed("R5");
    ASSERT_TRUE(placed.valid()) << "the next free name";
    const Rack& rack = model().racks()[placed];
    EXPECT_EQ(rack.position, (Point2{23'100, 10'200}));
    EXPECT_EQ(model().text(rack.catalog), kRackType);
    EXPECT_EQ(rack.hall, model().halls().ids().front());
    EXPECT_EQ(undoText(), QStringLiteral("&Undo Place rack R5"));
    EXPECT_EQ(document().historySize(), 1U);
    EXPECT_EQ(window_->selection().racks(), std::vector<RackId>{placed});
    ASSERT_NE(window_->floorPlanScene().rackItem(placed), nullptr);
    EXPECT_EQ(window_->floorPlanScene().rackItem(placed)->pos(), toScene(Point2{23'100, 10'200}));

    QTest::qWait(20);
    const QImage image = view().viewport()->grab().toImage();
    saveScreenshot(image, QStringLiteral("palette-placed-rack"));
    EXPECT_GT(greyStdDev(image), 5.0) << "mostly tiled floor, but not blank";
    // A rack's footprint on screen, in pixels; outlines and names cover part of each fill.
    const double rackPixels = 600.0 * 1200.0 * view().pixelsPerMm() * view().pixelsPerMm();
    ASSERT_GT(rackPixels, 200.0) << "zoomed in far enough to see the racks";
    EXPECT_GT(pixelsNear(image, render::rackRoleColor(RackRole::Other).lighter(150)), 0.4 * rackPixels) << "the new, selected rack";
    EXPECT_GT(pixelsNear(image, render::rackRoleColor(RackRole::Compute)), 4 * 0.6 * rackPixels) << "R1..R4";

    // The window as a user sees it: the palette dock beside the plan.
    const QImage whole = window_->grab().toImage();
    saveScreenshot(whole, QStringLiteral("palette-window"));
    EXPECT_TRUE(palette().isVisible());

    window_->editActions().undoAction()->trigger();
    EXPECT_EQ(model().racks().size(), 4U);
    EXPECT_EQ(window_->floorPlanScene().rackItem(placed), nullptr);
    EXPECT_TRUE(window_->selection().empty());
    window_->editActions().redoAction()->trigger();
    EXPECT_EQ(model().racks()[placed].position, (Point2{23'100, 10'200}));
    EXPECT_EQ(window_->floorPlanScene().rackItemCount(), 5U);
}

TEST_F(PaletteEditingTest, DroppingARackScaleSystemPlacesItsRackWithItsParts) {
    const auto data = dragDataOf(QStringLiteral("nvidia-gb200-nvl72"));
    ASSERT_NE(data, nullptr);
    EXPECT_TRUE(dragAndDrop(*data, onScreen(Point2{24'000, 10'000})));
    const RackId placed = rackNamed("R5");
    ASSERT_TRUE(placed.valid());
    EXPECT_EQ(model().racks()[placed].role, RackRole::Compute);
    EXPECT_EQ(model().devices().size(), 37U) << "18 compute trays, 9 switch trays, 8 power shelves, 2 switches";
    EXPECT_EQ(document().historySize(), 1U);
    window_->editActions().undoAction()->trigger();
    EXPECT_EQ(model().devices().size(), 0U);
}

TEST_F(PaletteEditingTest, DroppingARackOutsideTheHallIsRefused) {
    const auto data = dragDataOf(QString::fromLatin1(kRackType));
    ASSERT_NE(data, nullptr);
    EXPECT_FALSE(dragAndDrop(*data, onScreen(Point2{23'000, -1'500}))) << "the hall starts at y = 0";
    EXPECT_EQ(model().racks().size(), 4U);
    EXPECT_EQ(document().historySize(), 0U);
    ASSERT_EQ(prompts_->errors.size(), 1);
    EXPECT_TRUE(prompts_->errors.front().contains(QLatin1String("inside a hall"))) << prompts_->errors.front().toStdString();
}

TEST_F(PaletteEditingTest, DroppingADeviceOnARackMountsItInTheLowestFreeSpan) {
    const auto dgx = dragDataOf(QStringLiteral("nvidia-dgx-h100"));
    ASSERT_NE(dgx, nullptr);
    const RackId r2 = rackNamed("R2");
    const QPoint onR2 = onScreen(Point2{20'600, 15'100});
    EXPECT_TRUE(dragAndDrop(*dgx, onR2));
    EXPECT_EQ(usIn(r2), std::vector<std::uint8_t>{1});
    const std::string dgxModel = standardCatalog().get("nvidia-dgx-h100").model;
    EXPECT_EQ(undoText(), QStringLiteral("&Undo Mount %1 in rack R2 at U1").arg(QString::fromStdString(dgxModel)));
    EXPECT_EQ(window_->selection().racks(), std::vector<RackId>{r2});
    EXPECT_EQ(model().devices()[model().devices().ids().front()].role, DeviceRole::GpuNode);
    EXPECT_EQ(model().racks()[r2].role, RackRole::Compute);

    // 48 U take six 8 U servers; the seventh is refused and changes nothing.
    for (int i = 0; i < 5; ++i) dragAndDrop(*dgx, onR2);
    EXPECT_EQ(usIn(r2), (std::vector<std::uint8_t>{1, 9, 17, 25, 33, 41}));
    const std::size_t steps = document().historySize();
    dragAndDrop(*dgx, onR2);
    EXPECT_EQ(document().historySize(), steps);
    ASSERT_EQ(prompts_->errors.size(), 1);
    EXPECT_TRUE(prompts_->errors.front().contains(QLatin1String("no free 8 U span"))) << prompts_->errors.front().toStdString();

    // Not over a rack: the move is refused and the drop explains.
    EXPECT_FALSE(dragAndDrop(*dgx, onScreen(Point2{25'000, 10'000})));
    EXPECT_EQ(document().historySize(), steps);

    window_->editActions().undoAction()->trigger();
    EXPECT_EQ(usIn(r2).size(), 5U);
}

TEST_F(PaletteEditingTest, SearchAndKindFilterNarrowThePalette) {
    const int all = palette().visibleCount();
    EXPECT_EQ(all, int(standardCatalog().size()));
    QTest::keyClicks(&palette().searchBox(), QStringLiteral("qm97"));
    ASSERT_EQ(palette().visibleCount(), 1);
    EXPECT_TRUE(palette().selectEntry(QStringLiteral("nvidia-qm9700")));
    EXPECT_FALSE(palette().selectEntry(QStringLiteral("nvidia-dgx-h100"))) << "filtered out";

    palette().searchBox().clear();
    QTest::keyClicks(&palette().searchBox(), QStringLiteral("supermicro"));  // a vendor
    EXPECT_GE(palette().visibleCount(), 2);
    EXPECT_LT(palette().visibleCount(), all);

    palette().searchBox().clear();
    EXPECT_EQ(palette().visibleCount(), all);
    palette().showKind(QStringLiteral("rack"));
    EXPECT_EQ(palette().visibleCount(), int(standardCatalog().ofKind(CatalogKind::Rack).size()));
    QTest::keyClicks(&palette().searchBox(), QStringLiteral("800x1200"));
    EXPECT_EQ(palette().visibleCount(), 3) << "42, 48 and 52 U at 800 mm";

    // A cable is listed but cannot be dragged onto the plan.
    palette().searchBox().clear();
    palette().showKind(QStringLiteral("power-cord"));
    ASSERT_GT(palette().visibleCount(), 0);
    const QModelIndex cord = palette().view().model()->index(0, 0);
    EXPECT_FALSE(palette().view().model()->flags(cord) & Qt::ItemIsDragEnabled);
    EXPECT_FALSE(palette().view().model()->index(0, 0).data(Qt::ToolTipRole).toString().isEmpty());
}

/// R1 and R2 each hold a server, wired together by one cable.
void wireTwoRacks(Document& doc, RackId a, RackId b) {
    const DeviceId da = cmd::mountDevice(doc, standardCatalog(), a, "nvidia-dgx-h100");
    const DeviceId db = cmd::mountDevice(doc, standardCatalog(), b, "nvidia-dgx-h100");
    PortId pa, pb;
    doc.model().ports().forEach([&](PortId id, const Port& p) {
        if (p.device == da && !pa.valid()) pa = id;
        if (p.device == db && !pb.valid()) pb = id;
    });
    auto tx = doc.begin("Wire");
    const LinkId link = tx.add(Link{pa, pb, 0, 0, Fabric::Compute, LinkRole::Other, 400});
    tx.add(Cable{link, {}, Media::Auto, {}, 0});
    tx.commit();
    doc.clearHistory();
}

TEST_F(PaletteEditingTest, CopyPasteBesideAndAtTheMouseWithFreshNames) {
    wireTwoRacks(document(), rackNamed("R1"), rackNamed("R2"));
    ClipboardActions& clip = window_->clipboardActions();
    EXPECT_FALSE(clip.copyAction()->isEnabled());
    EXPECT_FALSE(clip.pasteAction()->isEnabled());
    window_->selection().set({rackNamed("R1"), rackNamed("R2")});
    ASSERT_TRUE(clip.copyAction()->isEnabled());
    clip.copyAction()->trigger();
    const QMimeData* data = QApplication::clipboard()->mimeData();
    ASSERT_TRUE(data->hasFormat(QString::fromLatin1(kFragmentMimeType)));
    EXPECT_EQ(data->text(), QStringLiteral("2 racks: R1, R2 (2 devices, 1 cables)"));
    EXPECT_TRUE(clip.pasteAction()->isEnabled());
    EXPECT_EQ(document().historySize(), 0U) << "copying is not an edit";

    // Beside, on free floor: the pair spans 1.2 m, so steps of 1.8 m east; one step would cover
    // R4, two (snapped) put R1's copy at 23.7 m.
    clip.pasteAction()->trigger();
    EXPECT_EQ(undoText(), QStringLiteral("&Undo Paste 2 racks"));
    EXPECT_EQ(positionOf("R5"), (Point2{23'700, 15'000}));
    EXPECT_EQ(positionOf("R6"), (Point2{24'300, 15'000}));
    EXPECT_EQ(model().devices().size(), 4U);
    EXPECT_EQ(model().cables().size(), 2U);
    EXPECT_EQ(window_->selection().racks(), (std::vector<RackId>{rackNamed("R5"), rackNamed("R6")}));
    EXPECT_TRUE(model().validate().empty());

    window_->editActions().undoAction()->trigger();
    EXPECT_EQ(model().racks().size(), 4U);
    EXPECT_EQ(model().cables().size(), 1U);
    window_->editActions().redoAction()->trigger();
    EXPECT_EQ(positionOf("R6"), (Point2{24'300, 15'000}));

    // At the mouse: the pair's centre goes under the cursor, R1's corner on a tile.
    pointer_ = view().viewport()->mapToGlobal(onScreen(Point2{24'000, 19'000}));
    clip.pasteAction()->trigger();
    EXPECT_EQ(positionOf("R7"), (Point2{23'700, 19'200}));
    EXPECT_EQ(positionOf("R8"), (Point2{24'300, 19'200}));
    EXPECT_EQ(model().cables().size(), 3U);
    EXPECT_EQ(document().historySize(), 2U);
    moveMouseAway();
}

TEST_F(PaletteEditingTest, DuplicateAndCutAreOneStepEach) {
    ClipboardActions& clip = window_->clipboardActions();
    window_->selection().set({rackNamed("R1")});
    window_->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window_.get()));
    view().setFocus();
    QTest::keyClick(view().viewport(), Qt::Key_D, Qt::ControlModifier);  // the Edit menu's shortcut
    EXPECT_EQ(undoText(), QStringLiteral("&Undo Duplicate rack R5"));
    EXPECT_EQ(positionOf("R5"), (Point2{22'500, 15'000})) << "past R2..R4: the first free place east";
    EXPECT_EQ(window_->selection().racks(), std::vector<RackId>{rackNamed("R5")});
    EXPECT_FALSE(clip.pasteAction()->isEnabled()) << "duplicate leaves the clipboard alone";

    window_->selection().set({rackNamed("R3")});
    const RackId r3 = rackNamed("R3");
    clip.cutAction()->trigger();
    EXPECT_FALSE(model().racks().contains(r3));
    EXPECT_EQ(undoText(), QStringLiteral("&Undo Cut rack R3"));
    EXPECT_TRUE(window_->selection().empty());
    EXPECT_EQ(document().historySize(), 2U);
    // The name is free again, so pasting gives it back; its old place is free too, but a paste
    // without the mouse goes east of it, past R5.
    clip.pasteAction()->trigger();
    EXPECT_TRUE(rackNamed("R3").valid());
    EXPECT_EQ(positionOf("R3"), (Point2{23'700, 15'000}));
    EXPECT_NE(rackNamed("R3"), r3) << "a fresh id";
    window_->editActions().undoAction()->trigger();
    window_->editActions().undoAction()->trigger();
    EXPECT_EQ(model().racks()[r3].position, (Point2{21'200, 15'000}));
}

TEST_F(PaletteEditingTest, AlignAndDistributeSelectedRacks) {
    ArrangeActions& arrange = window_->arrangeActions();
    cmd::moveRack(document(), rackNamed("R2"), {21'000, 16'000});
    cmd::moveRack(document(), rackNamed("R3"), {23'000, 14'500});
    cmd::moveRack(document(), rackNamed("R4"), {26'000, 15'300});
    document().clearHistory();
    window_->selection().set({rackNamed("R1")});
    EXPECT_FALSE(arrange.alignAction(cmd::Alignment::Top)->isEnabled());
    window_->editActions().selectAllAction()->trigger();
    ASSERT_TRUE(arrange.alignAction(cmd::Alignment::Top)->isEnabled());
    ASSERT_TRUE(arrange.distributeAction(cmd::Axis::X)->isEnabled());

    arrange.alignAction(cmd::Alignment::Top)->trigger();
    for (const char* name : {"R1", "R2", "R3", "R4"}) EXPECT_EQ(positionOf(name).y, 16'000) << name;
    EXPECT_EQ(undoText(), QStringLiteral("&Undo Align 4 racks top"));
    EXPECT_EQ(window_->floorPlanScene().rackItem(rackNamed("R3"))->pos(), toScene(Point2{23'000, 16'000}));

    // Edges 19.7 .. 26.3 m hold 2.4 m of racks: three gaps of 1.4 m.
    arrange.distributeAction(cmd::Axis::X)->trigger();
    EXPECT_EQ(positionOf("R1").x, 20'000);
    EXPECT_EQ(positionOf("R2").x, 22'000);
    EXPECT_EQ(positionOf("R3").x, 24'000);
    EXPECT_EQ(positionOf("R4").x, 26'000);
    EXPECT_EQ(undoText(), QStringLiteral("&Undo Distribute 4 racks horizontally"));

    arrange.alignAction(cmd::Alignment::Left)->trigger();
    for (const char* name : {"R1", "R2", "R3", "R4"}) EXPECT_EQ(positionOf(name).x, 20'000) << name;
    window_->editActions().undoAction()->trigger();
    window_->editActions().undoAction()->trigger();
    EXPECT_EQ(positionOf("R2"), (Point2{21'000, 16'000}));
    EXPECT_EQ(document().historySize(), 3U);
}

TEST_F(PaletteEditingTest, PlaceRowOfRacksAfterTheSelectionThroughTheDialog) {
    window_->selection().set({rackNamed("R4")});  // at (21800, 15000)
    bool answered = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<PlaceRowDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->xBox().value(), 22'400) << "just past R4";
        EXPECT_EQ(dialog->typeBox().currentData().toString(), QString::fromLatin1(kRackType));
        dialog->countBox().setValue(6);
        answered = true;
        dialog->accept();
    });
    window_->arrangeActions().placeRowAction()->trigger();
    ASSERT_TRUE(answered);

    EXPECT_EQ(model().racks().size(), 10U);
    EXPECT_EQ(undoText(), QStringLiteral("&Undo Place row of 6 racks"));
    for (int i = 0; i < 6; ++i) {
        const std::string name = "R" + std::to_string(5 + i);
        EXPECT_EQ(positionOf(name), (Point2{22'400 + 600 * i, 15'000})) << name;
        EXPECT_EQ(model().racks()[rackNamed(name)].role, RackRole::Compute) << "continues R4's role";
    }
    EXPECT_EQ(window_->selection().racks().size(), 6U);
    EXPECT_EQ(window_->floorPlanScene().rackItemCount(), 10U);
    QTest::qWait(20);
    saveScreenshot(view().viewport()->grab().toImage(), QStringLiteral("palette-row-of-6"));

    window_->editActions().undoAction()->trigger();
    EXPECT_EQ(model().racks().size(), 4U);
    EXPECT_EQ(model().rows().size(), 0U);
}

}  // namespace
}  // namespace rw::gui::test
