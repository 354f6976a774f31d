// View > Colour by and the 2D tray overlay, on a generated and routed SuperPOD SU: the colours
// come from catalog figures, the largest figure gets the top of the scale, trays show in the plan
// and take their fill colours from the routing result.
#include <algorithm>

#include <QAction>
#include <QTest>
#include <gtest/gtest.h>

#include "DerivedViewsSupport.h"
#include "GuiTestSupport.h"
#include "HallView.h"
#include "ProjectSession.h"
#include "ViewModeActions.h"
#include "colour/ColourLegend.h"
#include "colour/ColourModeActions.h"
#include "colour/ColourScale.h"
#include "edit/Transaction.h"
#include "floorplan/FloorPlanOverlays.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/FloorPlanView.h"
#include "floorplan/RackItem.h"
#include "floorplan/TrayLayerItem.h"
#include "reports/RackMetrics.h"
#include "reports/TrayFill.h"

namespace rw::gui::test {
namespace {

RackId heaviestRack(const Model& model) {
    const auto metrics = computeRackMetrics(model, shippedParts());
    RackId best;
    model.racks().forEach([&](RackId id, const Rack&) {
        if (!best || metrics[id.value].weightKg > metrics[best.value].weightKg) best = id;
    });
    return best;
}

TEST(ColourModesTest, WeightModeGivesTheHeaviestRackTheTopColour) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    const Model& model = w.session().model();
    const RackId heaviest = heaviestRack(model);
    ASSERT_TRUE(heaviest);
    RackItem* item = w.floorPlanScene().rackItem(heaviest);
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->fillColor(), render::rackRoleColor(model.racks()[heaviest].role)) << "role colours by default";
    w.colourModes().showTraysAction()->setChecked(false);  // see the racks alone
    const QImage roleImage = grabFloorPlan(w);
    EXPECT_EQ(pixelsNear(roleImage, ColourScale::top(), 6), 0) << "no rack has the scale's top colour in role mode";

    w.colourModes().action(ColourMode::Weight)->trigger();  // as the menu does
    EXPECT_EQ(w.colourModes().mode(), ColourMode::Weight);
    // Against the ratings (the default): nothing here is near its rack's or the floor's rating.
    EXPECT_NE(item->fillColor(), ColourScale::top()) << "the heaviest rack is far from its ratings";
    EXPECT_NE(item->fillColor(), ColourScale::overLimit());
    EXPECT_TRUE(w.colourModes().legend().text().contains(QStringLiteral("rating"))) << w.colourModes().legend().text().toStdString();
    w.colourModes().relativeScaleAction()->trigger();  // to the design's maximum
    EXPECT_EQ(item->fillColor(), ColourScale::top());
    const auto metrics = computeRackMetrics(model, shippedParts());
    int lighterRacks = 0;
    model.racks().forEach([&](RackId id, const Rack&) {
        if (metrics[id.value].weightKg < metrics[heaviest.value].weightKg * 0.9) {
            ++lighterRacks;
            EXPECT_NE(w.floorPlanScene().rackItem(id)->fillColor(), ColourScale::top()) << model.racks()[id].name;
        }
    });
    EXPECT_GT(lighterRacks, 0) << "the SU has network racks lighter than its compute racks";
    const QImage weightImage = grabFloorPlan(w);
    saveScreenshot(weightImage, QStringLiteral("colour-by-weight"));
    EXPECT_GT(pixelsNear(weightImage, ColourScale::top(), 6), 50) << "the heaviest racks show in the top colour";
    EXPECT_TRUE(w.colourModes().legend().text().contains(QStringLiteral("kg"))) << w.colourModes().legend().text().toStdString();
    EXPECT_TRUE(w.colourModes().legend().text().contains(QStringLiteral("1,200 kg/m²"))) << "the hall's floor rating";

    w.colourModes().setMode(ColourMode::Role);
    EXPECT_EQ(item->fillColor(), render::rackRoleColor(model.racks()[heaviest].role));
}

TEST(ColourModesTest, The3dViewTakesTheSameColours) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    w.viewModes().setMode(ViewModeActions::Mode::Hall3D);
    w.hallView().frameAll();
    const QImage role = w.hallView().grabImage();
    w.colourModes().relativeScaleAction()->setChecked(true);  // the heaviest rack at the top
    w.colourModes().setMode(ColourMode::Weight);
    const QImage weight = w.hallView().grabImage();
    saveScreenshot(weight, QStringLiteral("colour-by-weight-3d"));
    // The compute racks (the heaviest) turn the scale's top red; in role colours they are green.
    EXPECT_GT(pixelsOfHue(weight, ColourScale::top()), 2 * pixelsOfHue(role, ColourScale::top()) + 200);
}

