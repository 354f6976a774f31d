// What the derived views cost on examples/colossus-100k (generated and routed here): the checks,
// the colour figures, the tray loads and the status bar's kW, first and after a one-rack move.
// Slow in a Debug build (generating and routing 100k GPUs), so it runs only when asked:
//   RACKWEAVE_MEASURE_COLOSSUS=1 gui_tests --gtest_filter=DerivedViewsCost.*
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <QElapsedTimer>
#include <gtest/gtest.h>

#include "DerivedViewsSupport.h"
#include "GuiTestSupport.h"
#include "ModelCountsLabel.h"
#include "ProjectSession.h"
#include "colour/ColourModeActions.h"
#include "docks/DesignContext.h"
#include "docks/FindingsPanel.h"
#include "edit/Commands.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "router/Router.h"

namespace rw::gui::test {
namespace {

double msSince(const QElapsedTimer& t) { return double(t.nsecsElapsed()) / 1e6; }

TEST(DerivedViewsCost, OnColossus100k) {
    if (std::getenv("RACKWEAVE_MEASURE_COLOSSUS") == nullptr) GTEST_SKIP() << "set RACKWEAVE_MEASURE_COLOSSUS=1 to measure";
    QElapsedTimer t;
    t.start();
    const auto spec = std::filesystem::path(RACKWEAVE_ASSETS_DIR) / ".." / "examples" / "colossus-100k.json";
    Model model = generate(parseSpecFile(spec, shippedParts()), shippedParts()).model;
    std::printf("[ cost ] generate: %.0f ms (%zu racks, %zu devices, %zu cables)\n", msSince(t), model.racks().size(),
                model.devices().size(), model.cables().size());
    t.restart();
    RoutingResult routes = Router(model, shippedParts()).routeAll();
    std::printf("[ cost ] route: %.0f ms\n", msSince(t));

    MainWindow w(std::make_unique<ScriptedPrompts>());
    w.useCatalog(shippedParts());
    w.designContext().setRoutesSource([&] { return &routes; });
    t.restart();
    w.session().document().reset(std::move(model));
    std::printf("[ cost ] open in the window (scene, counts, findings queued): %.0f ms\n", msSince(t));
    t.restart();
    w.findingsPanel().recomputeAll();
    const auto& c = w.findingsPanel().lastCostMs();
    std::printf("[ cost ] all checks: %.0f ms (model %.0f, layout %.0f, load %.0f, routing %.0f); %zu findings\n", msSince(t),
                c[0], c[1], c[2], c[3], w.findingsPanel().findings().size());
    std::array<int, kFindingSourceCount> bySource{};
    for (const Finding& f : w.findingsPanel().findings()) ++bySource[std::size_t(f.source)];
    std::printf("[ cost ] findings by source: model %d, layout %d, load %d, routing %d; first: %s\n", bySource[0], bySource[1],
                bySource[2], bySource[3],
                w.findingsPanel().findings().empty() ? "" : w.findingsPanel().findings().front().message.c_str());
    for (ColourMode mode : {ColourMode::Weight, ColourMode::Fabric, ColourMode::TrayFill}) {
        t.restart();
        w.colourModes().setMode(mode);
        std::printf("[ cost ] colour by %s: %.0f ms\n", colourModeName(mode).toStdString().c_str(), msSince(t));
    }
    w.colourModes().setMode(ColourMode::Weight);
    t.restart();
    const QString counts = ModelCountsLabel::countsText(w.session().model(), &shippedParts());
    std::printf("[ cost ] status counts with kW: %.1f ms (%s)\n", msSince(t), counts.toStdString().c_str());

    const RackId some = w.session().model().racks().ids()[1000];
    t.restart();
    cmd::moveRacks(w.session().document(), {some}, Point2{0, 600});
    const double editMs = msSince(t);
    t.restart();
    w.findingsPanel().recomputeNow();
    std::printf("[ cost ] one-rack move: edit + 2D/3D + weight recolour + counts %.0f ms; checks after it %.0f ms "
                "(model %.0f, layout %.0f, load %.0f)\n",
                editMs, msSince(t), c[0], c[1], c[2]);
    t.restart();
    w.designContext().notifyRoutesChanged();
    w.findingsPanel().recomputeNow();
    std::printf("[ cost ] new routes: routing check %.0f ms\n", c[3]);
    SUCCEED();
}

}  // namespace
}  // namespace rw::gui::test
