// The Power & Cooling dock on generated halls: the chain tree lists every feed, panel and PDU
// with the load summed here by hand from the cords; a what-if lists what trips and recolours the
// racks in the headroom modes; a breaker edit through the commit layer updates the dock by
// itself and undo takes it back; clicking a row selects its racks. Screenshots of the dock on
// the SuperPOD SU and on Colossus (build-release/screenshots/power-*.png).
#include <cstdio>
#include <filesystem>
#include <functional>
#include <map>
#include <unordered_map>

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>

#include "DerivedViewsSupport.h"
#include "GuiTestSupport.h"
#include "ProjectSession.h"
#include "PropertiesInspector.h"
#include "RackSelection.h"
#include "ViewModeActions.h"
#include "catalog/Catalog.h"
#include "colour/ColourModeActions.h"
#include "colour/ColourScale.h"
#include "colour/HeadroomColouring.h"
#include "docks/FindingsPanel.h"
#include "edit/Transaction.h"
#include "HallView.h"
#include "floorplan/FloorPlanOverlays.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/RackItem.h"
#include "floorplan/FloorPlanView.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "power/PowerAnalysis.h"
#include "power/LoadBar.h"
#include "power/PowerChainTree.h"
#include "power/PowerCoolingPanel.h"
#include "power/RowLoadChart.h"
#include "power/WhatIfPanel.h"

namespace rw::gui::test {
namespace {

using power::ElementIndex;
using power::ElementKind;

std::unique_ptr<MainWindow> generatedWindow(const char* example) {
    const auto spec = std::filesystem::path(RACKWEAVE_ASSETS_DIR) / ".." / "examples" / example;
    Model model = generate(parseSpecFile(spec, shippedParts()), shippedParts()).model;
    auto w = std::make_unique<MainWindow>(std::make_unique<ScriptedPrompts>());
    w->useCatalog(shippedParts());
    w->viewModes().setMode(ViewModeActions::Mode::FloorPlan);
    w->session().document().reset(std::move(model));
    w->resize(1600, 1000);
    w->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(w.get()));
    w->powerDock()->raise();
    w->powerAnalysis().recomputeNow();
    w->floorPlanView().frameAll();
    return w;
}

bool isPdu(const Model& model, DeviceId id) {
    const Device* d = model.devices().find(id);
    if (!d) return false;
    const CatalogEntry* e = shippedParts().find(model.text(d->catalog));
    return d->role == DeviceRole::Pdu || (e && e->kind == CatalogKind::Pdu);
}

// Each PDU's load in the normal state, summed from the model: every corded PSU live, each
// device's catalog maximum shared evenly by its cords.
std::map<std::uint32_t, double> pduWattsByHand(const Model& model) {
    std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> pdusOfDevice;
    model.links().forEach([&](LinkId, const Link& link) {
        if (link.role != LinkRole::PowerCord) return;
        const DeviceId a = model.ports()[link.a].device, b = model.ports()[link.b].device;
        if (isPdu(model, a) && !isPdu(model, b)) pdusOfDevice[b.value].push_back(a.value);
        if (isPdu(model, b) && !isPdu(model, a)) pdusOfDevice[a.value].push_back(b.value);
    });
    std::map<std::uint32_t, double> watts;
    for (const auto& [device, pdus] : pdusOfDevice) {
        const CatalogEntry* e = shippedParts().find(model.text(model.devices()[DeviceId(device)].catalog));
        const double maxW = e && e->device ? e->device->power.maxW : 0.0;
        for (std::uint32_t pdu : pdus) watts[pdu] += maxW / double(pdus.size());
    }
    return watts;
}

int countItems(const QTreeWidget& tree, const std::function<bool(const QTreeWidgetItem*)>& match) {
    int n = 0;
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget*>(&tree)); *it; ++it)
        if (match(*it)) ++n;
    return n;
}

ElementIndex firstOf(const power::PowerNetwork& net, ElementKind kind) {
    for (ElementIndex e = 0; e < net.elements.size(); ++e)
        if (net.elements[e].kind == kind) return e;
    return power::kNoElement;
}

