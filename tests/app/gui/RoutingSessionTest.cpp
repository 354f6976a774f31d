// The session's cable routes: loaded and saved with the project, kept current after each edit by
// an incremental reroute on a worker thread, and always equal to what a full route gives.
#include <memory>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PathText.h"
#include "ProjectSession.h"
#include "RouteState.h"
#include "catalog/Catalog.h"
#include "edit/Commands.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "persistence/ProjectFile.h"
#include "router/Router.h"

namespace rw::gui::test {
namespace {

const Catalog& catalog() {
    static const Catalog shipped = Catalog::loadStandard();
    return shipped;
}

// One DGX H100 scalable unit, generated and routed once for every test here.
const OpenedProject& routedDesign() {
    static const OpenedProject design = [] {
        const auto spec = std::filesystem::path(RACKWEAVE_ASSETS_DIR) / "../examples/superpod-h100-1su.json";
        OpenedProject p;
        p.model = generate(parseSpecFile(spec, catalog()), catalog()).model;
        p.routes = Router(p.model, catalog()).routeAll();
        return p;
    }();
    return design;
}

RoutingResult fullRoute(const Model& model) { return Router(model, catalog()).routeAll(); }

// Waits (running the event loop) until no routing run is under way or waiting to start.
bool waitUntilCurrent(const RouteState& routing, int timeoutMs = 120'000) {
    QElapsedTimer timer;
    timer.start();
    const auto settling = [&] { return routing.isBusy() || routing.isStale() || routing.isWarmingUp(); };
    while (settling() && timer.elapsed() < timeoutMs) QTest::qWait(20);
    return !settling();
}

// The first rack that has cables to other racks: moving it changes routes.
RackId cabledRack(const Model& model) {
    RackId found;
    model.cables().forEach([&](CableId, const Cable& c) {
        if (found.valid()) return;
        const Link& l = model.links()[c.first];
        const RackId a = model.devices()[model.ports()[l.a].device].rack;
        const RackId b = model.devices()[model.ports()[l.b].device].rack;
        if (a != b) found = a;
    });
    return found;
}

std::size_t cablesWithOtherLength(const RoutingResult& a, const RoutingResult& b) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < std::min(a.cables.size(), b.cables.size()); ++i)
        if (a.cables[i].lengthMm != b.cables[i].lengthMm) ++n;
    return n;
}

class RoutingSessionTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir_.isValid());
        routedFile_ = toPath(dir_.filePath(QStringLiteral("routed.rackweave")));
        saveProject(routedDesign().model, &*routedDesign().routes, routedFile_);
        session_.routing().setCatalog(&catalog());
    }

    // Moves `rack` by `dx` mm along x, as the floor plan does: one undo step.
    void moveBy(RackId rack, int dx) {
        const Point2 at = session_.model().racks()[rack].position;
        cmd::moveRack(session_.document(), rack, Point2{at.x + dx, at.y});
    }

    QTemporaryDir dir_;
    std::filesystem::path routedFile_;
    ProjectSession session_;
};

TEST_F(RoutingSessionTest, OpenedProjectCarriesItsRoutesAndSaveWritesThem) {
    QSignalSpy changed(&session_, &ProjectSession::routesChanged);
    session_.open(routedFile_);
    ASSERT_NE(session_.routes(), nullptr);
    EXPECT_TRUE(*session_.routes() == *routedDesign().routes);
    EXPECT_FALSE(session_.routesStale());
    EXPECT_GE(changed.count(), 1);
    EXPECT_FALSE(session_.routing().isBusy()) << "the warm-up waits, so a large hall draws first";
    EXPECT_TRUE(session_.routing().isWarmingUp());

    ASSERT_TRUE(waitUntilCurrent(session_.routing()));  // the warm-up run finds the same routes
    EXPECT_TRUE(*session_.routes() == *routedDesign().routes);

    const auto copy = toPath(dir_.filePath(QStringLiteral("copy.rackweave")));
    session_.saveAs(copy);
    const OpenedProject reopened = openProjectWithRoutes(copy);
    ASSERT_TRUE(reopened.routes.has_value()) << "Save wrote the project without its routes";
    EXPECT_TRUE(*reopened.routes == *routedDesign().routes);
}

TEST_F(RoutingSessionTest, ProjectWithoutRoutesGetsThemOnlyWhenAsked) {
    const auto plain = toPath(dir_.filePath(QStringLiteral("plain.rackweave")));
    saveProject(routedDesign().model, plain);
    session_.open(plain);
    EXPECT_EQ(session_.routes(), nullptr);

    moveBy(cabledRack(session_.model()), 600);
    EXPECT_FALSE(session_.routesStale()) << "no routes, so nothing to be stale";
    EXPECT_FALSE(session_.routing().isBusy());
    EXPECT_EQ(session_.routes(), nullptr);

    session_.routing().routeAll();  // Tools > Route
    EXPECT_TRUE(session_.routesStale());
    ASSERT_TRUE(waitUntilCurrent(session_.routing()));
    ASSERT_NE(session_.routes(), nullptr);
    EXPECT_TRUE(*session_.routes() == fullRoute(session_.model()));
}

