// The power check over a real model: the supply tree and the PSU cords read from the model's
// feeds, panels, circuits, PDUs and power-cord links, figures from the shipped catalog.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "power/PowerCheck.h"
#include "power/PowerNetworkFromModel.h"
#include "power/PsuFailover.h"
#include "project/NewProject.h"
#include "support/PowerSampleModel.h"
#include "support/ShippedCatalog.h"

namespace rw::power {
namespace {

TEST(PowerNetworkFromModel, ReadsTheChainAndTheCords) {
    const test::PowerSample r = test::dgxRackOnFeeds(2);  // A/B only: three PSUs on each
    const PowerNetwork net = powerNetworkFromModel(r.model, test::shippedCatalog());
    // 2 feeds, 2 busways, 2 circuits, 2 PDUs and the 12 outlet banks of each PDU (catalog layout).
    ASSERT_EQ(net.elements.size(), 32U);
    EXPECT_EQ(std::count_if(net.elements.begin(), net.elements.end(), [](const SupplyElement& e) { return e.kind == ElementKind::Bank; }), 24);
    const auto pdu = std::find_if(net.elements.begin(), net.elements.end(), [](const SupplyElement& e) { return e.kind == ElementKind::Pdu; });
    ASSERT_NE(pdu, net.elements.end());
    EXPECT_EQ(pdu->label, "PDU r012-pdu-A1");
    EXPECT_EQ(pdu->entityId, r.pdus[0].value);
    EXPECT_DOUBLE_EQ(pdu->ratedAmps, 60.0);  // the catalog's input rating
    EXPECT_DOUBLE_EQ(pdu->volts, 415.0);
    const SupplyElement& circuit = net.elements[pdu->parent];
    EXPECT_EQ(circuit.label, "circuit Busway R1-A to r012-pdu-A1");
    EXPECT_EQ(net.elements[circuit.parent].label, "busway Busway R1-A");
    EXPECT_EQ(net.elements[net.elements[circuit.parent].parent].label, "feed Utility A");

    ASSERT_EQ(net.devices.size(), 1U);
    const PoweredDevice& d = net.devices[0];
    EXPECT_EQ(d.deviceId, r.dgx.value);
    EXPECT_DOUBLE_EQ(d.maxW, 10200.0);
    EXPECT_EQ(d.psuCount, 6);
    EXPECT_EQ(d.needed, 4);
    EXPECT_DOUBLE_EQ(d.powerFactor, PowerRules{}.defaultPowerFactor);
    EXPECT_EQ(d.cords.size(), 6U);
}

TEST(PowerNetworkFromModel, CordsOnCatalogOutletsLandOnTheirBankAndLeg) {
    test::PowerSample r = test::dgxRackOnFeeds(3);
    Model& m = r.model;
    // Rename the outlets of PDU A's two cords to catalog outlets: C19-1 (bank 1, L1), C19-2 (bank 2, L2).
    int renamed = 0;
    m.links().forEach([&](LinkId, const Link& l) {
        Port& outlet = m.ports()[l.b];
        if (outlet.device != r.pdus[0]) return;
        outlet.name = m.strings.intern("C19-" + std::to_string(++renamed));
    });
    ASSERT_EQ(renamed, 2);
    const PowerNetwork net = powerNetworkFromModel(m, test::shippedCatalog());
    std::vector<std::pair<std::string, int>> landed;
    for (const PsuCord& c : net.devices[0].cords)
        if (net.elements[c.element].kind == ElementKind::Bank) landed.emplace_back(net.elements[c.element].label, c.leg);
    ASSERT_EQ(landed.size(), 2U);
    EXPECT_EQ(landed[0], std::make_pair(std::string("PDU r012-pdu-A1 bank 1"), 0));
    EXPECT_EQ(landed[1], std::make_pair(std::string("PDU r012-pdu-A1 bank 2"), 1));
    const SupplyElement& bank = net.elements[net.devices[0].cords[0].element];
    EXPECT_EQ(net.elements[bank.parent].label, "PDU r012-pdu-A1");
    EXPECT_DOUBLE_EQ(bank.ratedAmps, 16.0);
    EXPECT_NEAR(bank.volts, 239.6, 0.05);  // line-to-neutral of the 415 V wye
}

// The shipped catalog with one DGX H100 figure changed: a stated power factor.
Catalog shippedWithDgxPowerFactor(double pf) {
    nlohmann::json entries = nlohmann::json::array();
    for (const auto& file : std::filesystem::directory_iterator(std::filesystem::path(RACKWEAVE_SOURCE_DIR) / "assets" / "catalog")) {
        std::ifstream in(file.path());
        nlohmann::json doc = nlohmann::json::parse(in);
        for (nlohmann::json& e : doc["entries"]) {
            if (e.value("id", "") == "nvidia-dgx-h100") e["power"]["power_factor"] = pf;
            entries.push_back(std::move(e));
        }
    }
    const nlohmann::json patched = {{"format", "rackweave-catalog"}, {"version", 1}, {"entries", entries}};
    return Catalog::fromJsonText(patched.dump(), "patched.json");
}

TEST(PowerNetworkFromModel, PowerFactorFromTheCatalogElseTheRules) {
    const test::PowerSample r = test::dgxRackOnFeeds(3);
    EXPECT_DOUBLE_EQ(powerNetworkFromModel(r.model, shippedWithDgxPowerFactor(0.99)).devices[0].powerFactor, 0.99);
    PowerRules rules;
    rules.defaultPowerFactor = 0.9;
    EXPECT_DOUBLE_EQ(powerNetworkFromModel(r.model, test::shippedCatalog(), rules).devices[0].powerFactor, 0.9);
}

TEST(PowerNetworkFromModel, CheckReportsTheShortDeviceAndTheUnratedBusways) {
    const test::PowerSample r = test::dgxRackOnFeeds(2);
    const auto findings = checkPower(r.model, test::shippedCatalog());
    ASSERT_EQ(findings.size(), 3U);
    EXPECT_EQ(findings[0].message, "r012-n03: with feed Utility A lost, 3 of 6 PSUs are left, 4 needed; 7 other single "
                                   "failures do the same");
    EXPECT_EQ(findings[0].kind, EntityKind::Device);
    EXPECT_EQ(findings[0].id, r.dgx.value);
    EXPECT_EQ(findings[1].kind, EntityKind::Panel);
    // 10.2 kW / 0.95 / 3 / 239.6 V = 14.9 A on one side after the other is lost.
    EXPECT_EQ(findings[1].message, "busway Busway R1-A has no rating: its load (7.5 A on the busiest phase, 14.9 A after "
                                   "the worst single failure) is not checked");
}

TEST(PowerNetworkFromModel, ThreeFeedsKeepTheDgxRunning) {
    const test::PowerSample r = test::dgxRackOnFeeds(3, 400);
    EXPECT_TRUE(checkPower(r.model, test::shippedCatalog()).empty());
}

TEST(PowerNetworkFromModel, PowerShelvesAreOneBusbarWhoseLiveShelvesCarryIt) {
    // Seven GB200 compute trays (7 x 5.7 = 39.9 kW) behind three 33 kW shelves, one shelf feed
    // on side A and two on side B: the busbar needs ceil(39.9 / 33) = 2 shelves. Losing feed B
    // leaves one shelf (short); losing feed A leaves two, each carrying 19.95 kW.
    Model m = newProject("Shelves");
    const HallId hall = m.halls().ids().front();
    const RackId rack = m.racks().add({hall, {}, m.strings.intern("test-rack"), "nvl1", {3000, 3000}, Rotation::R0, RackRole::Compute});
    std::array<ElementIndex, 2> feedElement{};
    std::array<FeedId, 2> feeds{m.feeds().add({"Utility A", FeedSide::A, 415, 0.0}), m.feeds().add({"Utility B", FeedSide::B, 415, 0.0})};
    for (int i = 0; i < 7; ++i)
        m.devices().add({rack, m.strings.intern("nvidia-gb200-compute-tray"), "tray" + std::to_string(i), std::uint8_t(10 + i),
                         Face::Front, DeviceRole::GpuNode});
    std::vector<DeviceId> shelves;
    for (int i = 0; i < 3; ++i) {
        const FeedId feed = feeds[i == 0 ? 0 : 1];
        const PanelId busway = m.panels().add({feed, hall, "Busway " + std::to_string(i), PanelKind::Busway, 0});
        const DeviceId pdu = m.devices().add({rack, m.strings.intern("shelf-feed-415v-3ph-63a"), "feed" + std::to_string(i),
                                              std::uint8_t(30 + i), Face::Rear, DeviceRole::Pdu});
        m.circuits().add({busway, pdu, 63, 415, 3});
        shelves.push_back(m.devices().add({rack, m.strings.intern("nvidia-gb200-power-shelf"), "shelf" + std::to_string(i),
                                           std::uint8_t(30 + i), Face::Front, DeviceRole::PowerShelf}));
        const PortId psu = m.ports().add({shelves.back(), m.strings.intern("AC-IN"), 0, PortKind::Other, 0, 1, Split1});
        const PortId outlet = m.ports().add({pdu, m.strings.intern("SHELF-IN"), 0, PortKind::Other, 0, 1, Split1});
        m.links().add({psu, outlet, 0, 0, Fabric::Power, LinkRole::PowerCord, 0});
    }
    const PowerNetwork net = powerNetworkFromModel(m, test::shippedCatalog());
    for (ElementIndex e = 0; e < net.elements.size(); ++e)
        if (net.elements[e].kind == ElementKind::Feed) feedElement[net.elements[e].label == "feed Utility A" ? 0 : 1] = e;
    ASSERT_EQ(net.devices.size(), 1U);  // the busbar; the trays draw through it
    const PoweredDevice& bus = net.devices[0];
    EXPECT_EQ(bus.name, "nvl1 busbar (3 power shelves)");
    EXPECT_EQ(bus.deviceId, shelves.front().value);
    EXPECT_DOUBLE_EQ(bus.maxW, 7 * 5700.0);
    EXPECT_EQ(bus.cords.size(), 3U);
    EXPECT_EQ(bus.psuCount, 3);
    EXPECT_EQ(bus.needed, 2);
    EXPECT_EQ(psuOutcome(net, bus).live, 3);
    const PsuOutcome lostA = psuOutcome(net, bus, feedElement[0]);
    EXPECT_EQ(lostA.live, 2);
    EXPECT_DOUBLE_EQ(lostA.wattsPerPsu, 7 * 5700.0 / 2);
    EXPECT_TRUE(leftShort(bus, psuOutcome(net, bus, feedElement[1])));
    bool reported = false;
    for (const Finding& f : checkPower(m, test::shippedCatalog()))
        reported = reported || (f.id == shelves.front().value &&
                                f.message == "nvl1 busbar (3 power shelves): with feed Utility B lost, 1 of 3 PSUs are left, 2 needed");
    EXPECT_TRUE(reported);
}

TEST(PowerNetworkFromModel, GeneratedDgxSuperPodHasNoPowerErrors) {
    const Catalog& catalog = test::shippedCatalog();
    const auto spec = std::filesystem::path(RACKWEAVE_SOURCE_DIR) / "examples" / "superpod-h100-1su.json";
    const Model m = generate(parseSpecFile(spec, catalog), catalog).model;
    const PowerNetwork net = powerNetworkFromModel(m, catalog);
    EXPECT_GT(net.devices.size(), 32U);  // 32 DGX and the switches
    for (const Finding& f : checkPower(m, catalog)) EXPECT_NE(f.severity, Severity::Error) << f.message;
}

}  // namespace
}  // namespace rw::power