int selectorIndexOf(const QComboBox& combo, const QString& text) {
    for (int i = 0; i < combo.count(); ++i)
        if (combo.itemText(i) == text) return i;
    return -1;
}

void clickTreeItem(QTreeWidget& tree, QTreeWidgetItem* item) {
    for (QTreeWidgetItem* p = item->parent(); p; p = p->parent()) p->setExpanded(true);
    tree.scrollToItem(item);
    QTest::mouseClick(tree.viewport(), Qt::LeftButton, {}, tree.visualItemRect(item).center());
}

// Shows the dock on its own, big enough to read, and saves it.
QString screenshotDock(MainWindow& w, const QString& name, int tab) {
    QDockWidget* dock = w.powerDock();
    dock->setFloating(true);
    dock->resize(1500, 900);
    dock->show();
    w.powerPanel().tabs().setCurrentIndex(tab);
    EXPECT_TRUE(QTest::qWaitForWindowExposed(dock));
    QTest::qWait(50);
    const QImage image = dock->grab().toImage();
    EXPECT_GT(greyStdDev(image), 5.0) << "the dock drew something";
    return saveScreenshot(image, name);
}

TEST(PowerDockTest, TheChainTreeListsFeedsPanelsAndPdusWithTheirLoads) {
    auto w = generatedWindow("superpod-h100-1su.json");
    const Model& model = w->session().model();
    PowerChainTree& tree = w->powerPanel().tree();
    const power::PowerNetwork& net = w->powerAnalysis().network();

    int feeds = 0, panels = 0, pdus = 0;
    for (const power::SupplyElement& e : net.elements) {
        feeds += e.kind == ElementKind::Feed;
        panels += e.kind == ElementKind::Panel;
        pdus += e.kind == ElementKind::Pdu;
    }
    EXPECT_EQ(std::size_t(feeds), model.feeds().size());
    EXPECT_EQ(std::size_t(panels), model.panels().size());
    ASSERT_GT(pdus, 0);
    // Feeds at the top, panels under them, PDUs under their circuits.
    int topFeeds = 0;
    for (int i = 0; i < tree.topLevelItemCount(); ++i)
        if (const auto e = PowerChainTree::elementOf(tree.topLevelItem(i)); e && net.elements[*e].kind == ElementKind::Feed) ++topFeeds;
    EXPECT_EQ(topFeeds, feeds);
    EXPECT_EQ(countItems(tree, [&](const QTreeWidgetItem* item) {
                  const auto e = PowerChainTree::elementOf(item);
                  return e && net.elements[*e].kind == ElementKind::Pdu && item->parent() &&
                         net.elements[*PowerChainTree::elementOf(item->parent())].kind == ElementKind::Circuit;
              }),
              pdus);

    const auto byHand = pduWattsByHand(model);
    ASSERT_FALSE(byHand.empty());
    int checked = 0;
    for (ElementIndex e = 0; e < net.elements.size(); ++e) {
        if (net.elements[e].kind != ElementKind::Pdu) continue;
        const auto found = byHand.find(net.elements[e].entityId);
        const double watts = found == byHand.end() ? 0.0 : found->second;
        const QString normal = tree.itemOf(e)->text(PowerChainTree::NormalColumn);
        EXPECT_TRUE(normal.endsWith(QStringLiteral("%1 kW").arg(watts / 1000.0, 0, 'f', 1)))
            << net.elements[e].label << ": " << normal.toStdString();
        ++checked;
    }
    EXPECT_EQ(checked, pdus);
    EXPECT_GT(w->powerPanel().chart().panelCount(), 0) << "one bar group per panel";
    std::printf("[ power ] %s\n", w->powerPanel().summary().text().toStdString().c_str());
    std::printf("[ power ] analysis: %.1f ms\n", w->powerAnalysis().lastMs());
}

