// Floor-standing cooling units on the 2D plan: drawn at their footprint where the 3D view puts
// them, and a click on one shows it in the properties inspector (name and capacity editable).
#include <QAction>
#include <QTest>
#include <gtest/gtest.h>

#include "EditActions.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PlanWindowSupport.h"
#include "ProjectSession.h"
#include "PropertiesInspector.h"
#include "floorplan/CoolingUnitsItem.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/FloorPlanView.h"
#include "floorplan/SiteLayout.h"

namespace rw::gui::test {
namespace {

TEST(CoolingUnitsPlanTest, AFloorStandingCduIsDrawnAndClickingItShowsItInTheInspector) {
    Model model = projectWithRacks(40);
    CoolingUnit cdu;
    cdu.hall = model.halls().ids().front();
    cdu.name = "CDU-A";
    cdu.kind = CoolingKind::Cdu;
    cdu.position = Point2{33'500, 16'200};  // at the east end of the rows' aisle
    cdu.capacityKw = 1'200.0;
    const CoolingId id = model.coolingUnits().add(cdu);
    CoolingUnit inRack = cdu;  // one inside a rack (a device's) is that device, not a floor unit
    inRack.name = "in-rack";
    inRack.device = DeviceId(0);
    model.coolingUnits().add(inRack);

    auto w = planWindow(std::move(model));
    FloorPlanView& view = w->floorPlanView();
    view.frameAll();  // the racks
    view.zoomBy(0.7, view.viewport()->rect().center());
    QTest::qWait(20);
    const CoolingUnitsItem* item = nullptr;
    for (QGraphicsItem* i : view.scene()->items())
        if (i->type() == CoolingUnitsItem::kType) item = static_cast<const CoolingUnitsItem*>(i);
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->unitCount(), 1u) << "floor-standing units only";
    const QPointF centre = w->floorPlanScene().site().toScene(cdu.hall, cdu.position);
    EXPECT_EQ(item->unitAt(centre), id);
    EXPECT_FALSE(item->unitAt(centre + QPointF(2'000, 0)).valid());
    ASSERT_TRUE(view.viewport()->rect().contains(view.mapFromScene(centre))) << "in view";
    saveScreenshot(view.viewport()->grab().toImage(), QStringLiteral("plan-cooling-unit"));

    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, view.mapFromScene(centre));
    QTest::qWait(20);
    PropertiesInspector& inspector = w->inspector();
    ASSERT_TRUE(inspector.shown().has_value());
    EXPECT_EQ(inspector.shown()->kind, EntityKind::Cooling);
    EXPECT_EQ(inspector.valueOf(QStringLiteral("name")), QStringLiteral("CDU-A"));
    EXPECT_TRUE(inspector.edit(QStringLiteral("capacity_kw"), QStringLiteral("1500")));
    EXPECT_EQ(w->session().model().coolingUnits()[id].capacityKw, 1'500.0);
    EXPECT_TRUE(w->editActions().undoAction()->text().contains(QStringLiteral("CDU-A")));

    // A rename is one undo step too; the drawing follows the model.
    EXPECT_TRUE(inspector.edit(QStringLiteral("name"), QStringLiteral("CDU-East")));
    EXPECT_EQ(w->session().model().coolingUnits()[id].name, "CDU-East");
    EXPECT_EQ(item->unitAt(centre), id);
}

}  // namespace
}  // namespace rw::gui::test
