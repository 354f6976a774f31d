// The colour modes' figures in tooltips: hovering a rack in a figure mode tells its value under
// its name, and hovering a tray in tray fill mode tells that tray's fill (not the rack under it).
#include <QHelpEvent>
#include <QTest>
#include <QToolTip>
#include <gtest/gtest.h>

#include "DerivedViewsSupport.h"
#include "colour/ColourModeActions.h"
#include "floorplan/FloorPlanOverlays.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/FloorPlanView.h"
#include "floorplan/RackItem.h"
#include "floorplan/TrayLayerItem.h"
#include "reports/RackMetrics.h"
#include "reports/TrayFill.h"
#include "power/PowerAnalysis.h"
#include "ProjectSession.h"

namespace rw::gui::test {
namespace {

QString tooltipAt(MainWindow& w, QPointF scenePoint) {
    FloorPlanView& view = w.floorPlanView();
    const QPoint at = view.mapFromScene(scenePoint);
    QHelpEvent event(QEvent::ToolTip, at, view.viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(view.viewport(), &event);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

TEST(ColourTooltipsTest, RacksTellTheirFigureAndTraysTheirFill) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    const Model& model = w.session().model();
    const RackId rack = model.racks().ids().front();
    RackItem* item = w.floorPlanScene().rackItem(rack);
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->toolTip(), QString::fromStdString(model.racks()[rack].name)) << "role mode: the name alone";

    w.colourModes().setMode(ColourMode::PowerDensity);
    const auto metrics = computeRackMetrics(model, shippedParts());
    const QString kw = QLocale().toString(metrics[rack.value].itMaxKw, 'f', 1);
    EXPECT_TRUE(item->toolTip().contains(kw + QStringLiteral(" kW IT max"))) << item->toolTip().toStdString();
    w.colourModes().setMode(ColourMode::Weight);
    EXPECT_TRUE(item->toolTip().contains(QStringLiteral(" kg"))) << item->toolTip().toStdString();
    w.floorPlanOverlays().frame(w.floorPlanOverlays().rackRect(rack));
    EXPECT_TRUE(tooltipAt(w, w.floorPlanOverlays().rackRect(rack).center()).contains(QStringLiteral(" kg")));

    w.colourModes().setMode(ColourMode::TrayFill);
    TrayLayerItem& trays = w.floorPlanOverlays().trays();
    const auto loads = computeTrayLoads(model, shippedParts(), routed->routes);
    TrayId carrying;  // the first run in the plan that the routes put cables in
    model.trays().forEach([&](TrayId id, const TraySegment&) {
        if (!carrying && !trays.segmentRect(id).isEmpty() && loads[id.value].cables > 0) carrying = id;
    });
    ASSERT_TRUE(carrying);
    const QRectF band = trays.segmentRect(carrying);
    const TrayId shown = trays.segmentAt(band.center());
    ASSERT_TRUE(shown) << "a point on the segment finds a segment";
    const QString expected = QLocale().toString(loads[shown.value].fillPercent(), 'f', 0) + QStringLiteral(" % full");
    EXPECT_TRUE(trays.noteOf(shown).contains(expected)) << trays.noteOf(shown).toStdString();
    w.floorPlanOverlays().frame(band);
    const QString tip = tooltipAt(w, band.center());
    EXPECT_TRUE(tip.contains(expected)) << "the tray's fill, not the rack under it: " << tip.toStdString();
    EXPECT_FALSE(trays.segmentAt(band.topLeft() - QPointF(5'000, 5'000)) == carrying);
}

TEST(ColourTooltipsTest, HeadroomModesTellTheShareOfTheLimit) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    w.colourModes().setMode(ColourMode::PowerHeadroom);
    const std::vector<power::RackHeadroom>& shares = w.powerAnalysis().powerByRack();
    int told = 0;
    w.session().model().racks().forEach([&](RackId id, const Rack&) {
        if (id.value >= shares.size() || shares[id.value].state != power::RackHeadroom::State::Ok) return;
        const QString figure = QLocale().toString(shares[id.value].share * 100, 'f', 0) + QStringLiteral(" % of its limit");
        EXPECT_TRUE(w.floorPlanScene().rackItem(id)->toolTip().contains(figure))
            << w.floorPlanScene().rackItem(id)->toolTip().toStdString();
        ++told;
    });
    EXPECT_GT(told, 0) << "the SU's racks have PDUs with ratings";
}

}  // namespace
}  // namespace rw::gui::test