TEST(PowerDockTest, AWhatIfListsWhatTripsAndRecoloursTheRacks) {
    auto w = generatedWindow("superpod-h100-1su.json");
    PowerAnalysis& analysis = w->powerAnalysis();
    WhatIfPanel& whatIf = w->powerPanel().whatIf();
    w->colourModes().setMode(ColourMode::PowerHeadroom);
    const std::vector<QColor> before = w->colourModes().rackColouring().byId;
    const std::vector<power::RackHeadroom> sharesBefore = analysis.powerByRack();

    // Lose the first feed from the selector: every surviving PDU carries more.
    const ElementIndex feed = firstOf(analysis.network(), ElementKind::Feed);
    ASSERT_NE(feed, power::kNoElement);
    const QString feedLabel = QString::fromStdString(analysis.network().elements[feed].label);
    const int index = selectorIndexOf(whatIf.selector(), feedLabel);
    ASSERT_GT(index, 0);
    whatIf.selector().setCurrentIndex(index);
    EXPECT_EQ(analysis.lostElement(), feed);
    EXPECT_TRUE(whatIf.summary().text().startsWith(feedLabel + QStringLiteral(" lost"))) << whatIf.summary().text().toStdString();
    const auto expected = power::checkScenario(analysis.network(), feed);
    EXPECT_EQ(whatIf.tripped().topLevelItemCount(), int(expected.size()));
    int raised = 0, changed = 0;
    const std::vector<QColor>& after = w->colourModes().rackColouring().byId;
    ASSERT_EQ(after.size(), before.size());
    for (std::size_t r = 0; r < after.size(); ++r) {
        if (sharesBefore[r].state == power::RackHeadroom::State::Ok && analysis.powerByRack()[r].share > sharesBefore[r].share + 1e-6)
            ++raised;
        if (after[r] != before[r]) ++changed;
    }
    EXPECT_GT(raised, 0) << "racks on the lost feed's PDUs load their other PDUs more";
    EXPECT_GT(changed, 0) << "and are coloured so";
    saveScreenshot(w->grab().toImage(), QStringLiteral("power-whatif-window"));

    // Lose one PDU from the tree's context action: it is added to the selector and trips what
    // hangs on it alone (a single point of failure), as the core's scenario check says.
    const ElementIndex pdu = firstOf(analysis.network(), ElementKind::Pdu);
    emit w->powerPanel().tree().loseElementRequested(pdu);
    EXPECT_EQ(analysis.lostElement(), pdu);
    EXPECT_EQ(whatIf.selector().currentText(), QString::fromStdString(analysis.network().elements[pdu].label));
    EXPECT_EQ(whatIf.tripped().topLevelItemCount(), int(power::checkScenario(analysis.network(), pdu).size()));
    const RackId pduRack = w->session().model().devices()[DeviceId(analysis.network().elements[pdu].entityId)].rack;
    EXPECT_NE(analysis.powerByRack()[pduRack.value].share, sharesBefore[pduRack.value].share);

    // Back to normal: the colours come back.
    whatIf.selector().setCurrentIndex(0);
    EXPECT_FALSE(analysis.hasScenario());
    EXPECT_EQ(w->colourModes().rackColouring().byId, before);
}

TEST(PowerDockTest, AWhatIfShowsOnThePlanInTheHeadroomMode) {
    auto w = generatedWindow("superpod-h100-1su.json");
    ASSERT_EQ(w->colourModes().mode(), ColourMode::Role);
    w->powerAnalysis().loseElement(firstOf(w->powerAnalysis().network(), ElementKind::Feed));
    EXPECT_EQ(w->colourModes().mode(), ColourMode::PowerHeadroom);
    EXPECT_FALSE(w->colourModes().rackColouring().byId.empty());
    // A mode the user picks stays while the what-if changes.
    w->colourModes().setMode(ColourMode::CoolingHeadroom);
    w->powerAnalysis().loseElement(firstOf(w->powerAnalysis().network(), ElementKind::Panel));
    EXPECT_EQ(w->colourModes().mode(), ColourMode::CoolingHeadroom);
    // Another project starts without a what-if.
    w->session().newProject();
    w->powerAnalysis().recomputeNow();
    EXPECT_FALSE(w->powerAnalysis().hasScenario());
    EXPECT_TRUE(w->powerAnalysis().network().elements.empty());
}