TEST_F(RoutingSessionTest, EditIsReroutedIncrementallyAndEqualsAFullRoute) {
    session_.open(routedFile_);
    ASSERT_TRUE(waitUntilCurrent(session_.routing()));
    const RoutingResult before = *session_.routes();

    QSignalSpy changed(&session_, &ProjectSession::routesChanged);
    moveBy(cabledRack(session_.model()), 1'200);
    EXPECT_TRUE(session_.routesStale()) << "the move is not routed yet";
    ASSERT_NE(session_.routes(), nullptr) << "the last routes stay visible meanwhile";
    EXPECT_TRUE(*session_.routes() == before);

    ASSERT_TRUE(waitUntilCurrent(session_.routing()));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_FALSE(session_.routing().lastStats().fullReroute) << "an uncongested move is rerouted incrementally";
    EXPECT_GT(session_.routing().lastStats().reroutedCables, 0u);
    EXPECT_LT(session_.routing().lastStats().reroutedCables, session_.model().cables().size());
    EXPECT_GT(cablesWithOtherLength(before, *session_.routes()), 0u) << "moving the rack changed some lengths";
    EXPECT_TRUE(*session_.routes() == fullRoute(session_.model()));

    session_.document().undo();  // undo is an edit like any other for the routes
    ASSERT_TRUE(waitUntilCurrent(session_.routing()));
    EXPECT_TRUE(*session_.routes() == before);
}

TEST_F(RoutingSessionTest, QuickSuccessiveEditsEndAtTheNewestModel) {
    session_.open(routedFile_);
    ASSERT_TRUE(waitUntilCurrent(session_.routing()));
    const RackId rack = cabledRack(session_.model());
    for (int i = 0; i < 4; ++i) moveBy(rack, 600);  // faster than the router: runs are merged
    ASSERT_TRUE(waitUntilCurrent(session_.routing()));
    EXPECT_TRUE(*session_.routes() == fullRoute(session_.model()));
}

TEST_F(RoutingSessionTest, ReplacingTheProjectDropsTheRunUnderWay) {
    session_.open(routedFile_);
    ASSERT_TRUE(waitUntilCurrent(session_.routing()));
    moveBy(cabledRack(session_.model()), 600);
    session_.newProject();  // while the move is being rerouted
    EXPECT_EQ(session_.routes(), nullptr);
    ASSERT_TRUE(waitUntilCurrent(session_.routing()));
    EXPECT_EQ(session_.routes(), nullptr) << "the old project's routes came back";
}

TEST_F(RoutingSessionTest, SaveRightAfterAnEditWritesRoutesOfTheSavedModel) {
    session_.open(routedFile_);
    moveBy(cabledRack(session_.model()), 1'800);  // warm-up and reroute may both still run
    const auto saved = toPath(dir_.filePath(QStringLiteral("saved.rackweave")));
    session_.saveAs(saved);
    const OpenedProject reopened = openProjectWithRoutes(saved);
    ASSERT_TRUE(reopened.routes.has_value());
    EXPECT_TRUE(*reopened.routes == fullRoute(reopened.model));
    EXPECT_FALSE(session_.routesStale());
}

TEST_F(RoutingSessionTest, WithoutACatalogAnEditOnlyMarksRoutesStale) {
    ProjectSession bare;  // no catalog: the router cannot choose media
    bare.open(routedFile_);
    ASSERT_NE(bare.routes(), nullptr);
    const RackId rack = cabledRack(bare.model());
    cmd::moveRack(bare.document(), rack, Point2{bare.model().racks()[rack].position.x + 600, bare.model().racks()[rack].position.y});
    EXPECT_TRUE(bare.routesStale());
    EXPECT_FALSE(bare.routing().isBusy());
    EXPECT_TRUE(*bare.routes() == *routedDesign().routes) << "the last routes stay shown";

    const auto saved = toPath(dir_.filePath(QStringLiteral("bare.rackweave")));
    bare.saveAs(saved);
    EXPECT_FALSE(openProjectWithRoutes(saved).routes.has_value()) << "stale routes must not be saved as current";
}

TEST_F(RoutingSessionTest, MainWindowGivesTheRouterItsCatalog) {
    MainWindow window(std::make_unique<ScriptedPrompts>());
    EXPECT_EQ(window.session().routing().catalog(), nullptr);
    window.useCatalog(catalog());
    EXPECT_EQ(window.session().routing().catalog(), &catalog());
}

}  // namespace
}  // namespace rw::gui::test
