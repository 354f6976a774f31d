// The properties inspector beyond racks, on a generated and routed SuperPOD SU: a click on empty
// floor shows the hall (name, width, depth, floor rating; editable, one undo step each, the
// findings follow), a click on a tray shows its level, width and fill, a device picked in the
// rack elevation shows its type, rack and U (name and U editable, an overlapping U refused), and
// a PDU adds its rating and load.
#include <memory>

#include <QAction>
#include <QDockWidget>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>

#include "DerivedViewsSupport.h"
#include "EditActions.h"
#include "GuiTestSupport.h"
#include "ProjectSession.h"
#include "PropertiesInspector.h"
#include "RackSelection.h"
#include "catalog/Catalog.h"
#include "docks/FindingsPanel.h"
#include "docks/RackElevationPanel.h"
#include "docks/RackElevationView.h"
#include "floorplan/FloorCoordinates.h"
#include "floorplan/FloorPlanOverlays.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/FloorPlanView.h"
#include "floorplan/RackItem.h"
#include "floorplan/TrayLayerItem.h"

namespace rw::gui::test {
namespace {

int findingsWith(const FindingsPanel& panel, const QString& text) {
    int n = 0;
    for (int i = 0; i < panel.list().topLevelItemCount(); ++i) n += panel.list().topLevelItem(i)->text(2).contains(text);
    return n;
}

bool overARack(FloorPlanView& view, QPoint at) {
    for (QGraphicsItem* item : view.items(at))
        if (item->type() == RackItem::kType) return true;
    return false;
}

/// A viewport point on the floor of the hall away from every rack and tray; null when none is found.
QPoint emptyFloor(MainWindow& w) {
    FloorPlanView& view = w.floorPlanView();
    const TrayLayerItem& trays = w.floorPlanOverlays().trays();
    for (int y = 20; y < view.viewport()->height(); y += 23)
        for (int x = 20; x < view.viewport()->width(); x += 23) {
            const QPoint at(x, y);
            const QPointF scene = view.mapToScene(at);
            if (!overARack(view, at) && !trays.segmentAt(scene) &&
                w.floorPlanScene().site().hallAt(w.session().model(), scene).valid())
                return at;
        }
    return {};
}

/// A viewport point over a tray segment (and a rack: the trays run above the rows); null when none is in view.
QPoint onATrayOverARack(MainWindow& w) {
    FloorPlanView& view = w.floorPlanView();
    const TrayLayerItem& trays = w.floorPlanOverlays().trays();
    for (int y = 10; y < view.viewport()->height(); y += 7)
        for (int x = 10; x < view.viewport()->width(); x += 7) {
            const QPoint at(x, y);
            if (trays.segmentAt(view.mapToScene(at)) && overARack(view, at)) return at;
        }
    return {};
}

void clickAndSettle(FloorPlanView& view, QPoint at, Qt::KeyboardModifiers modifiers = {}) {
    QTest::mouseClick(view.viewport(), Qt::LeftButton, modifiers, at);
    QTest::qWait(20);  // the pick follows the scene's own click handling
}

QImage grabInspector(MainWindow& w) {
    auto* dock = w.findChild<QDockWidget*>(QStringLiteral("propertiesDock"));
    return dock ? dock->grab().toImage() : QImage();
}

TEST(InspectorPagesTest, ClickingEmptyFloorShowsTheHallWhoseSizeAndRatingAreEditable) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    PropertiesInspector& inspector = w.inspector();
    const QPoint floor = emptyFloor(w);
    ASSERT_FALSE(floor.isNull()) << "some bare floor in view";
    clickAndSettle(w.floorPlanView(), floor);
    const HallId hall = w.session().model().halls().ids().front();
    ASSERT_TRUE(inspector.shown().has_value());
    EXPECT_EQ(inspector.shown()->kind, EntityKind::Hall);
    EXPECT_EQ(inspector.valueOf(QStringLiteral("name")), QString::fromStdString(w.session().model().halls()[hall].name));
    EXPECT_FALSE(inspector.valueOf(QStringLiteral("width_mm")).isEmpty());
    EXPECT_FALSE(inspector.valueOf(QStringLiteral("floor_load_kg_m2")).isEmpty());
    EXPECT_NE(inspector.valueOf(QStringLiteral("racks")), QStringLiteral("0"));
    saveScreenshot(grabInspector(w), QStringLiteral("inspector-hall"));

