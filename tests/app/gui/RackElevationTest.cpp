// The Rack Elevation dock and the status bar on a generated, routed SU: the selected rack's
// devices at their U positions in their role colours, the rack's totals; clicking a device lists
// its cables and clicking a cable highlights its route in the floor plan; the status bar shows
// the design's IT kW as the statistics report it.
#include <QDockWidget>
#include <QTreeWidget>
#include <QLocale>
#include <QTest>
#include <gtest/gtest.h>

#include "DerivedViewsSupport.h"
#include "GuiTestSupport.h"
#include "ModelCountsLabel.h"
#include "ProjectSession.h"
#include "RackSelection.h"
#include "colour/ColourScale.h"
#include "docks/CableFocus.h"
#include "docks/RackElevationPanel.h"
#include "docks/RackElevationView.h"
#include "floorplan/FloorPlanOverlays.h"
#include "floorplan/RouteHighlightItem.h"
#include "reports/DesignStats.h"

namespace rw::gui::test {
namespace {

RackId firstComputeRack(const Model& model) {
    RackId out;
    model.racks().forEach([&](RackId id, const Rack& r) {
        if (!out && r.role == RackRole::Compute) out = id;
    });
    return out;
}

TEST(RackElevationTest, ShowsTheSelectedRacksDevicesAtTheirU) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    const Model& model = w.session().model();
    const RackId rack = firstComputeRack(model);
    ASSERT_TRUE(rack);
    w.elevationDock()->show();
    w.elevationDock()->raise();
    w.selection().set({rack});
    RackElevationView& view = w.elevationPanel().view();
    ASSERT_EQ(view.rack(), rack);
    EXPECT_EQ(view.rackUnits(), shippedParts().get(model.text(model.racks()[rack].catalog)).rack->uHeight);
    view.resize(360, 900);
    QCoreApplication::processEvents();

    int nodes = 0;
    model.devices().forEach([&](DeviceId id, const Device& d) {
        if (d.rack != rack) return;
        const int height = shippedParts().get(model.text(d.catalog)).uHeight;
        if (height == 0 || d.uPosition == 0) {
            EXPECT_TRUE(view.deviceRect(id).isEmpty()) << d.name << " is 0U";
            return;
        }
        const QRect expected = QRect(view.unitRect(d.uPosition + height - 1, d.face).topLeft(),
                                     view.unitRect(d.uPosition, d.face).bottomRight()).adjusted(1, 1, -1, -1);
        EXPECT_EQ(view.deviceRect(id), expected) << d.name << " at U" << int(d.uPosition);
        nodes += d.role == DeviceRole::GpuNode;
    });
    EXPECT_GT(nodes, 0);