TEST(PowerDockTest, ABreakerEditUpdatesTheDockAndUndoTakesItBack) {
    auto w = generatedWindow("superpod-h100-1su.json");
    PowerAnalysis& analysis = w->powerAnalysis();
    const ElementIndex circuit = firstOf(analysis.network(), ElementKind::Circuit);
    ASSERT_NE(circuit, power::kNoElement);
    const CircuitId id(analysis.network().elements[circuit].entityId);
    const std::string label = analysis.network().elements[circuit].label;
    const int trippedBefore = w->powerPanel().whatIf().tripped().topLevelItemCount();

    {
        Transaction t = w->session().document().begin("Set breaker");
        t.modify<Circuit>(id, [](Circuit& c) { c.breakerAmps = 10; });
        t.commit();
    }
    // The dock follows by itself, shortly after the edit (a burst is checked once).
    QElapsedTimer waited;
    waited.start();
    const auto limitShown = [&] {
        const ElementIndex e = power::findElement(analysis.network(), label);
        QTreeWidgetItem* item = e == power::kNoElement ? nullptr : w->powerPanel().tree().itemOf(e);
        return item ? item->text(PowerChainTree::LimitColumn) : QString();
    };
    while (limitShown() != QStringLiteral("8.0 A (10 A x 0.8)") && waited.elapsed() < 30'000) QTest::qWait(20);
    EXPECT_EQ(limitShown(), QStringLiteral("8.0 A (10 A x 0.8)"));
    EXPECT_GT(w->powerPanel().whatIf().tripped().topLevelItemCount(), trippedBefore)
        << "a 10 A breaker under a loaded PDU is over its limit normally";
    bool listed = false;
    for (int i = 0; i < w->powerPanel().whatIf().tripped().topLevelItemCount(); ++i)
        listed = listed || w->powerPanel().whatIf().tripped().topLevelItem(i)->text(0) == QString::fromStdString(label);
    EXPECT_TRUE(listed);

    // The Findings dock lists it too; clicking it selects the rack the circuit feeds.
    FindingsPanel& findings = w->findingsPanel();
    findings.recomputeNow();
    int row = -1;
    for (int i = 0; i < findings.list().topLevelItemCount() && row < 0; ++i)
        if (findings.findings()[i].kind == EntityKind::Circuit && findings.findings()[i].id == id.value) row = i;
    ASSERT_GE(row, 0);
    w->selection().clear();
    findings.activate(row);
    const DeviceId pdu = w->session().model().circuits()[id].pdu;
    EXPECT_EQ(w->selection().racks(), std::vector<RackId>{w->session().model().devices()[pdu].rack});

    w->session().document().undo();
    waited.restart();
    while (limitShown() == QStringLiteral("8.0 A (10 A x 0.8)") && waited.elapsed() < 30'000) QTest::qWait(20);
    EXPECT_NE(limitShown(), QStringLiteral("8.0 A (10 A x 0.8)"));
    EXPECT_EQ(w->powerPanel().whatIf().tripped().topLevelItemCount(), trippedBefore);
}

// "Set rating..." in the dock: one undo step per rating, the dock follows; a PDU's rating is
// its catalog part's and is refused.
TEST(PowerDockTest, RatingsAreEditedFromTheDockAsUndoSteps) {
    auto w = generatedWindow("superpod-h100-1su.json");
    PowerAnalysis& analysis = w->powerAnalysis();
    const ElementIndex panel = firstOf(analysis.network(), ElementKind::Panel);
    const std::string label = analysis.network().elements[panel].label;
    const double catalogAmps = analysis.network().elements[panel].ratedAmps;
    ASSERT_GT(catalogAmps, 0.0) << "generated busways are rated from the catalog";
    ASSERT_NE(catalogAmps, 630.0);
    ASSERT_TRUE(w->powerPanel().setRating(panel, 630));
    EXPECT_EQ(w->session().document().undoText(), "Set rating of " + label + " to 630 A");
    analysis.recomputeNow();
    const ElementIndex again = power::findElement(analysis.network(), label);
    EXPECT_EQ(analysis.network().elements[again].ratedAmps, 630.0);
    EXPECT_EQ(w->powerPanel().tree().itemOf(again)->text(PowerChainTree::LimitColumn), QStringLiteral("504.0 A (630 A x 0.8)"));
    EXPECT_TRUE(w->powerPanel().tree().itemOf(again)->data(PowerChainTree::BarColumn, LoadBar::kShownRole).isValid())
        << "a rated busway has a bar";

    const ElementIndex feed = firstOf(analysis.network(), ElementKind::Feed);
    ASSERT_TRUE(w->powerPanel().setRating(feed, 250));
    analysis.recomputeNow();
    EXPECT_EQ(analysis.network().elements[feed].capacityKw, 250.0);

    const ElementIndex pdu = firstOf(analysis.network(), ElementKind::Pdu);
    EXPECT_FALSE(w->powerPanel().setRating(pdu, 10));
    EXPECT_TRUE(w->powerPanel().summary().text().contains(QStringLiteral("catalog")));

    w->session().document().undo();
    w->session().document().undo();
    analysis.recomputeNow();
    EXPECT_EQ(analysis.network().elements[power::findElement(analysis.network(), label)].ratedAmps, catalogAmps);
}

// Breakers far too small for their PDUs: every rack is over a limit, magenta in the floor plan
// and in the 3D view, which take the headroom colours as they take every colour mode's.
TEST(PowerDockTest, OverloadedRacksAreMagentaInThePlanAndIn3d) {
    auto w = generatedWindow("superpod-h100-1su.json");
    w->viewModes().setMode(ViewModeActions::Mode::Hall3D);
    w->hallView().frameAll();
    const QImage role = w->hallView().grabImage();
    {
        Transaction t = w->session().document().begin("Small breakers");
        for (CircuitId id : w->session().model().circuits().ids()) t.modify<Circuit>(id, [](Circuit& c) { c.breakerAmps = 4; });
        t.commit();
    }
    w->colourModes().setMode(ColourMode::PowerHeadroom);  // takes the pending edit first
    RackId pduRack;
    int over = 0;
    for (const power::SupplyElement& e : w->powerAnalysis().network().elements)
        if (e.kind == ElementKind::Pdu) pduRack = w->session().model().devices()[DeviceId(e.entityId)].rack;
    ASSERT_TRUE(pduRack);
    for (const power::RackHeadroom& h : w->powerAnalysis().powerByRack()) over += h.state == power::RackHeadroom::State::Over;
    EXPECT_GT(over, 0);
    EXPECT_EQ(w->floorPlanScene().rackItem(pduRack)->fillColor(), ColourScale::overLimit());
    const QImage headroom = w->hallView().grabImage();
    saveScreenshot(headroom, QStringLiteral("power-headroom-3d"));
    EXPECT_GT(pixelsOfHue(headroom, ColourScale::overLimit()), pixelsOfHue(role, ColourScale::overLimit()) + 200);
}

TEST(PowerDockTest, ClickingARowSelectsAndFramesItsRacks) {
    auto w = generatedWindow("superpod-h100-1su.json");
    w->powerDock()->setFloating(true);  // room for the tree
    w->powerDock()->resize(1200, 700);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(w->powerDock()));
    PowerAnalysis& analysis = w->powerAnalysis();
    PowerChainTree& tree = w->powerPanel().tree();
    const ElementIndex pdu = firstOf(analysis.network(), ElementKind::Pdu);
    const RackId rack = w->session().model().devices()[DeviceId(analysis.network().elements[pdu].entityId)].rack;
    w->selection().clear();
    w->floorPlanOverlays().frame(w->floorPlanScene().hallBounds());  // the whole hall (Frame All fits the racks)
    const double zoom = w->floorPlanView().pixelsPerMm();
    clickTreeItem(tree, tree.itemOf(pdu));
    ASSERT_EQ(w->selection().racks(), std::vector<RackId>{rack});
    EXPECT_GT(w->floorPlanView().pixelsPerMm(), zoom * 2) << "zoomed onto the rack";

    // A panel selects every rack it supplies.
    const ElementIndex panel = firstOf(analysis.network(), ElementKind::Panel);
    clickTreeItem(tree, tree.itemOf(panel));
    EXPECT_EQ(w->selection().racks(), analysis.racksBelow(panel));
    EXPECT_GT(w->selection().racks().size(), 1U);
}

TEST(PowerDockTest, ClickingAChainRowShowsItInTheInspector) {
    auto w = generatedWindow("superpod-h100-1su.json");
    w->powerDock()->setFloating(true);  // room for the tree
    w->powerDock()->resize(1200, 700);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(w->powerDock()));
    const power::PowerNetwork& net = w->powerAnalysis().network();
    PowerChainTree& tree = w->powerPanel().tree();
    PropertiesInspector& inspector = w->inspector();
    const ElementIndex circuit = firstOf(net, ElementKind::Circuit);
    ASSERT_NE(circuit, power::kNoElement);
    clickTreeItem(tree, tree.itemOf(circuit));
    ASSERT_TRUE(inspector.shown().has_value());
    EXPECT_EQ(inspector.shown()->kind, EntityKind::Circuit) << "not the racks the dock selected";
    EXPECT_EQ(inspector.shown()->id, net.elements[circuit].entityId);
    EXPECT_FALSE(inspector.valueOf(QStringLiteral("breaker_amps")).isEmpty());
    EXPECT_FALSE(w->selection().racks().empty()) << "the racks it supplies stay selected";

    const ElementIndex pdu = firstOf(net, ElementKind::Pdu);
    clickTreeItem(tree, tree.itemOf(pdu));
    EXPECT_EQ(inspector.shown()->kind, EntityKind::Device);
    EXPECT_FALSE(inspector.valueOf(QStringLiteral("rated_amps")).isEmpty()) << "the PDU page's figures";
    const ElementIndex feed = firstOf(net, ElementKind::Feed);
    clickTreeItem(tree, tree.itemOf(feed));
    EXPECT_EQ(inspector.shown()->kind, EntityKind::Feed);
}

