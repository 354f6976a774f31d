// The generator's power chain is rated from the catalog and sized for the worst single failure,
// so generated designs pass the power check (docs/spec.md, power). Figures by hand below.
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "catalog/Catalog.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "power/CoolingCheck.h"
#include "power/PowerCheck.h"
#include "power/PowerNetworkFromModel.h"
#include "power/PsuFailover.h"
#include "support/ShippedCatalog.h"

namespace rw {
namespace {

const Catalog& catalog() { return test::shippedCatalog(); }

GenerateResult generateFile(const std::string& example) {
    return generate(parseSpecFile(std::string(RACKWEAVE_SOURCE_DIR) + "/examples/" + example, catalog()), catalog());
}

GenerateResult generateText(const std::string& json) { return generate(parseSpecText(json, "spec.json", catalog()), catalog()); }

std::vector<Finding> powerErrors(const Model& m) {
    std::vector<Finding> out;
    for (const Finding& f : power::checkPower(m, catalog()))
        if (f.severity == Severity::Error) out.push_back(f);
    return out;
}

std::string dump(const std::vector<Finding>& findings, std::size_t max = 8) {
    std::string out;
    for (std::size_t i = 0; i < findings.size() && i < max; ++i) out += findings[i].message + "\n";
    return out;
}

class ShippedExamplePower : public ::testing::TestWithParam<const char*> {};

TEST_P(ShippedExamplePower, HasNoPowerError) {
    const GenerateResult r = generateFile(GetParam());
    const auto errors = powerErrors(r.model);
    EXPECT_TRUE(errors.empty()) << errors.size() << " errors, e.g.\n" << dump(errors);
}

TEST_P(ShippedExamplePower, HasNoCoolingError) {
    const GenerateResult r = generateFile(GetParam());
    std::vector<Finding> errors;
    for (const Finding& f : power::checkCooling(r.model, catalog()))
        if (f.severity == Severity::Error) errors.push_back(f);
    EXPECT_TRUE(errors.empty()) << errors.size() << " errors, e.g.\n" << dump(errors);
}

TEST(GeneratedCooling, RowCdusStandTwoPerRowAndServeTheirRow) {
    // gb200-nvl72-su: eight NVL72 racks, about 886 kW to liquid, one XDU1350 (1,350 kW) carries
    // the row, so a second one at the other end keeps it cooled with either lost (N+1).
    const Model m = generateFile("gb200-nvl72-su.json").model;
    std::map<std::uint32_t, int> perRow;
    m.coolingUnits().forEach([&](CoolingId, const CoolingUnit& u) {
        if (u.device.valid()) return;
        ASSERT_TRUE(u.row.valid()) << u.name;
        ++perRow[u.row.value];
    });
    ASSERT_FALSE(perRow.empty());
    for (const auto& [row, n] : perRow) EXPECT_EQ(n, 2) << m.rows()[RowId(row)].name;
}

TEST(GeneratedCooling, HallCoolingFiguresComeFromTheSpec) {
    // 16 HGX H100 4U liquid-cooled (8 per rack with an in-rack CDU): at 40 degC water the
    // Supermicro CDU is rated 60 kW, under a rack's heat to liquid, and a 100 kW hall is far too small.
    const GenerateResult r = generateText(R"({"compute": {"system": "supermicro-hgx-h100-4u-liquid", "nodes": 16},
        "fabrics": {"compute": {"switch": "nvidia-sn5600"}}, "hall": {"cooling_capacity_kw": 100, "water_supply_c": 40}})");
    r.model.halls().forEach([](HallId, const Hall& h) {
        EXPECT_EQ(h.coolingCapacityKw, 100.0);
        EXPECT_EQ(h.waterSupplyC, 40.0);
    });
    std::string errors;
    for (const Finding& f : power::checkCooling(r.model, catalog()))
        if (f.severity == Severity::Error) errors += f.message + "\n";
    EXPECT_NE(errors.find("in-rack CDU r001-cdu must remove 67.2 kW of heat to liquid from rack R001; at 40 degC water it is rated 60.0 kW"),
              std::string::npos) << errors;
    EXPECT_NE(errors.find("against its declared cooling capacity of 100 kW"), std::string::npos) << errors;
}

INSTANTIATE_TEST_SUITE_P(Examples, ShippedExamplePower,
                         ::testing::Values("superpod-h100-1su.json", "superpod-h100-4su.json", "gb200-nvl72-su.json"));

TEST(GeneratedPowerChain, EveryElementIsRatedFromTheCatalog) {
    const Model m = generateFile("superpod-h100-1su.json").model;
    ASSERT_GT(m.feeds().size(), 0U);
    m.feeds().forEach([&](FeedId, const Feed& f) {
        EXPECT_EQ(m.text(f.catalog), "ups-galaxy-vx-1250kw") << f.name;
        EXPECT_EQ(f.capacityKw, 1250.0);
        EXPECT_EQ(f.capacityKva, 1250.0);
        EXPECT_EQ(f.name.rfind("UPS ", 0), 0U) << f.name;
    });
    m.panels().forEach([&](PanelId, const PowerPanel& p) {
        EXPECT_GT(p.ratedAmps, 0) << p.name;
        EXPECT_EQ(m.text(p.catalog).rfind("busway-starline-", 0), 0U) << p.name;
    });
    m.circuits().forEach([&](CircuitId, const Circuit& c) {
        EXPECT_EQ(c.breakerAmps, 63);  // the smallest tap-off of at least the 60 A PDU input
        EXPECT_EQ(m.text(c.catalog), "busway-tap-415v-3ph-63a");
    });
}

TEST(GeneratedPowerChain, DgxCordsSpreadOverBanksAndLegs) {
    // Four DGX H100 per rack on three feeds: 2 PSUs of each node per feed, one PDU per feed.
    // Worst share of a PSU: 10.2 kW / 0.95 / 4 = 2.68 kVA = 11.2 A at 239.6 V, under a 16 A bank's
    // 12.8 A, so every bank takes at most one DGX cord and the eight cords of a PDU fall on eight
    // banks, leaving the legs 3/3/2.
    const Model m = generateFile("superpod-h100-1su.json").model;
    std::map<std::uint32_t, std::map<std::string, int>> cordsPerPduOutletBank;
    std::map<std::uint32_t, std::array<int, 3>> legs;
    const CatalogEntry& pdu = *catalog().find("pdu-415v-3ph-60a-0u");
    m.links().forEach([&](LinkId, const Link& l) {
        if (l.role != LinkRole::PowerCord) return;
        const Port& outlet = m.ports()[l.b];
        const Device& node = m.devices()[m.ports()[l.a].device];
        if (m.text(node.catalog) != "nvidia-dgx-h100") return;
        for (std::size_t k = 0; k < pdu.device->ports.size(); ++k)
            if (pdu.device->ports[k].name == m.text(outlet.name)) {
                const OutletBank* bank = pdu.powerDistribution->bankOf(k);
                ASSERT_NE(bank, nullptr);
                ++cordsPerPduOutletBank[outlet.device.value][fmt::format("{}-{}", bank->leg, bank->outlets.front())];
                ++legs[outlet.device.value][static_cast<std::size_t>(bank->leg)];
            }
    });
    ASSERT_FALSE(cordsPerPduOutletBank.empty());
    for (const auto& [pduId, banks] : cordsPerPduOutletBank) {
        for (const auto& [bank, cords] : banks) EXPECT_EQ(cords, 1) << m.devices()[DeviceId(pduId)].name << " bank " << bank;
        const auto& l = legs[pduId];
        EXPECT_LE(*std::max_element(l.begin(), l.end()) - *std::min_element(l.begin(), l.end()), 1);
    }
}

TEST(GeneratedPowerChain, Gb200ShelvesAreCordedAndTheirBusbarLoadIsInTheBudget) {
    // Each NVL72 rack: 18 compute trays x 5.7 kW + 9 switch trays x 3 kW = 129.6 kW on the busbar,
    // behind 8 shelves of 33 kW with one three-phase input each, alternating A/B. The busbar needs
    // ceil(129.6 / 33) = 4 shelves: N+N. With a side lost the 4 shelves left carry 32.4 kW each:
    // 32.4 kW / 0.95 / (sqrt 3 x 415 V) = 47.4 A of the 63 A shelf feed's 50.4 A allowed.
    const Model m = generateFile("gb200-nvl72-su.json").model;
    int shelves = 0;
    std::map<std::string, int> feedsBySide;
    m.devices().forEach([&](DeviceId id, const Device& d) {
        if (d.role != DeviceRole::PowerShelf) return;
        ++shelves;
        int cords = 0;
        m.links().forEach([&](LinkId, const Link& l) {
            if (l.role != LinkRole::PowerCord || (m.ports()[l.a].device != id && m.ports()[l.b].device != id)) return;
            ++cords;
            const Device& pdu = m.devices()[m.ports()[m.ports()[l.a].device == id ? l.b : l.a].device];
            EXPECT_EQ(m.text(pdu.catalog), "shelf-feed-415v-3ph-63a") << d.name;
            ++feedsBySide[pdu.name.substr(pdu.name.find("shelf-feed-") + 11, 1)];
        });
        EXPECT_EQ(cords, 1) << d.name;
    });
    EXPECT_EQ(shelves, 64);
    EXPECT_EQ(feedsBySide["A"], 32);
    EXPECT_EQ(feedsBySide["B"], 32);

    const power::PowerNetwork net = power::powerNetworkFromModel(m, catalog());
    int busbars = 0;
    for (const power::PoweredDevice& d : net.devices) {
        if (d.name.find("busbar") == std::string::npos) continue;
        ++busbars;
        EXPECT_DOUBLE_EQ(d.maxW, 129600.0) << d.name;
        EXPECT_EQ(d.cords.size(), 8U) << d.name;
        EXPECT_EQ(d.needed, 4) << d.name;
        for (power::ElementIndex e = 0; e < net.elements.size(); ++e) {
            if (net.elements[e].kind != power::ElementKind::Feed) continue;
            const power::PsuOutcome o = power::psuOutcome(net, d, e);
            EXPECT_GE(o.live, 4) << d.name << " with " << net.elements[e].label << " lost";
        }
    }
    EXPECT_EQ(busbars, 8);
    // The shelf feeds carry the busbar: each one's worst case is the rack's load over 4 shelves.
    const power::PowerCheckResult result = power::checkPower(net);
    int shelfFeeds = 0;
    for (power::ElementIndex k = 0; k < net.elements.size(); ++k) {
        const power::ElementBudget& b = result.budgets[k];
        const power::SupplyElement& e = net.elements[k];
        if (e.kind != power::ElementKind::Pdu || e.label.find("shelf-feed") == std::string::npos) continue;
        ++shelfFeeds;
        EXPECT_NEAR(b.normalW, 129600.0 / 8, 1e-6) << e.label;
        EXPECT_NEAR(b.worstW, 129600.0 / 4, 1e-6) << e.label;
    }
    EXPECT_EQ(shelfFeeds, 64);
    for (const Finding& f : result.findings) {
        EXPECT_NE(f.severity, Severity::Error) << f.message;
        EXPECT_EQ(f.message.find("no power cord"), std::string::npos) << f.message;
    }
}

TEST(GeneratedPowerChain, SmallBlocksSplitTheHallIntoSeveralFeedsPerSide) {
    // 127 DGX H100 at 10.2 kW = 1.30 MW plus switches, on three feeds: after a feed loss each
    // remaining side carries about half, some 0.68 MW, so 500 kW blocks need two per side.
    const GenerateResult r = generateText(R"({"compute": {"system": "nvidia-dgx-h100", "nodes": 127},
        "fabrics": {"compute": {"switch": "nvidia-qm9700"}}, "power": {"block_kw": 400}})");
    std::map<FeedSide, int> perSide;
    r.model.feeds().forEach([&](FeedId, const Feed& f) {
        ++perSide[f.side];
        EXPECT_EQ(r.model.text(f.catalog), "ups-galaxy-vx-500kw");  // the smallest block of at least 400 kW
    });
    EXPECT_EQ(perSide[FeedSide::A], 2);
    EXPECT_EQ(perSide[FeedSide::A], perSide[FeedSide::B]);
    const auto errors = powerErrors(r.model);
    EXPECT_TRUE(errors.empty()) << dump(errors);
}

