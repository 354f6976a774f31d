// A design whose racks need several halls: the floor plan lays the halls out side by side with
// their names instead of drawing them on top of each other, and the generator's notes say that
// halls were added.
#include <algorithm>
#include <memory>

#include <QGraphicsSimpleTextItem>
#include <QTest>
#include <gtest/gtest.h>

#include "DerivedViewsSupport.h"
#include "GuiTestSupport.h"
#include "ProjectSession.h"
#include "ViewModeActions.h"
#include "floorplan/FloorPlanOverlays.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/FloorPlanView.h"
#include "floorplan/RackItem.h"
#include "floorplan/SiteLayout.h"
#include "floorplan/TrayLayerItem.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"

namespace rw::gui::test {
namespace {

// The 1-SU SuperPOD in 8 m x 6 m halls: 9 rack positions each, so its 10 racks need two.
constexpr const char* kSmallHallsSpec = R"({
  "name": "SuperPOD in small halls",
  "compute": { "system": "nvidia-dgx-h100", "nodes": 31 },
  "fabrics": {
    "compute": { "switch": "nvidia-qm9700", "tiers": "auto", "oversubscription": "1:1" },
    "oob": { "switch": "nvidia-sn2201", "per": "rack" }
  },
  "hall": { "width_m": 8, "depth_m": 6 },
  "power": { "pdu": "pdu-415v-3ph-60a-0u" }
})";

TEST(SitePlanTest, SeveralHallsLieSideBySideWithTheirNames) {
    GenerateResult generated = generate(parseSpecText(kSmallHallsSpec, "small-halls.json", shippedParts()), shippedParts());
    const std::size_t halls = generated.model.halls().size();
    ASSERT_GE(halls, 2u) << "the spec needs several halls";
    EXPECT_TRUE(std::any_of(generated.notes.begin(), generated.notes.end(),
                            [](const std::string& n) { return n.find("halls were added") != std::string::npos; }))
        << "the generator's notes say so";

    auto w = std::make_unique<MainWindow>(std::make_unique<ScriptedPrompts>());
    w->useCatalog(shippedParts());
    w->viewModes().setMode(ViewModeActions::Mode::FloorPlan);
    w->session().document().reset(std::move(generated.model));
    w->resize(1600, 900);
    w->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(w.get()));
    w->floorPlanView().frameAll();
    const Model& model = w->session().model();
    const FloorPlanScene& scene = w->floorPlanScene();
    EXPECT_TRUE(scene.site().isSiteOfSeveralHalls());

    // Each hall's racks lie in a band of x of their own: no rack of one hall overlaps another's.
    std::vector<QRectF> extent(model.halls().size() + 1);
    model.racks().forEach([&](RackId id, const Rack& rack) {
        extent[rack.hall.value] |= w->floorPlanOverlays().rackRect(id);
        EXPECT_EQ(scene.site().hallAt(model, w->floorPlanOverlays().rackRect(id).center()), rack.hall) << rack.name;
    });
    for (std::size_t a = 0; a < extent.size(); ++a)
        for (std::size_t b = a + 1; b < extent.size(); ++b)
            if (!extent[a].isEmpty() && !extent[b].isEmpty()) {
                EXPECT_FALSE(extent[a].intersects(extent[b])) << a << " " << b;
            }
    // Trays follow their hall.
    model.trays().forEach([&](TrayId id, const TraySegment& tray) {
        const QRectF r = w->floorPlanOverlays().trays().segmentRect(id);
        if (!r.isEmpty()) {
            EXPECT_EQ(scene.site().hallAt(model, r.center()), tray.hall);
        }
    });

    int named = 0;
    for (QGraphicsItem* item : scene.items())
        if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item); text && text->text().startsWith(QStringLiteral("Hall ")))
            ++named;
    EXPECT_EQ(named, int(halls)) << "every hall is named on the plan";
    // The whole site in view, to look at.
    w->floorPlanOverlays().frame(scene.hallBounds());
    saveScreenshot(grabFloorPlan(*w), QStringLiteral("site-plan-several-halls"));
}

TEST(SitePlanTest, AHallsPointsGoToTheSceneAndBack) {
    Model model = projectWithRacks(1);
    Hall second = model.halls()[model.halls().ids().front()];
    second.name = "Hall 2";
    const HallId two = model.halls().add(second);
    const SiteLayout site(model);
    EXPECT_EQ(site.offset(model.halls().ids().front()), QPointF());
    EXPECT_GE(site.offset(two).x(), 60'000 + SiteLayout::kGapMm) << "beyond the first hall and the gap";
    const Point2 p{12'300, 4'500};
    EXPECT_EQ(site.toModel(two, site.toScene(two, p)), p);
    EXPECT_EQ(site.hallAt(model, site.toScene(two, p)), two);
}

}  // namespace
}  // namespace rw::gui::test