TEST(PowerDockTest, ScreenshotsOnTheSuperpod) {
    auto w = generatedWindow("superpod-h100-1su.json");
    PowerAnalysis& analysis = w->powerAnalysis();
    w->powerPanel().tree().expandAll();  // a SU's chain fits: feeds down to every PDU
    screenshotDock(*w, QStringLiteral("power-dock-superpod-chain"), 0);
    analysis.loseElement(firstOf(analysis.network(), ElementKind::Feed));
    screenshotDock(*w, QStringLiteral("power-dock-superpod-rows-whatif"), 1);
}

TEST(PowerDockTest, ColossusCoolingHeadroomAndACduLoss) {
    QElapsedTimer t;
    t.start();
    auto w = generatedWindow("colossus-100k.json");
    std::printf("[ power ] colossus-100k generated and shown: %.0f ms\n", double(t.nsecsElapsed()) / 1e6);
    PowerAnalysis& analysis = w->powerAnalysis();
    t.restart();
    analysis.recomputeNow();
    std::printf("[ power ] colossus-100k recompute: %.1f ms with the dock and colours following; the figures "
                "(network, check, budgets, what-if loads, CDUs, headroom) %.1f ms\n",
                double(t.nsecsElapsed()) / 1e6, analysis.lastMs());
    ASSERT_FALSE(analysis.cduLoads().empty()) << "Colossus racks carry in-rack CDUs";
    const power::CduLoad cdu = analysis.cduLoads().front();
    ASSERT_TRUE(cdu.capacityKw);
    // Clicking its row shows the CDU in the inspector.
    emit w->powerPanel().tree().itemClicked(w->powerPanel().tree().itemOf(cdu.unit), 0);
    ASSERT_TRUE(w->inspector().shown().has_value());
    EXPECT_EQ(w->inspector().shown()->kind, EntityKind::Cooling);
    EXPECT_EQ(w->inspector().valueOf(QStringLiteral("name")), QString::fromStdString(w->session().model().coolingUnits()[cdu.unit].name));

    w->colourModes().setMode(ColourMode::CoolingHeadroom);
    const power::RackHeadroom normal = analysis.coolingByRack()[cdu.rack.value];
    EXPECT_EQ(normal.state, power::RackHeadroom::State::Ok);
    EXPECT_NEAR(normal.share, cdu.loadKw / *cdu.capacityKw, 1e-9);
    EXPECT_EQ(w->colourModes().rackColouring().byId[cdu.rack.value], ColourScale::at(normal.share));

    emit w->powerPanel().tree().loseCoolingUnitRequested(cdu.unit);
    EXPECT_EQ(analysis.lostCoolingUnit(), cdu.unit);
    EXPECT_EQ(analysis.coolingByRack()[cdu.rack.value].state, power::RackHeadroom::State::Lost);
    EXPECT_EQ(w->colourModes().rackColouring().byId[cdu.rack.value], lostColour());
    ASSERT_GE(w->powerPanel().whatIf().tripped().topLevelItemCount(), 1);
    EXPECT_TRUE(w->powerPanel().whatIf().tripped().topLevelItem(0)->text(1).contains(QStringLiteral("loses its liquid cooling")));
    screenshotDock(*w, QStringLiteral("power-dock-colossus-cdu-whatif"), 0);

    // A feed loss on Colossus: the dock and the power headroom colours on 1,500 racks.
    w->colourModes().setMode(ColourMode::PowerHeadroom);
    t.restart();
    analysis.loseElement(firstOf(analysis.network(), ElementKind::Feed));
    std::printf("[ power ] colossus-100k what-if feed lost (scenario, tree, chart, colours): %.0f ms; %d trip\n",
                double(t.nsecsElapsed()) / 1e6, w->powerPanel().whatIf().tripped().topLevelItemCount());
    int states[4] = {};
    for (const power::RackHeadroom& h : analysis.powerByRack()) ++states[int(h.state)];
    std::printf("[ power ] racks with feed A lost: %d no data, %d ok, %d over, %d lost\n", states[0], states[1], states[2],
                states[3]);
    // Colossus passes the power check (PDUs with 32 A sockets since the HGX PSU inlets were fixed):
    // with a feed lost every rack still has headroom, and each is coloured by its own share.
    EXPECT_EQ(states[int(power::RackHeadroom::State::NoData)], 0);
    EXPECT_EQ(states[int(power::RackHeadroom::State::Over)], 0);
    EXPECT_EQ(states[int(power::RackHeadroom::State::Ok)], int(w->session().model().racks().size()));
    const power::RackHeadroom& busiest = *std::max_element(
        analysis.powerByRack().begin(), analysis.powerByRack().end(),
        [](const power::RackHeadroom& a, const power::RackHeadroom& b) { return a.share < b.share; });
    EXPECT_GT(busiest.share, 0.5) << "a lost feed moves half the load onto the other side";
    const std::size_t busiestRack = std::size_t(&busiest - analysis.powerByRack().data());
    EXPECT_EQ(w->colourModes().rackColouring().byId[busiestRack], ColourScale::at(busiest.share));
    screenshotDock(*w, QStringLiteral("power-dock-colossus-rows-whatif"), 1);
    // A busway of the surviving feed open down to its first circuit's PDU: what carries the load.
    ElementIndex surviving = power::kNoElement;
    for (ElementIndex e = 0; e < analysis.network().elements.size() && surviving == power::kNoElement; ++e)
        if (analysis.network().elements[e].kind == ElementKind::Panel && !analysis.states()[e].lost) surviving = e;
    ASSERT_NE(surviving, power::kNoElement);
    QTreeWidgetItem* busway = w->powerPanel().tree().itemOf(surviving);
    busway->setExpanded(true);
    busway->child(0)->setExpanded(true);
    w->powerPanel().tree().scrollToItem(busway, QAbstractItemView::PositionAtTop);
    screenshotDock(*w, QStringLiteral("power-dock-colossus-chain-whatif"), 0);
    w->powerDock()->setFloating(false);
    w->powerDock()->raise();
    saveScreenshot(w->grab().toImage(), QStringLiteral("power-colossus-window-headroom"));
    // Close up on one rack's neighbourhood, trays hidden: the rack colours are readable there.
    w->colourModes().showTraysAction()->setChecked(false);
    w->floorPlanOverlays().focusRack(cdu.rack);
    saveScreenshot(grabFloorPlan(*w), QStringLiteral("power-colossus-plan-headroom"));
}

}  // namespace
}  // namespace rw::gui::test