TEST(GeneratedPowerChain, TwoNForDgxH100IsGeneratedWithTheShortfallReported) {
    // On A/B a DGX H100 keeps 3 of its 6 PSUs when a side is lost; 4 are needed (4+2).
    const GenerateResult r = generateText(R"({"compute": {"system": "nvidia-dgx-h100", "nodes": 8},
        "fabrics": {"compute": {"switch": "nvidia-qm9700"}}, "power": {"redundancy": "2N"}})");
    bool noted = false;
    for (const std::string& n : r.notes) noted = noted || n.find("fewer PSUs than needed are left when a feed is lost") != std::string::npos;
    EXPECT_TRUE(noted);
    std::set<std::string> shortNodes;
    for (const Finding& f : powerErrors(r.model))
        if (f.message.find("3 of 6 PSUs are left, 4 needed") != std::string::npos) shortNodes.insert(f.message.substr(0, f.message.find(':')));
    EXPECT_EQ(shortNodes.size(), 8U);
}

TEST(GeneratedPowerChain, PsusTooLargeForAC19GetAPduWithSocketsThatCarryThem) {
    // An HGX H100 4U liquid-cooled server (2+2 x 5,250 W) leaves one PSU with 10.5 kW / 2 / 0.95
    // = 5.53 kVA after a feed loss: 23.1 A at 239.6 V, over the 12.8 A a 16 A C19 bank carries
    // and under the 25.6 A of a 32 A bank. With no PDU named, its racks get the PDU with IEC 60309
    // 32 A sockets, the switch racks (C14/C20 inlets) the C19 strip, and nothing is overloaded.
    const GenerateResult r = generateText(R"({"compute": {"system": "supermicro-hgx-h100-4u-liquid", "nodes": 16},
        "fabrics": {"compute": {"switch": "nvidia-sn5600"}}})");
    const Model& m = r.model;
    std::map<std::string, std::set<std::string>> pduModelsByRackKind;  // "gpu" / "other" -> PDU entries
    std::size_t hgxCords = 0;
    m.links().forEach([&](LinkId, const Link& l) {
        if (l.role != LinkRole::PowerCord) return;
        const Port& psu = m.ports()[l.a];
        const Port& outlet = m.ports()[l.b];
        const Device& device = m.devices()[psu.device];
        const Device& pdu = m.devices()[outlet.device];
        const bool hgx = m.text(device.catalog) == "supermicro-hgx-h100-4u-liquid";
        if (hgx) {
            ++hgxCords;
            EXPECT_EQ(outlet.kind, PortKind::Iec60309_32A) << device.name;
            EXPECT_EQ(psu.kind, PortKind::Iec60309_32A) << device.name;
        }
        pduModelsByRackKind[hgx ? "gpu" : "other"].insert(std::string(m.text(pdu.catalog)));
    });
    EXPECT_EQ(hgxCords, 16U * 4U);
    EXPECT_EQ(pduModelsByRackKind["gpu"], std::set<std::string>{"pdu-415v-3ph-63a-iec32-0u"});
    EXPECT_TRUE(pduModelsByRackKind["other"].contains("pdu-415v-3ph-60a-0u"));
    m.circuits().forEach([&](CircuitId, const Circuit& c) {
        EXPECT_EQ(m.text(c.catalog), "busway-tap-415v-3ph-63a");  // the smallest tap-off of at least either PDU's input
    });
    const auto errors = powerErrors(m);
    EXPECT_TRUE(errors.empty()) << errors.size() << " errors, e.g.\n" << dump(errors);
}

