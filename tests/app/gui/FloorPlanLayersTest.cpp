// The floor plan's layers: racks drawn over the overhead trays (trays see-through under them,
// over them only when the trays are what is coloured), Show Trays remembered across sessions,
// and row labels that thin out as the view zooms out instead of printing over each other.
#include <string>

#include <QAction>
#include <QSettings>
#include <QTest>
#include <gtest/gtest.h>

#include "DerivedViewsSupport.h"
#include "GuiTestSupport.h"
#include "ProjectSession.h"
#include "colour/ColourModeActions.h"
#include "floorplan/FloorCoordinates.h"
#include "floorplan/FloorPlanOverlays.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/FloorPlanView.h"
#include "floorplan/RackItem.h"
#include "floorplan/RowLabelLayer.h"
#include "floorplan/TrayLayerItem.h"

namespace rw::gui::test {
namespace {

/// A rack whose footprint lies under some tray run.
RackId rackUnderATray(MainWindow& w) {
    const Model& model = w.session().model();
    TrayLayerItem& trays = w.floorPlanOverlays().trays();
    RackId found;
    model.racks().forEach([&](RackId id, const Rack&) {
        if (found) return;
        const QRectF rack = w.floorPlanOverlays().rackRect(id);
        model.trays().forEach([&](TrayId t, const TraySegment&) {
            if (!found && trays.segmentRect(t).intersects(rack.adjusted(100, 100, -100, -100))) found = id;
        });
    });
    return found;
}

QImage cropOfRack(MainWindow& w, RackId rack) {
    const QImage plan = grabFloorPlan(w);
    const QRect onScreen = w.floorPlanView().mapFromScene(w.floorPlanOverlays().rackRect(rack)).boundingRect();
    return plan.copy(onScreen.adjusted(3, 3, -3, -3));
}

TEST(FloorPlanLayersTest, RacksUnderATrayStayReadableAndTrayFillBringsTraysOnTop) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    const RackId rack = rackUnderATray(w);
    ASSERT_TRUE(rack) << "the SU has trays over its rows";
    const QColor fill = w.floorPlanScene().rackItem(rack)->fillColor();
    w.floorPlanOverlays().frame(w.floorPlanOverlays().rackRect(rack));
    ASSERT_TRUE(w.colourModes().showTraysAction()->isChecked());
    const int withTrays = pixelsNear(cropOfRack(w, rack), fill, 3);
    saveScreenshot(grabFloorPlan(w), QStringLiteral("plan-racks-over-trays"));
    w.colourModes().showTraysAction()->setChecked(false);
    const int alone = pixelsNear(cropOfRack(w, rack), fill, 3);
    ASSERT_GT(alone, 400);
    EXPECT_GE(withTrays, alone * 0.9) << "the tray over the rack is an outline: the rack shows whole";
    EXPECT_LT(w.floorPlanOverlays().trays().zValue(), w.floorPlanScene().rackItem(rack)->zValue());
    w.colourModes().showTraysAction()->setChecked(true);
    EXPECT_GT(w.floorPlanOverlays().trays().outlines()->zValue(), w.floorPlanScene().rackItem(rack)->zValue());
    EXPECT_TRUE(w.floorPlanOverlays().trays().outlines()->isVisible());

    w.colourModes().setMode(ColourMode::TrayFill);
    EXPECT_GT(w.floorPlanOverlays().trays().zValue(), w.floorPlanScene().rackItem(rack)->zValue())
        << "colouring by tray fill is about the trays: they show over the racks";
    EXPECT_FALSE(w.floorPlanOverlays().trays().outlines()->isVisible());
    EXPECT_LT(pixelsNear(cropOfRack(w, rack), fill, 3), alone) << "opaque bands cover part of the rack";
    saveScreenshot(grabFloorPlan(w), QStringLiteral("plan-tray-fill-over-racks"));
    w.colourModes().setMode(ColourMode::Role);
    EXPECT_LT(w.floorPlanOverlays().trays().zValue(), w.floorPlanScene().rackItem(rack)->zValue());
}

TEST(FloorPlanLayersTest, ShowTraysIsRememberedForTheNextWindow) {
    {
        auto first = std::make_unique<MainWindow>(std::make_unique<ScriptedPrompts>());
        EXPECT_TRUE(first->colourModes().showTraysAction()->isChecked()) << "on at first start";
        first->colourModes().showTraysAction()->trigger();  // as the menu does
        EXPECT_FALSE(first->floorPlanOverlays().trays().isVisible());
    }
    EXPECT_FALSE(QSettings().value(QStringLiteral("view/showTrays"), true).toBool());
    auto second = std::make_unique<MainWindow>(std::make_unique<ScriptedPrompts>());
    EXPECT_FALSE(second->colourModes().showTraysAction()->isChecked());
    EXPECT_FALSE(second->floorPlanOverlays().trays().isVisible());
    second->colourModes().showTraysAction()->trigger();
    EXPECT_TRUE(QSettings().value(QStringLiteral("view/showTrays")).toBool());
}

TEST(FloorPlanLayersTest, KeepNonOverlappingDropsLabelsThatWouldPrintOverOthers) {
    const std::vector<QRectF> rects{{0, 0, 50, 12}, {40, 5, 50, 12}, {100, 0, 50, 12}, {0, 11, 50, 12}};
    EXPECT_EQ(RowLabelLayer::keepNonOverlapping(rects), (std::vector<bool>{true, false, true, false}));
}

/// 2,400 racks in 120 named rows of 20, 2.4 m apart (six pods), as a Colossus-sized plan has.
Model manyRows() {
    Model model = projectWithRacks(2'400);
    const HallId hall = model.halls().ids().front();
    int index = 0;
    std::vector<Point2> firstOfRow;
    model.racks().forEach([&](RackId, const Rack& rack) {
        if (index++ % 20 == 0) firstOfRow.push_back(rack.position);
    });
    for (std::size_t r = 0; r < firstOfRow.size(); ++r) {
        Row row;
        row.hall = hall;
        row.name = "Row " + std::to_string(r + 1);
        row.origin = firstOfRow[r];
        model.rows().add(std::move(row));
    }
    return model;
}

TEST(FloorPlanLayersTest, RowLabelsThinOutWhenZoomedOutAndAllShowClose) {
    auto w = std::make_unique<MainWindow>(std::make_unique<ScriptedPrompts>());
    w->session().document().reset(manyRows());
    w->resize(1400, 900);
    w->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(w.get()));
    w->floorPlanView().frameAll();
    const RowLabelLayer& labels = w->floorPlanScene().rowLabels();
    ASSERT_EQ(labels.labelCount(), 120u);
    const double far = w->floorPlanView().pixelsPerMm();
    const auto farLabels = labels.visibleLabels(far);
    EXPECT_GT(farLabels.size(), 0u);
    EXPECT_LT(farLabels.size(), 120u) << "the whole hall cannot show 120 names without overlap";
    saveScreenshot(grabFloorPlan(*w), QStringLiteral("plan-row-labels-far"));
    EXPECT_EQ(labels.visibleLabels(0.2).size(), 120u) << "close up every row is named";
    EXPECT_LE(labels.visibleLabels(far / 4).size(), farLabels.size()) << "fewer still further out";
    w->floorPlanView().zoomBy(6.0, w->floorPlanView().viewport()->rect().center());
    saveScreenshot(grabFloorPlan(*w), QStringLiteral("plan-row-labels-near"));
}

}  // namespace
}  // namespace rw::gui::test
