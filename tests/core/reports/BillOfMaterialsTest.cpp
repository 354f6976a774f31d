// The bill of materials of generated designs: every object counted once, cables by the routed
// part, tray metres, and the GB200 NVL72's in-rack NVLink as links that come with the rack.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <sstream>

#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "reports/BillOfMaterials.h"
#include "router/Router.h"
#include "support/ShippedCatalog.h"

namespace rw {
namespace {

const Catalog& catalog() { return test::shippedCatalog(); }

Model generateExample(const std::string& name) {
    const std::string file = std::string(RACKWEAVE_SOURCE_DIR) + "/examples/" + name;
    return generate(parseSpecFile(file, catalog()), catalog()).model;
}

double total(const std::vector<BomLine>& lines, std::string_view category) {
    double sum = 0;
    for (const BomLine& l : lines)
        if (l.category == category) sum += l.quantity;
    return sum;
}

const BomLine* find(const std::vector<BomLine>& lines, std::string_view category, std::string_view part) {
    for (const BomLine& l : lines)
        if (l.category == category && l.part == part) return &l;
    return nullptr;
}

TEST(BillOfMaterials, CountsEveryObjectOnceAndCablesByTheirRoutedPart) {
    const Model m = generateExample("superpod-h100-1su.json");
    const RoutingResult routes = Router(m, catalog()).routeAll();
    const auto lines = billOfMaterials(m, catalog(), &routes);

    EXPECT_EQ(total(lines, "rack"), static_cast<double>(m.racks().size()));
    EXPECT_EQ(total(lines, "device"), static_cast<double>(m.devices().size()));
    EXPECT_EQ(total(lines, "transceiver"), static_cast<double>(m.transceivers().size()));
    EXPECT_EQ(total(lines, "cable"), static_cast<double>(m.cables().size()));
    const BomLine* dgx = find(lines, "device", "nvidia-dgx-h100");
    ASSERT_NE(dgx, nullptr);
    EXPECT_EQ(dgx->quantity, 31);
    EXPECT_EQ(dgx->description, "NVIDIA DGX H100");
    EXPECT_EQ(dgx->unit, BomUnit::Each);

    // Each routed cable's chosen SKU, counted independently of the report.
    std::map<std::string, double> perSku;
    std::size_t withoutPart = 0;
    m.cables().forEach([&](CableId id, const Cable&) {
        const CableRoute* r = routes.find(id);
        if (r && r->sku != kNoRoute) ++perSku[routes.skus[r->sku]];
        else ++withoutPart;
    });
    ASSERT_FALSE(perSku.empty());
    for (const auto& [sku, n] : perSku) {
        const BomLine* line = find(lines, "cable", sku);
        ASSERT_NE(line, nullptr) << sku;
        EXPECT_EQ(line->quantity, n) << sku;
    }
    double listedWithoutPart = 0;
    for (const BomLine& l : lines)
        if (l.category == "cable" && l.part.empty()) listedWithoutPart += l.quantity;
    EXPECT_EQ(listedWithoutPart, static_cast<double>(withoutPart));

    double trayMetres = 0;
    m.trays().forEach([&](TrayId, const TraySegment& t) {
        trayMetres += std::hypot(double(t.b.x - t.a.x), double(t.b.y - t.a.y), double(t.b.z - t.a.z)) / 1000.0;
    });
    EXPECT_NEAR(total(lines, "tray"), trayMetres, 1e-6);
    EXPECT_EQ(total(lines, "nvlink"), 0) << "DGX H100 NVLink is on the board: no in-rack NVLink line";
    // The rated power chain: one UPS block per feed, a busway per panel, a tap-off per circuit.
    EXPECT_EQ(total(lines, "power"), static_cast<double>(m.feeds().size() + m.panels().size() + m.circuits().size()));
    const BomLine* taps = find(lines, "power", "busway-tap-415v-3ph-63a");
    ASSERT_NE(taps, nullptr);
    EXPECT_EQ(taps->quantity, static_cast<double>(m.circuits().size()));
}

// Optics follow the media the router chose: a single-mode cable swaps the multimode optics at its
// ends for the catalog's single-mode equivalents; copper or AOC needs none.
TEST(BillOfMaterials, OpticsFollowTheRoutedMedia) {
    const Model m = generateExample("superpod-h100-1su.json");
    const RoutingResult routes = Router(m, catalog()).routeAll();
    const auto asRouted = billOfMaterials(m, catalog(), &routes);
    ASSERT_NE(find(asRouted, "transceiver", "nvidia-osfp-2xsr4-800g-twin"), nullptr);
    const double twins = find(asRouted, "transceiver", "nvidia-osfp-2xsr4-800g-twin")->quantity;
    EXPECT_EQ(find(asRouted, "transceiver", "nvidia-osfp-2xdr4-800g-twin"), nullptr) << "every run here fits multimode";

    RoutingResult singleMode = routes;
    for (CableRoute& c : singleMode.cables)
        if (c.media == Media::MultimodeFiber) c.media = Media::SinglemodeFiber;
    const auto sm = billOfMaterials(m, catalog(), &singleMode);
    EXPECT_EQ(total(sm, "transceiver"), total(asRouted, "transceiver")) << "swapped, not added or dropped";
    EXPECT_EQ(find(sm, "transceiver", "nvidia-osfp-2xsr4-800g-twin"), nullptr);
    ASSERT_NE(find(sm, "transceiver", "nvidia-osfp-2xdr4-800g-twin"), nullptr) << "MPO single-mode twin, not the LC FR4";
    EXPECT_EQ(find(sm, "transceiver", "nvidia-osfp-2xdr4-800g-twin")->quantity, twins);
    // QSFP112 host cages take the single-mode QSFP112 DR4 in place of the SR4, one for one.
    ASSERT_NE(find(asRouted, "transceiver", "nvidia-qsfp112-sr4-400g"), nullptr);
    EXPECT_EQ(find(sm, "transceiver", "nvidia-qsfp112-sr4-400g"), nullptr);
    ASSERT_NE(find(sm, "transceiver", "nvidia-qsfp112-dr4-400g"), nullptr);
    EXPECT_EQ(find(sm, "transceiver", "nvidia-qsfp112-dr4-400g")->quantity,
              find(asRouted, "transceiver", "nvidia-qsfp112-sr4-400g")->quantity);

    RoutingResult copper = routes;
    for (CableRoute& c : copper.cables)
        if (c.media == Media::MultimodeFiber) c.media = Media::Dac;
    EXPECT_EQ(total(billOfMaterials(m, catalog(), &copper), "transceiver"), 0) << "DACs plug straight into the cages";
}

// A single-mode run ordered as duplex-LC (past DR4's 500 m) takes the optic that fibre lists: the
// twin-port 2xFR4, not the MPO 2xDR4.
TEST(BillOfMaterials, DuplexLcFibreTakesFr4Optics) {
    const Model m = generateExample("superpod-h100-1su.json");
    const RoutingResult routes = Router(m, catalog()).routeAll();
    std::vector<std::string> optic(m.ports().capacity());
    m.transceivers().forEach([&](TransceiverId, const Transceiver& t) { optic[t.port.value] = std::string(m.text(t.catalog)); });
    RoutingResult longRuns = routes;
    const auto lc = static_cast<std::uint32_t>(longRuns.skus.size());
    longRuns.skus.push_back("smf-lc-duplex-os2-750m");
    std::size_t switchToSwitch = 0;
    m.cables().forEach([&](CableId id, const Cable& c) {
        const Link& l = m.links()[c.first];
        CableRoute& r = longRuns.cables[id.value];
        if (r.media != Media::MultimodeFiber || optic[l.a.value] != "nvidia-osfp-2xsr4-800g-twin" ||
            optic[l.b.value] != "nvidia-osfp-2xsr4-800g-twin")
            return;
        r.media = Media::SinglemodeFiber;
        r.sku = lc;
        ++switchToSwitch;
    });
    ASSERT_GT(switchToSwitch, 0U);
    const auto bom = billOfMaterials(m, catalog(), &longRuns);
    ASSERT_NE(find(bom, "transceiver", "nvidia-osfp-2xfr4-800g-twin"), nullptr);
    EXPECT_EQ(find(bom, "transceiver", "nvidia-osfp-2xdr4-800g-twin"), nullptr) << "an LC fibre never meets an MPO optic";
    EXPECT_EQ(total(bom, "transceiver"), total(billOfMaterials(m, catalog(), &routes), "transceiver"));
}

TEST(BillOfMaterials, WithoutRoutesCablesAreListedAsNeedingAPart) {
    const Model m = generateExample("superpod-h100-1su.json");
    const auto lines = billOfMaterials(m, catalog(), nullptr);
    EXPECT_EQ(total(lines, "cable"), static_cast<double>(m.cables().size())) << "no cable dropped";
    bool sawGap = false;
    for (const BomLine& l : lines)
        if (l.category == "cable" && l.part.empty()) {
            sawGap = true;
            EXPECT_NE(l.description.find("no part yet"), std::string::npos) << l.description;
        }
    EXPECT_TRUE(sawGap);
}

TEST(BillOfMaterials, Gb200RacksBringTheirNvlinkSpineLinks) {
    const Model m = generateExample("gb200-nvl72-su.json");
    const auto lines = billOfMaterials(m, catalog(), nullptr);
    // hardware-facts: 1,296 NVLink links per NVL72 rack; the example has 8 racks.
    EXPECT_EQ(total(lines, "nvlink"), 8 * 1296);
    const BomLine* nvlink = nullptr;
    for (const BomLine& l : lines)
        if (l.category == "nvlink") nvlink = &l;
    ASSERT_NE(nvlink, nullptr);
    EXPECT_EQ(nvlink->unit, BomUnit::Link);
}

TEST(BillOfMaterials, CsvHasAHeaderQuotesWhereNeededAndPrintsUnits) {
    const std::vector<BomLine> lines = {{"rack", "r1", "Vendor \"X\", 48U", 3, BomUnit::Each},
                                        {"tray", "t1", "Tray", 12.3456, BomUnit::Metre}};
    std::ostringstream out;
    writeBomCsv(out, lines);
    EXPECT_EQ(out.str(), "category,part,description,quantity,unit\n"
                         "rack,r1,\"Vendor \"\"X\"\", 48U\",3,ea\n"
                         "tray,t1,Tray,12.35,m\n");
}

// The BOM CSV is opened in Excel: a text cell starting with = + - @ is a formula there (CSV
// injection), so it is written with a leading apostrophe; quantities stay numbers.
TEST(BillOfMaterials, CsvEscapesCellsASpreadsheetWouldRunAsFormulas) {
    const std::vector<BomLine> lines = {{"device", "=HYPERLINK(\"http://x\",\"y\")", "+1 spare", 2, BomUnit::Each},
                                        {"power", "@SUM(A1)", "-48V, DC shelf", 1, BomUnit::Each},
                                        {"tray", "t-1", "a=b", 1.5, BomUnit::Metre}};
    std::ostringstream out;
    writeBomCsv(out, lines);
    EXPECT_EQ(out.str(), "category,part,description,quantity,unit\n"
                         "device,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+1 spare,2,ea\n"
                         "power,'@SUM(A1),\"'-48V, DC shelf\",1,ea\n"
                         "tray,t-1,a=b,1.50,m\n");
}

}  // namespace
}  // namespace rw