TEST(ColourModesTest, PowerHeatAndFabricModesFollowCatalogFigures) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    const Model& model = w.session().model();
    const auto metrics = computeRackMetrics(model, shippedParts());
    RackId hottest;
    model.racks().forEach([&](RackId id, const Rack&) {
        if (!hottest || metrics[id.value].itMaxKw > metrics[hottest.value].itMaxKw) hottest = id;
    });
    w.colourModes().setMode(ColourMode::PowerDensity);
    EXPECT_EQ(w.floorPlanScene().rackItem(hottest)->fillColor(), ColourScale::top());
    EXPECT_EQ(model.racks()[hottest].role, RackRole::Compute) << "DGX racks draw the most power";
    EXPECT_TRUE(w.colourModes().legend().text().contains(QStringLiteral("kW/m²")));

    w.colourModes().setMode(ColourMode::Heat);
    EXPECT_TRUE(w.colourModes().legend().text().contains(QStringLiteral("to liquid")));

    w.colourModes().setMode(ColourMode::Fabric);
    int compute = 0;
    model.racks().forEach([&](RackId id, const Rack&) {
        const auto fabric = metrics[id.value].dominantFabric();
        const QColor expected = fabric ? ColourScale::ofFabric(*fabric) : ColourScale::noData();
        EXPECT_EQ(w.floorPlanScene().rackItem(id)->fillColor(), expected) << model.racks()[id].name;
        compute += fabric == Fabric::Compute;
    });
    EXPECT_GT(compute, 0);
    saveScreenshot(grabFloorPlan(w), QStringLiteral("colour-by-fabric"));
}

TEST(ColourModesTest, TraysAppearInThePlanAndTrayFillColoursThemByTheRoutes) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    const Model& model = w.session().model();
    TrayLayerItem& trays = w.floorPlanOverlays().trays();
    std::size_t runs = 0;
    model.trays().forEach([&](TrayId, const TraySegment& s) { runs += s.a.x != s.b.x || s.a.y != s.b.y; });
    ASSERT_GT(runs, 0U);
    EXPECT_EQ(trays.segmentCount(), runs);
    EXPECT_TRUE(trays.isVisible());

    w.colourModes().showTraysAction()->setChecked(false);
    const QImage without = grabFloorPlan(w);
    w.colourModes().showTraysAction()->setChecked(true);
    const QImage with = grabFloorPlan(w);
    EXPECT_NE(without, with) << "the trays are drawn over the floor";

    w.colourModes().setMode(ColourMode::TrayFill);
    const auto loads = computeTrayLoads(model, shippedParts(), routed->routes);
    TrayId fullest;
    model.trays().forEach([&](TrayId id, const TraySegment&) {
        if (trays.segmentRect(id).isEmpty()) return;
        if (!fullest || loads[id.value].fillPercent() > loads[fullest.value].fillPercent()) fullest = id;
    });
    ASSERT_TRUE(fullest);
    EXPECT_EQ(trays.colourOf(fullest), ColourScale::at(loads[fullest.value].fillPercent() / 100.0));
    model.trays().forEach([&](TrayId id, const TraySegment&) {
        if (!trays.segmentRect(id).isEmpty() && loads[id.value].cables == 0) {
            EXPECT_EQ(trays.colourOf(id), ColourScale::bottom()) << "an empty tray is at the bottom of the scale";
        }
    });
    w.floorPlanView().fitInView(trays.segmentRect(fullest).adjusted(-3000, -3000, 3000, 3000), Qt::KeepAspectRatio);
    const QImage fill = grabFloorPlan(w);
    saveScreenshot(fill, QStringLiteral("tray-fill"));
    EXPECT_GT(pixelsNear(fill, trays.colourOf(fullest), 3), 100) << "the fullest segment shows in its fill colour";
    EXPECT_TRUE(w.colourModes().legend().text().contains(QStringLiteral("Fullest segment")));
}

TEST(ColourModesTest, EditsRecolourOnlyWhenTheFiguresChange) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    w.colourModes().relativeScaleAction()->setChecked(true);  // the top follows the heaviest rack
    w.colourModes().setMode(ColourMode::Weight);
    const RackId heaviest = heaviestRack(w.session().model());
    // Pointing the heaviest rack's devices at a part the catalog lacks takes their weight out
    // (unknown parts count nothing): another rack becomes the heaviest.
    std::vector<DeviceId> devices;
    w.session().model().devices().forEach([&](DeviceId id, const Device& d) {
        if (d.rack == heaviest) devices.push_back(id);
    });
    ASSERT_FALSE(devices.empty());
    Document& doc = w.session().document();
    {
        auto tx = doc.begin("Unknown parts in the heaviest rack");
        const StringId unknown = tx.intern("no-such-part");
        for (DeviceId d : devices) tx.template modify<Device>(d, [&](Device& device) { device.catalog = unknown; });
        tx.commit();
    }
    EXPECT_NE(w.floorPlanScene().rackItem(heaviest)->fillColor(), ColourScale::top());
    const RackId next = heaviestRack(w.session().model());
    EXPECT_EQ(w.floorPlanScene().rackItem(next)->fillColor(), ColourScale::top());
    doc.undo();
    EXPECT_EQ(w.floorPlanScene().rackItem(heaviest)->fillColor(), ColourScale::top());
}

}  // namespace
}  // namespace rw::gui::test
