#include "DerivedViewsSupport.h"

#include <filesystem>

#include <QTest>
#include <gtest/gtest.h>

#include "GuiTestSupport.h"
#include "ProjectSession.h"
#include "RackSelection.h"
#include "docks/RackElevationPanel.h"
#include "docks/RackElevationView.h"
#include "ViewModeActions.h"
#include "docks/DesignContext.h"
#include "floorplan/FloorPlanView.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "router/Router.h"

namespace rw::gui::test {

const Catalog& shippedParts() {
    static const Catalog catalog = Catalog::loadShipped();
    return catalog;
}

std::unique_ptr<RoutedWindow> routedSuperpodWindow() {
    const auto spec = std::filesystem::path(RACKWEAVE_ASSETS_DIR) / ".." / "examples" / "superpod-h100-1su.json";
    Model model = generate(parseSpecFile(spec, shippedParts()), shippedParts()).model;
    auto out = std::make_unique<RoutedWindow>();
    out->routes = Router(model, shippedParts()).routeAll();
    out->window = std::make_unique<MainWindow>(std::make_unique<ScriptedPrompts>());
    MainWindow& w = *out->window;
    w.useCatalog(shippedParts());
    w.viewModes().setMode(ViewModeActions::Mode::FloorPlan);
    w.session().document().reset(std::move(model));
    RoutedWindow* self = out.get();
    w.designContext().setRoutesSource([self] { return &self->routes; });
    w.resize(1400, 900);
    w.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&w));
    w.floorPlanView().frameAll();
    return out;
}

DeviceId showFirstPdu(MainWindow& w) {
    const Model& model = w.session().model();
    DeviceId pdu;
    model.devices().forEach([&](DeviceId id, const Device& d) {
        const CatalogEntry* e = shippedParts().find(model.text(d.catalog));
        if (!pdu && e && e->kind == CatalogKind::Pdu) pdu = id;
    });
    if (!pdu) return pdu;
    w.selection().set({model.devices()[pdu].rack});
    emit w.elevationPanel().view().deviceClicked(pdu);
    return pdu;
}

QImage grabFloorPlan(MainWindow& window) {
    QCoreApplication::processEvents();
    return window.floorPlanView().viewport()->grab().toImage();
}

}  // namespace rw::gui::test
