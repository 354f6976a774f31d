// A cable in the properties inspector: a cable focused anywhere (Findings, Find, the rack
// elevation's table) shows its id, ends and what the routes made of it, with its requested media
// and pinned length editable (one undo step each); selecting racks takes the inspector back.
#include <QAction>
#include <gtest/gtest.h>

#include "DerivedViewsSupport.h"
#include "EditActions.h"
#include "GuiTestSupport.h"
#include "ProjectSession.h"
#include "PropertiesInspector.h"
#include "RackSelection.h"
#include "docks/CableFocus.h"

namespace rw::gui::test {
namespace {

TEST(InspectorCableTest, AFocusedCableShowsItsEndsRouteAndEditableMedia) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    const Model& model = w.session().model();
    CableId cable;
    model.cables().forEach([&](CableId id, const Cable&) {
        const CableRoute* r = routed->routes.find(id);
        if (!cable && r && r->status == RouteStatus::Routed && !routed->routes.routes[r->route].segments.empty()) cable = id;
    });
    ASSERT_TRUE(cable);

    w.cableFocus().set(cable);
    PropertiesInspector& inspector = w.inspector();
    ASSERT_TRUE(inspector.shown().has_value());
    EXPECT_EQ(inspector.shown()->kind, EntityKind::Cable) << "not the end racks the plan selected";
    EXPECT_EQ(inspector.valueOf(QStringLiteral("id")), QStringLiteral("CBL%1").arg(cable.value));
    const Link& link = model.links()[model.cables()[cable].first];
    EXPECT_TRUE(inspector.valueOf(QStringLiteral("a_end")).startsWith(QString::fromStdString(model.devices()[model.ports()[link.a].device].name)));
    EXPECT_TRUE(inspector.valueOf(QStringLiteral("b_end")).startsWith(QString::fromStdString(model.devices()[model.ports()[link.b].device].name)));
    EXPECT_EQ(inspector.valueOf(QStringLiteral("status")), QStringLiteral("routed"));
    EXPECT_GT(inspector.valueOf(QStringLiteral("routed_length_m")).toDouble(), 0.5);
    EXPECT_FALSE(inspector.valueOf(QStringLiteral("part")).isEmpty());
    EXPECT_NE(inspector.valueOf(QStringLiteral("tray_segments")), QStringLiteral("0"));
    saveScreenshot(w.findChild<QWidget*>(QStringLiteral("propertiesInspector"))->grab().toImage(), QStringLiteral("inspector-cable"));

    EXPECT_TRUE(inspector.edit(QStringLiteral("length_mm"), QStringLiteral("15000")));
    EXPECT_EQ(model.cables()[cable].lengthMm, 15'000U);
    EXPECT_EQ(w.editActions().undoAction()->text(), QStringLiteral("&Undo Set length_mm of cable CBL%1").arg(cable.value));
    EXPECT_FALSE(inspector.edit(QStringLiteral("media"), QStringLiteral("string")));
    EXPECT_TRUE(inspector.errorText().contains(QStringLiteral("media"))) << inspector.errorText().toStdString();
    w.editActions().undoAction()->trigger();
    EXPECT_EQ(model.cables()[cable].lengthMm, 0U);

    w.selection().set({model.racks().ids().front()});
    EXPECT_EQ(inspector.shown()->kind, EntityKind::Rack);
}

}  // namespace
}  // namespace rw::gui::test
