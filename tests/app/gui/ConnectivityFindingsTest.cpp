// Issue 14 point 2: an edit that breaks the design raises findings. Deleting a leaf rack of the
// generated, routed SU lists every node that lost a rail, and a click selects the node's rack.
#include <set>

#include <QDockWidget>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>

#include "DerivedViewsSupport.h"
#include "GuiTestSupport.h"
#include "ProjectSession.h"
#include "RackSelection.h"
#include "docks/FindingsPanel.h"
#include "edit/Commands.h"
#include "floorplan/FloorPlanView.h"

namespace rw::gui::test {
namespace {

// Rows about devices with unconnected compute ports: only GPU nodes have them. (Switches that
// lose their management uplink to the deleted rack are listed too, as "management".)
std::vector<int> rowsWith(const FindingsPanel& panel, const QString& text) {
    std::vector<int> rows;
    for (int i = 0; i < panel.list().topLevelItemCount(); ++i) {
        const QString message = panel.list().topLevelItem(i)->text(2);
        if (message.contains(text) && message.contains(QStringLiteral(" compute"))) rows.push_back(i);
    }
    return rows;
}

TEST(ConnectivityFindingsTest, DeletingALeafRackListsTheNodesThatLostTheirRails) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    FindingsPanel& findings = w.findingsPanel();
    findings.recomputeNow();
    const QString lost = QStringLiteral("port(s) not connected");
    ASSERT_TRUE(rowsWith(findings, lost).empty()) << "the generated SU is fully wired";

    // The rack of the first leaf, and the nodes cabled to any leaf in it.
    const Model& model = w.session().model();
    RackId leafRack;
    model.devices().forEach([&](DeviceId, const Device& d) {
        if (!leafRack && d.role == DeviceRole::Leaf) leafRack = d.rack;
    });
    ASSERT_TRUE(leafRack);
    std::set<std::string> cutOff;
    model.links().forEach([&](LinkId, const Link& l) {
        if (l.fabric != Fabric::Compute) return;
        const Device& a = model.devices()[model.ports()[l.a].device];
        const Device& b = model.devices()[model.ports()[l.b].device];
        if (a.role == DeviceRole::GpuNode && b.rack == leafRack) cutOff.insert(a.name);
        if (b.role == DeviceRole::GpuNode && a.rack == leafRack) cutOff.insert(b.name);
    });
    ASSERT_FALSE(cutOff.empty());

    cmd::deleteRacks(w.session().document(), {leafRack});
    findings.recomputeNow();
    const std::vector<int> rows = rowsWith(findings, lost);
    ASSERT_EQ(rows.size(), cutOff.size());
    std::set<std::string> listed;
    for (int row : rows) {
        const QString object = findings.list().topLevelItem(row)->text(1);
        ASSERT_TRUE(object.startsWith(QStringLiteral("device "))) << object.toStdString();
        listed.insert(object.mid(7).toStdString());
    }
    EXPECT_EQ(listed, cutOff);

    // A click selects the node's rack.
    w.findingsDock()->raise();
    w.selection().clear();
    findings.activate(rows.front());
    ASSERT_EQ(w.selection().racks().size(), 1U);
    saveScreenshot(w.grab().toImage(), QStringLiteral("findings-leaf-rack-deleted"));

    // Undo brings the leaves back and the findings go.
    w.session().document().undo();
    findings.recomputeNow();
    EXPECT_TRUE(rowsWith(findings, lost).empty());
}

}  // namespace
}  // namespace rw::gui::test