    FindingsPanel& findings = w.findingsPanel();
    findings.recomputeNow();
    ASSERT_EQ(findingsWith(findings, QStringLiteral("is not inside hall")), 0);
    EXPECT_TRUE(inspector.edit(QStringLiteral("name"), QStringLiteral("Data Hall A")));
    EXPECT_EQ(w.editActions().undoAction()->text(), QStringLiteral("&Undo Set name of hall Hall 1"));
    EXPECT_TRUE(inspector.edit(QStringLiteral("floor_load_kg_m2"), QStringLiteral("1500")));
    EXPECT_EQ(w.session().model().halls()[hall].floorLoadKgPerM2, 1500.0);
    // A hall too narrow for its racks: the layout check says so.
    EXPECT_TRUE(inspector.edit(QStringLiteral("width_mm"), QStringLiteral("6000")));
    EXPECT_EQ(w.editActions().undoAction()->text(), QStringLiteral("&Undo Set width_mm of hall Data Hall A"));
    EXPECT_EQ(inspector.valueOf(QStringLiteral("width_mm")), QStringLiteral("6000"));
    findings.recomputeNow();
    EXPECT_GT(findingsWith(findings, QStringLiteral("is not inside hall Data Hall A")), 0);
    EXPECT_FALSE(inspector.edit(QStringLiteral("depth_mm"), QStringLiteral("wide")));
    EXPECT_TRUE(inspector.errorText().contains(QStringLiteral("depth_mm"))) << inspector.errorText().toStdString();
    w.editActions().undoAction()->trigger();
    findings.recomputeNow();
    EXPECT_EQ(findingsWith(findings, QStringLiteral("is not inside hall")), 0);
    EXPECT_NE(inspector.valueOf(QStringLiteral("width_mm")), QStringLiteral("6000")) << "the inspector follows undo";

    // Selecting a rack takes the inspector back to the racks.
    w.selection().set({w.session().model().racks().ids().front()});
    EXPECT_EQ(inspector.shown()->kind, EntityKind::Rack);
}

TEST(InspectorPagesTest, AltClickingATrayShowsItsLevelWidthAndFill) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    const QPoint at = onATrayOverARack(w);
    ASSERT_FALSE(at.isNull()) << "a tray over a row in view";
    w.selection().clear();
    clickAndSettle(w.floorPlanView(), at, Qt::AltModifier);
    EXPECT_TRUE(w.selection().empty()) << "Alt+click picks the tray, not the rack under it";
    PropertiesInspector& inspector = w.inspector();
    ASSERT_TRUE(inspector.shown().has_value());
    EXPECT_EQ(inspector.shown()->kind, EntityKind::Tray);
    const TraySegment& segment = w.session().model().trays()[TrayId(inspector.shown()->id)];
    EXPECT_EQ(inspector.valueOf(QStringLiteral("level")), QString::number(segment.level));
    EXPECT_EQ(inspector.valueOf(QStringLiteral("width_mm")), QString::number(segment.widthMm));
    EXPECT_TRUE(inspector.valueOf(QStringLiteral("fill")).endsWith(QStringLiteral("% of its limit")))
        << inspector.valueOf(QStringLiteral("fill")).toStdString();
    EXPECT_FALSE(inspector.valueOf(QStringLiteral("cables")).isEmpty());
    saveScreenshot(grabInspector(w), QStringLiteral("inspector-tray"));
    // Narrower, as one step: the fill goes up with it.
    const QString fill = inspector.valueOf(QStringLiteral("cable_area_mm2"));
    EXPECT_TRUE(inspector.edit(QStringLiteral("width_mm"), QString::number(segment.widthMm / 2)));
    EXPECT_TRUE(w.editActions().undoAction()->text().startsWith(QStringLiteral("&Undo Set width_mm of tray")));
    EXPECT_NE(inspector.valueOf(QStringLiteral("cable_area_mm2")), fill) << "the capacity follows the width";
}

