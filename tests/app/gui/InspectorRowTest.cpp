// A row in the properties inspector: Alt+click on a row's name on the floor plan shows the row
// (its name editable, one undo step, the plan's label follows; its hall, rack count and first and
// last rack read-only); a click on a rack under the name still selects the rack.
#include <QAction>
#include <QTest>
#include <gtest/gtest.h>

#include "DerivedViewsSupport.h"
#include "EditActions.h"
#include "GuiTestSupport.h"
#include "ProjectSession.h"
#include "PropertiesInspector.h"
#include "RackSelection.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/FloorPlanView.h"
#include "floorplan/RowLabelLayer.h"
#include "floorplan/SiteLayout.h"

namespace rw::gui::test {
namespace {

TEST(InspectorRowTest, AltClickingARowsNameShowsTheRowWhoseNameIsEditable) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    FloorPlanView& view = w.floorPlanView();
    const Model& model = w.session().model();
    ASSERT_FALSE(model.rows().empty());
    const RowId row = model.rows().ids().front();
    const std::string name = model.rows()[row].name;
    ASSERT_FALSE(name.empty());
    std::size_t racks = 0;
    model.racks().forEach([&](RackId, const Rack& r) { racks += r.row == row; });
    ASSERT_GT(racks, 0u);

    // Inside the drawn label: its top-left corner is at the row's origin.
    const QPoint onLabel = view.mapFromScene(w.floorPlanScene().site().toScene(model.rows()[row].hall, model.rows()[row].origin)) +
                           QPoint(6, 6);
    ASSERT_EQ(w.floorPlanScene().rowLabels().rowAt(view.mapToScene(onLabel), view.pixelsPerMm()), row);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::AltModifier, onLabel);
    QTest::qWait(20);
    PropertiesInspector& inspector = w.inspector();
    ASSERT_TRUE(inspector.shown().has_value());
    EXPECT_EQ(inspector.shown()->kind, EntityKind::Row);
    EXPECT_EQ(inspector.valueOf(QStringLiteral("name")), QString::fromStdString(name));
    EXPECT_EQ(inspector.valueOf(QStringLiteral("racks")), QString::number(racks));
    EXPECT_TRUE(inspector.valueOf(QStringLiteral("first_last")).contains(QStringLiteral(" ... ")));
    EXPECT_FALSE(inspector.valueOf(QStringLiteral("hall")).isEmpty());
    EXPECT_TRUE(w.selection().racks().empty()) << "Alt+click selects nothing";
    saveScreenshot(grabFloorPlan(w), QStringLiteral("plan-row-label-picked"));

    EXPECT_TRUE(inspector.edit(QStringLiteral("name"), QStringLiteral("Aisle A west")));
    EXPECT_EQ(model.rows()[row].name, "Aisle A west");
    EXPECT_EQ(w.editActions().undoAction()->text(), QStringLiteral("&Undo Set name of row %1").arg(QString::fromStdString(name)));
    const auto labels = w.floorPlanScene().rowLabels().visibleLabels(view.pixelsPerMm());
    EXPECT_NE(std::find(labels.begin(), labels.end(), QStringLiteral("Aisle A west")), labels.end()) << "the plan follows";
    w.editActions().undoAction()->trigger();
    EXPECT_EQ(model.rows()[row].name, name);
    EXPECT_EQ(inspector.valueOf(QStringLiteral("name")), QString::fromStdString(name)) << "the inspector follows undo";

    // A plain click there is the rack's under the name.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, onLabel);
    QTest::qWait(20);
    if (!w.selection().racks().empty()) EXPECT_EQ(inspector.shown()->kind, EntityKind::Rack);
}

}  // namespace
}  // namespace rw::gui::test
