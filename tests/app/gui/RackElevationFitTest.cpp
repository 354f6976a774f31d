// Issue 14, point 10: the rack elevation fits the whole rack into a short panel (a server at
// U1-8 was below a scroll bar), labels devices with name and model where they fit, and every
// device, 1U ones included, names itself in a tooltip.
#include <QTest>
#include <gtest/gtest.h>

#include "GuiTestSupport.h"
#include "catalog/Catalog.h"
#include "docks/RackElevationView.h"

namespace rw::gui::test {
namespace {

TEST(RackElevationFitTest, WholeRackFitsAShortPanelAndSmallDevicesHaveTooltips) {
    const Catalog catalog = Catalog::loadStandard();
    Model model = projectWithRacks(1);
    const RackId rack = model.racks().ids().front();
    const CatalogEntry* oneU = nullptr;
    for (const CatalogEntry* e : catalog.ofKind(CatalogKind::Switch))
        if (!oneU && e->uHeight == 1) oneU = e;
    ASSERT_NE(oneU, nullptr);
    const DeviceId server = model.devices().add(Device{rack, model.strings.intern("nvidia-dgx-h100"), "r1-n01", 1});
    const DeviceId leaf = model.devices().add(Device{rack, model.strings.intern(oneU->id), "r1-sw1", 20});

    RackElevationView view;
    view.resize(320, 280);
    view.showRack(model, &catalog, rack);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    ASSERT_EQ(view.rackUnits(), 48);
    EXPECT_LE(view.minimumSizeHint().height(), 280) << "a dock this high shows the whole rack";
    const QRect shown = view.rect();
    EXPECT_TRUE(shown.contains(view.unitRect(1, Face::Front)));
    EXPECT_TRUE(shown.contains(view.unitRect(48, Face::Rear)));
    EXPECT_TRUE(shown.contains(view.deviceRect(server))) << "the U1-8 server is in view";

    const QString tip = view.toolTipAt(view.deviceRect(leaf).center());
    EXPECT_TRUE(tip.contains(QStringLiteral("r1-sw1"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QString::fromStdString(oneU->model))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("U20"))) << tip.toStdString();
    EXPECT_TRUE(view.toolTipAt(view.deviceRect(server).center()).contains(QStringLiteral("U1-8")));
    EXPECT_TRUE(view.toolTipAt(view.unitRect(40, Face::Front).center()).isEmpty()) << "empty U: no tooltip";
    saveScreenshot(view.grab().toImage(), QStringLiteral("rack-elevation-fit-short"));

    view.resize(420, 900);
    QTest::qWait(20);
    saveScreenshot(view.grab().toImage(), QStringLiteral("rack-elevation-fit-tall"));
}

}  // namespace
}  // namespace rw::gui::test