TEST(GeneratedPowerChain, ANamedPduIsKeptEvenWhenItsOutletsDoNotFit) {
    // The spec's PDU is the user's choice: the generator keeps it and says what it cannot plug in.
    const GenerateResult r = generateText(R"({"compute": {"system": "supermicro-hgx-h100-4u-liquid", "nodes": 8},
        "fabrics": {"compute": {"switch": "nvidia-sn5600"}}, "power": {"pdu": "pdu-415v-3ph-60a-0u"}})");
    r.model.devices().forEach([&](DeviceId, const Device& d) {
        if (d.role == DeviceRole::Pdu) {
            EXPECT_EQ(r.model.text(d.catalog), "pdu-415v-3ph-60a-0u") << d.name;
        }
    });
    bool noted = false;
    for (const std::string& n : r.notes) noted = noted || n.find("32 PSU cords are missing: no free outlet of their type") != std::string::npos;
    EXPECT_TRUE(noted) << fmt::format("{}", fmt::join(r.notes, "\n"));
}

TEST(GeneratedPowerChain, NPlusOneGivesThreeFeedsPerRack) {
    const GenerateResult r = generateText(R"({"compute": {"system": "supermicro-hgx-h100-4u-liquid", "nodes": 16},
        "fabrics": {"compute": {"switch": "nvidia-sn5600"}}, "power": {"redundancy": "N+1"}})");
    std::set<FeedSide> sides;
    r.model.feeds().forEach([&](FeedId, const Feed& f) { sides.insert(f.side); });
    EXPECT_EQ(sides.size(), 3U);
}

}  // namespace
}  // namespace rw
