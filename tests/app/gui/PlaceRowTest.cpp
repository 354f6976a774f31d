// Issue 14, point 5: Place Row of Racks starts on free floor, offers gap, aisle, row name and the
// design's own rack numbering, previews the row live on the plan, and goes to the new row.
#include <memory>

#include <QApplication>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "ArrangeActions.h"
#include "EditingCatalog.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PlaceRowDialog.h"
#include "ProjectSession.h"
#include "RackSelection.h"
#include "RowPlacement.h"
#include "catalog/Catalog.h"
#include "feedback/RowPreview.h"
#include "floorplan/FloorPlanView.h"

namespace rw::gui::test {
namespace {

TEST(RowNamingTest, NextNameFollowsTheDesignsScheme) {
    Model model = projectWithRacks(32);
    EXPECT_EQ(nextRackName(model), "R33");
    int i = 0;
    for (RackId id : model.racks().ids()) model.racks()[id].name = fmt::format("R{:03}", ++i);
    EXPECT_EQ(nextRackName(model), "R033") << "R033 after R032, padding kept";
    model.racks()[model.racks().ids().front()].name = "spare";
    EXPECT_EQ(nextRackName(model), "R033") << "names without a number don't change the scheme";
    EXPECT_EQ(nextRackName(projectWithRacks(0)), "R1");
}

// Whether a rack footprint of `model` overlaps any of `rects` (scene rectangles).
bool overlapsARack(const Model& model, const EditingCatalog& catalog, const std::vector<QRectF>& rects, RackId skipFrom) {
    bool hit = false;
    model.racks().forEach([&](RackId id, const Rack& rack) {
        if (id.value >= skipFrom.value) return;
        const cmd::FloorExtent e = catalog.footprint(model.text(rack.catalog), rack.rotation);
        const QRectF footprint(rack.position.x - e.x / 2.0, -(rack.position.y + e.y / 2.0), e.x, e.y);
        for (const QRectF& r : rects) hit = hit || r.intersects(footprint);
    });
    return hit;
}

TEST(PlaceRowTest, DefaultRowGoesOnFreeFloor) {
    const Catalog catalog = Catalog::loadStandard();
    auto window = std::make_unique<MainWindow>(std::make_unique<ScriptedPrompts>());
    window->useCatalog(catalog);
    window->session().adoptUnsaved(projectWithRacks(40), std::nullopt);  // two rows of 20
    const cmd::RackRowRequest defaults = window->arrangeActions().rowDefaults();
    EXPECT_EQ(defaults.count, 10);
    EXPECT_EQ(defaults.firstName, "R41");
    EditingCatalog editing;
    editing.use(catalog);
    const std::vector<QRectF> row = rowFootprints(editing, defaults);
    ASSERT_EQ(row.size(), 10U);
    EXPECT_FALSE(overlapsARack(window->session().model(), editing, row, RackId(1'000'000))) << "not on the existing rows";
    // Grown by the aisle at front and back, it still touches nothing.
    std::vector<QRectF> withAisles;
    for (const QRectF& r : row) withAisles.push_back(r.adjusted(0, -1'199, 0, 1'199));
    EXPECT_FALSE(overlapsARack(window->session().model(), editing, withAisles, RackId(1'000'000)));
    EXPECT_EQ(std::lround(row.front().left()) % 600, 0) << "on the tile grid";
}

TEST(PlaceRowTest, DialogPreviewsPlacesNamesAndGoesToTheRow) {
    const Catalog catalog = Catalog::loadStandard();
    auto window = std::make_unique<MainWindow>(std::make_unique<ScriptedPrompts>());
    window->useCatalog(catalog);
    Model model = projectWithRacks(4);
    int i = 0;
    for (RackId id : model.racks().ids()) model.racks()[id].name = fmt::format("R{:03}", ++i);
    window->session().adoptUnsaved(std::move(model), std::nullopt);
    window->resize(1400, 900);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    auto* preview = window->findChild<RowPreview*>();
    ASSERT_NE(preview, nullptr);

    bool answered = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<PlaceRowDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        EXPECT_TRUE(preview->isShown()) << "the row is previewed while the dialog is open";
        EXPECT_EQ(dialog->firstNameEdit().text(), QStringLiteral("R005"));
        const QRectF before = preview->bounds();
        dialog->countBox().setValue(3);
        dialog->gapBox().setValue(100);
        EXPECT_NEAR(preview->bounds().width(), 3 * 600 + 2 * 100, 1) << "the preview follows the fields";
        EXPECT_NE(preview->bounds(), before);
        dialog->rowNameEdit().setText(QStringLiteral("Row B"));
        QTest::qWait(30);
        QImage whole = window->grab().toImage();
        saveScreenshot(whole, QStringLiteral("place-row-preview"));
        answered = true;
        dialog->accept();
    });
    window->arrangeActions().placeRowAction()->trigger();
    ASSERT_TRUE(answered);
    EXPECT_FALSE(preview->isShown());

    const Model& after = window->session().model();
    ASSERT_EQ(after.racks().size(), 7U);
    const std::vector<RackId> placed = window->selection().racks();
    ASSERT_EQ(placed.size(), 3U);
    EXPECT_EQ(after.racks()[placed[0]].name, "R005");
    EXPECT_EQ(after.racks()[placed[2]].name, "R007");
    EXPECT_EQ(after.racks()[placed[1]].position.x - after.racks()[placed[0]].position.x, 700) << "width + gap";
    EXPECT_EQ(after.rows()[after.racks()[placed[0]].row].name, "Row B");
    // The view went to the new row.
    FloorPlanView& view = window->floorPlanView();
    const QRectF shown = view.mapToScene(view.viewport()->rect()).boundingRect();
    for (RackId id : placed) {
        const Point2 p = after.racks()[id].position;
        EXPECT_TRUE(shown.contains(QPointF(p.x, -p.y)));
    }
    QTest::qWait(30);
    saveScreenshot(window->grab().toImage(), QStringLiteral("place-row-placed"));
}

}  // namespace
}  // namespace rw::gui::test
