// Issue 14 point 9: the Findings list sorts by any column (severity by how bad), its columns are
// the user's to size, it opens about ten rows high, and the status bar counts the
// findings per severity. A cable's finding rings both ends (a straight dashed line when it has
// no route) and says the run a missing part would need.
#include <cmath>

#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>

#include "DerivedViewsSupport.h"
#include "GuiTestSupport.h"
#include "ProjectSession.h"
#include "RackSelection.h"
#include "docks/CableEnds.h"
#include "docks/DesignContext.h"
#include "docks/FindingsPanel.h"
#include "floorplan/FloorPlanOverlays.h"
#include "edit/Commands.h"

namespace rw::gui::test {
namespace {

void clickHeader(QTreeWidget& list, int column) {
    QHeaderView& header = *list.header();
    const QPoint at(header.sectionViewportPosition(column) + header.sectionSize(column) / 2, header.height() / 2);
    QTest::mouseClick(header.viewport(), Qt::LeftButton, {}, at);
}

TEST(FindingsDockPolishTest, SortsCountsAndSizes) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    FindingsPanel& findings = w.findingsPanel();
    // An overlap (an error) among the generated design's power warnings and cooling note.
    std::vector<RackId> racks = w.session().model().racks().ids();
    const Rack& first = w.session().model().racks()[racks[0]];
    const Rack& second = w.session().model().racks()[racks[1]];
    cmd::moveRacks(w.session().document(), {racks[1]},
                   {first.position.x - second.position.x + 300, first.position.y - second.position.y});
    findings.recomputeNow();
    const std::array<int, 3> n = findings.severityCounts();
    ASSERT_GT(n[0], 0);
    ASSERT_GT(n[1], 0);

    auto* status = w.statusBar()->findChild<QLabel*>(QStringLiteral("findingsStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(status->text(), QStringLiteral("%1 error(s), %2 warning(s), %3 note(s)").arg(n[0]).arg(n[1]).arg(n[2]));

    QTreeWidget& list = findings.list();
    const int rows = list.topLevelItemCount();
    const auto column = [&](int c) {
        QStringList out;
        for (int i = 0; i < rows; ++i) out << list.topLevelItem(i)->text(c);
        return out;
    };
    EXPECT_EQ(column(0).front(), QStringLiteral("Error")) << "worst first by default";

    clickHeader(list, 1);
    EXPECT_EQ(list.header()->sortIndicatorSection(), 1);
    QStringList objects = column(1);
    QStringList sorted = objects;
    std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    EXPECT_EQ(objects, sorted);

    // Severity sorts by how bad, both ways.
    clickHeader(list, 0);
    const Qt::SortOrder order = list.header()->sortIndicatorOrder();
    const QStringList severities = column(0);
    EXPECT_EQ(severities.front(), order == Qt::AscendingOrder ? QStringLiteral("Error") : QStringLiteral("Info"));
    clickHeader(list, 0);
    EXPECT_NE(list.header()->sortIndicatorOrder(), order);
    EXPECT_EQ(column(0).front(), order == Qt::AscendingOrder ? QStringLiteral("Info") : QStringLiteral("Error"));

    // A sorted row still acts on its own finding: the overlap selects the moved rack.
    int overlap = -1;
    for (int i = 0; i < rows && overlap < 0; ++i)
        if (list.topLevelItem(i)->text(2).contains(QStringLiteral("overlaps"))) overlap = i;
    ASSERT_GE(overlap, 0);
    findings.activate(overlap);
    ASSERT_EQ(w.selection().racks().size(), 1U);
    EXPECT_EQ(w.selection().racks().front(), racks[1]);

    EXPECT_EQ(list.header()->sectionResizeMode(1), QHeaderView::Interactive) << "the user sizes the columns";
    const int rowHeight = list.visualItemRect(list.topLevelItem(0)).height();
    EXPECT_GE(list.viewport()->height(), 9 * rowHeight) << "about ten rows, not five";
    saveScreenshot(w.grab().toImage(), QStringLiteral("findings-sorted-by-severity"));
}

TEST(FindingsDockPolishTest, AnUnroutedCableRingsBothEndsAndSaysTheLengthNeeded) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    const Model& model = w.session().model();
    // The routed cable whose end racks are farthest apart, made unrouted for want of a part.
    CableId victim;
    double farthest = 0;
    model.cables().forEach([&](CableId id, const Cable&) {
        const auto [a, b] = cableEndRacks(model, id);
        if (!a || !b || a == b || routed->routes.cables[id.value].status != RouteStatus::Routed) return;
        const Point2 pa = model.racks()[a].position, pb = model.racks()[b].position;
        const double d = std::hypot(double(pa.x - pb.x), double(pa.y - pb.y));
        if (d > farthest) farthest = d, victim = id;
    });
    ASSERT_TRUE(victim);
    CableRoute& r = routed->routes.cables[victim.value];
    r = CableRoute{kNoRoute, 38200, 0, kNoRoute, Media::Auto, RouteStatus::Unrouted, UnroutedReason::NoMedia};
    w.designContext().notifyRoutesChanged();
    FindingsPanel& findings = w.findingsPanel();
    findings.recomputeNow();
    int row = -1;
    for (int i = 0; i < findings.list().topLevelItemCount() && row < 0; ++i)
        if (findings.list().topLevelItem(i)->text(2).contains(QStringLiteral("no catalog cable fits (a 38.2 m run is needed)"))) row = i;
    ASSERT_GE(row, 0) << "the finding says the length needed";

    const CableEndMarkers& markers = w.floorPlanOverlays().endMarkers();
    EXPECT_FALSE(markers.isVisible());
    findings.activate(row);
    ASSERT_TRUE(markers.isVisible());
    EXPECT_TRUE(markers.lineVisible()) << "no route: a straight line joins the ends";
    const auto [a, b] = cableEndRacks(model, victim);
    const auto at = markers.positions();
    EXPECT_EQ(at[0], w.floorPlanOverlays().rackRect(a).center());
    EXPECT_EQ(at[1], w.floorPlanOverlays().rackRect(b).center());
    saveScreenshot(grabFloorPlan(w), QStringLiteral("findings-unrouted-cable-ends"));

    w.selection().clear();  // picking racks by hand ends the focus, and the markers go
    EXPECT_FALSE(markers.isVisible());
}

}  // namespace
}  // namespace rw::gui::test