TEST(InspectorPagesTest, ADevicePickedInTheElevationShowsItsTypeRackAndUnits) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    const Model& model = w.session().model();
    // A GPU node with another device right above it.
    DeviceId node, above;
    model.devices().forEach([&](DeviceId id, const Device& d) {
        if (node || d.role != DeviceRole::GpuNode) return;
        model.devices().forEach([&](DeviceId other, const Device& o) {
            if (!above && o.rack == d.rack && o.uPosition > d.uPosition && o.uPosition <= d.uPosition + 10 && other != id) above = other;
        });
        if (above) node = id;
    });
    ASSERT_TRUE(node && above);
    const Device device = model.devices()[node];
    w.selection().set({device.rack});
    emit w.elevationPanel().view().deviceClicked(node);  // as a click on its faceplate does
    PropertiesInspector& inspector = w.inspector();
    ASSERT_TRUE(inspector.shown().has_value());
    EXPECT_EQ(inspector.shown()->kind, EntityKind::Device);
    const CatalogEntry& entry = shippedParts().get(model.text(device.catalog));
    EXPECT_EQ(inspector.valueOf(QStringLiteral("model")), QString::fromStdString(entry.model));
    EXPECT_EQ(inspector.valueOf(QStringLiteral("rack")), QString::fromStdString(model.racks()[device.rack].name));
    EXPECT_EQ(inspector.valueOf(QStringLiteral("u")), QString::number(device.uPosition));
    EXPECT_TRUE(inspector.valueOf(QStringLiteral("units")).startsWith(QStringLiteral("U%1-").arg(device.uPosition)));
    saveScreenshot(grabInspector(w), QStringLiteral("inspector-device"));

    // Onto its neighbour: refused, nothing changes.
    const std::size_t steps = w.session().document().historySize();
    EXPECT_FALSE(inspector.edit(QStringLiteral("u"), QString::number(model.devices()[above].uPosition)));
    EXPECT_TRUE(inspector.errorText().contains(QStringLiteral("would overlap"))) << inspector.errorText().toStdString();
    EXPECT_EQ(model.devices()[node].uPosition, device.uPosition);
    EXPECT_EQ(w.session().document().historySize(), steps);
    EXPECT_EQ(inspector.valueOf(QStringLiteral("u")), QString::number(device.uPosition)) << "the table shows the model's value again";

    EXPECT_TRUE(inspector.edit(QStringLiteral("name"), QStringLiteral("node-renamed")));
    EXPECT_EQ(w.editActions().undoAction()->text(), QStringLiteral("&Undo Set name of device %1").arg(QString::fromStdString(device.name)));
    EXPECT_EQ(model.devices()[node].name, "node-renamed");
}

TEST(InspectorPagesTest, APduShowsItsRatingAndLoad) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    ASSERT_TRUE(showFirstPdu(w)) << "the SU has PDUs";
    PropertiesInspector& inspector = w.inspector();
    EXPECT_TRUE(inspector.valueOf(QStringLiteral("rated_amps")).endsWith(QStringLiteral(" A")))
        << inspector.valueOf(QStringLiteral("rated_amps")).toStdString();
    bool ok = false;
    const double kw = inspector.valueOf(QStringLiteral("load_kw")).toDouble(&ok);
    EXPECT_TRUE(ok) << inspector.valueOf(QStringLiteral("load_kw")).toStdString();
    EXPECT_GT(kw, 0.0) << "the rack's servers draw through it";
    EXPECT_TRUE(inspector.valueOf(QStringLiteral("load_percent")).contains(QStringLiteral("% of")));
    saveScreenshot(grabInspector(w), QStringLiteral("inspector-pdu"));
}

}  // namespace
}  // namespace rw::gui::test