    const QImage image = view.grab().toImage();
    saveScreenshot(image, QStringLiteral("rack-elevation"));
    DeviceId node;
    model.devices().forEach([&](DeviceId id, const Device& d) {
        if (!node && d.rack == rack && d.role == DeviceRole::GpuNode) node = id;
    });
    const QRect nodeRect = view.deviceRect(node);
    EXPECT_EQ(image.pixelColor(nodeRect.left() + 3, nodeRect.bottom() - 2), ColourScale::ofDeviceRole(DeviceRole::GpuNode));
    // An empty U (above the top device, below the rack top) is drawn open, not in a device colour.
    int topUsed = 0;
    model.devices().forEach([&](DeviceId, const Device& d) {
        if (d.rack == rack && d.face == Face::Front) topUsed = std::max(topUsed, d.uPosition + shippedParts().get(model.text(d.catalog)).uHeight - 1);
    });
    if (topUsed < view.rackUnits()) {
        const QRect free = view.unitRect(view.rackUnits(), Face::Front);
        const QColor c = image.pixelColor(free.center());
        EXPECT_GT(c.lightness(), 200) << "empty U is light";
    }
    EXPECT_TRUE(w.elevationPanel().totalsText().contains(QStringLiteral("kW max"))) << w.elevationPanel().totalsText().toStdString();
    EXPECT_TRUE(w.elevationPanel().totalsText().contains(QStringLiteral("kg")));
}

TEST(RackElevationTest, ClickingADeviceListsItsCablesAndACableHighlightsItsRoute) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    const Model& model = w.session().model();
    const RackId rack = firstComputeRack(model);
    w.elevationDock()->show();
    w.selection().set({rack});
    RackElevationView& view = w.elevationPanel().view();
    view.resize(360, 900);
    DeviceId node;
    model.devices().forEach([&](DeviceId id, const Device& d) {
        if (!node && d.rack == rack && d.role == DeviceRole::GpuNode) node = id;
    });
    ASSERT_TRUE(node);
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.deviceRect(node).center());
    EXPECT_EQ(view.highlighted(), node);
    QTreeWidget& cables = w.elevationPanel().cables();
    ASSERT_GT(cables.topLevelItemCount(), 0);
    // A table with columns: the cable's id, the port here, the far end and its rack, the length.
    EXPECT_EQ(cables.columnCount(), int(RackElevationPanel::CableColumnCount));
    const QTreeWidgetItem* first = cables.topLevelItem(0);
    EXPECT_TRUE(first->text(RackElevationPanel::CableIdColumn).startsWith(QStringLiteral("CBL")));
    EXPECT_FALSE(first->text(RackElevationPanel::HereColumn).isEmpty());
    EXPECT_FALSE(first->text(RackElevationPanel::FarRackColumn).isEmpty());
    EXPECT_TRUE(first->text(RackElevationPanel::LengthColumn).endsWith(QStringLiteral(" m")) ||
                first->text(RackElevationPanel::LengthColumn) == QStringLiteral("unrouted"));
    cables.sortByColumn(RackElevationPanel::LengthColumn, Qt::DescendingOrder);
    saveScreenshot(w.elevationPanel().grab().toImage(), QStringLiteral("rack-elevation-cable-table"));
    double previous = 1e9;
    for (int i = 0; i < cables.topLevelItemCount(); ++i) {
        const double m = cables.topLevelItem(i)->data(RackElevationPanel::LengthColumn, Qt::UserRole + 1).toDouble();
        EXPECT_LE(m, previous) << "sorted by length as a number";
        previous = m;
    }

    // The first cable that leaves the rack through the trays.
    int row = -1;
    for (int i = 0; i < cables.topLevelItemCount() && row < 0; ++i) {
        const CableId id(cables.topLevelItem(i)->data(0, Qt::UserRole).toUInt());
        const CableRoute* r = routed->routes.find(id);
        if (r && r->status == RouteStatus::Routed && !routed->routes.routes[r->route].segments.empty()) row = i;
    }
    ASSERT_GE(row, 0);
    cables.scrollToItem(cables.topLevelItem(row));
    const QRect itemRect = cables.visualItemRect(cables.topLevelItem(row));
    QTest::mouseClick(cables.viewport(), Qt::LeftButton, {}, itemRect.center());
    const CableId cable(cables.topLevelItem(row)->data(0, Qt::UserRole).toUInt());
    EXPECT_EQ(w.cableFocus().cable(), cable);
    EXPECT_FALSE(w.floorPlanOverlays().route().lines().empty());
    EXPECT_TRUE(w.selection().contains(rack)) << "the cable's end racks are selected";
    EXPECT_EQ(view.rack(), rack) << "the elevation stays on the rack it showed";
    const QImage plan = grabFloorPlan(w);
    saveScreenshot(plan, QStringLiteral("cable-route-highlight"));
    EXPECT_GT(pixelsNear(plan, RouteHighlightItem::colour(), 3), 30);

    w.selection().clear();
    EXPECT_FALSE(w.cableFocus().cable().valid()) << "picking racks by hand ends the highlight";
    EXPECT_TRUE(w.floorPlanOverlays().route().lines().empty());
}

TEST(StatusBarTest, ShowsTheDesignsItKwAsStatsReportIt) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    DesignStatsInputs inputs;
    inputs.catalog = &shippedParts();
    const DesignStats stats = computeDesignStats(w.session().model(), inputs);
    ASSERT_TRUE(stats.itMaxKw.has_value());
    const QString kw = QLocale().toString(*stats.itMaxKw, 'f', 1) + QStringLiteral(" kW IT (max)");
    EXPECT_TRUE(w.counts().text().contains(kw)) << w.counts().text().toStdString() << " lacks " << kw.toStdString();
    saveScreenshot(w.grab().toImage(), QStringLiteral("window-status-kw"));
}

}  // namespace
}  // namespace rw::gui::test
