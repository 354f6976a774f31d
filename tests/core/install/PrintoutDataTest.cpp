// The printouts' data, without Qt: label stocks read strictly, TIA-606 end identifiers and label
// texts (same text at both ends, near end first), ZPL field escaping, and work orders that cover
// every planned cable once, with one crew each and cables in pull order.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <unistd.h>

#include "install/CableLabels.h"
#include "install/InstallPlan.h"
#include "install/LabelStock.h"
#include "install/WorkOrders.h"
#include "RoutedSuperpod.h"
#include "support/ShippedCatalog.h"
#include "util/Errors.h"

namespace rw {
namespace {

using namespace install;

const InstallPlan& plan() {
    static const InstallPlan p = [] {
        PlanSettings s;
        s.crews = {2, 2, 2, 3, 3, 1};
        return planInstall(test::routedSuperpod().model, test::routedSuperpod().routing, loadShippedLabourRates(), s);
    }();
    return p;
}

std::string writeTemp(const std::string& name, const std::string& text) {
    const auto file = std::filesystem::temp_directory_path() / (std::to_string(::getpid()) + "-" + name);
    std::ofstream(file) << text;
    return file.string();
}

TEST(LabelStocks, ShippedFileLoadsWithSourcesAndADefault) {
    const LabelStocks stocks = loadShippedLabelStocks();
    const LabelStock& roll = stocks.get(stocks.defaultId);
    EXPECT_EQ(roll.id, "te-sbp100375");
    EXPECT_DOUBLE_EQ(roll.widthMm, 38.0);
    EXPECT_DOUBLE_EQ(roll.heightMm, 25.4);
    EXPECT_EQ(roll.labelsPerPage(), 1);
    for (const LabelStock& s : stocks.stocks) EXPECT_FALSE(s.source.empty()) << s.id;
    const LabelStock& sheet = stocks.get("a4-sheet-38x25");
    EXPECT_EQ(sheet.labelsPerPage(), 50);
    EXPECT_EQ(sheet.slotOrigin(6), (std::pair<double, double>{10.0 + 38.0, 21.5 + 25.4}));
}

TEST(LabelStocks, WrongFieldsAndUnknownStocksNameThePlace) {
    const std::string bad = writeTemp("stocks.json", R"({"version":1,"default":"x","stocks":[{"id":"x","name":"n",
        "width_mm":"wide","height_mm":20,"dpi":300,"source":"s"}]})");
    try {
        (void)loadLabelStocks(bad);
        FAIL();
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("$.stocks[0].width_mm"), std::string::npos) << e.what();
    }
    const std::string overflowing = writeTemp("stocks2.json", R"({"version":1,"default":"x","stocks":[{"id":"x","name":"n",
        "width_mm":50,"height_mm":20,"dpi":300,"source":"s","sheet":{"page_width_mm":100,"page_height_mm":100,"columns":3,
        "rows":1,"left_mm":0,"top_mm":0,"pitch_x_mm":50,"pitch_y_mm":20}}]})");
    EXPECT_THROW((void)loadLabelStocks(overflowing), InputError);
    EXPECT_THROW((void)loadShippedLabelStocks().get("nope"), InputError);
}

TEST(CableLabels, BothEndsCarryTheSameIdentifiersNearEndFirst) {
    const Model& m = test::routedSuperpod().model;
    const std::vector<CableId> cables = labelledCables(m);
    ASSERT_EQ(cables.size(), m.cables().size());
    const std::regex end(R"(HALL1\.[A-Z0-9-]+-\d{2}:[^/]+)");
    for (std::size_t i = 0; i < cables.size(); i += 37) {
        const auto labels = cableLabels(m, test::shippedCatalog(), cables[i]);
        EXPECT_EQ(labels[0].cableId, "CBL" + std::to_string(cables[i].value));
        EXPECT_EQ(labels[0].nearEnd, labels[1].farEnd);
        EXPECT_EQ(labels[0].farEnd, labels[1].nearEnd);
        EXPECT_EQ(labels[0].text(), labels[0].nearEnd + "/" + labels[0].farEnd);
        EXPECT_TRUE(std::regex_match(labels[0].nearEnd, end)) << labels[0].nearEnd;
        EXPECT_TRUE(std::regex_match(labels[1].nearEnd, end)) << labels[1].nearEnd;
    }
}

TEST(CableLabels, SpaceIdentifierDropsWhatWouldSplitTheIdentifier) {
    Model m;
    Hall h;
    h.name = "Hall 2.b/west";
    const HallId id = m.halls().add(h);
    EXPECT_EQ(spaceIdentifier(m, id), "HALL2BWEST");
}

TEST(CableLabels, ZplHasOneFormatPerLabelAndEscapesFieldData) {
    const Model& m = test::routedSuperpod().model;
    const std::vector<CableId> all = labelledCables(m);
    const std::vector<CableId> few(all.begin(), all.begin() + 3);
    std::ostringstream out;
    writeZpl(out, m, test::shippedCatalog(), few, loadShippedLabelStocks().get("te-sbp100375"));
    const std::string zpl = out.str();
    std::size_t formats = 0;
    for (std::size_t at = zpl.find("^XA"); at != std::string::npos; at = zpl.find("^XA", at + 1)) ++formats;
    EXPECT_EQ(formats, 6u);
    EXPECT_NE(zpl.find("^PW449"), std::string::npos) << "38 mm at 300 dpi";
    EXPECT_NE(zpl.find("^LL300"), std::string::npos) << "25.4 mm at 300 dpi";
    EXPECT_EQ(zpl.find("^FDMA,CBL" + std::to_string(few[0].value) + "^FS") == std::string::npos, false);
}

TEST(WorkOrders, CoverEveryPlannedCableOnceWithOneCrewAndPullOrder) {
    const Model& m = test::routedSuperpod().model;
    const RoutingResult& routes = test::routedSuperpod().routing;
    const std::vector<WorkOrder> orders = buildWorkOrders(plan(), m, routes);
    std::set<std::uint32_t> planned, seen;
    for (const WorkPackage& p : plan().work.packages)
        for (CableId c : p.cables) planned.insert(c.value);
    for (const WorkOrder& w : orders) {
        ASSERT_EQ(w.parts.size(), w.packages.size());
        for (std::size_t k = 0; k < w.packages.size(); ++k) {
            const int p = w.packages[k];
            EXPECT_EQ(plan().crewName(p), w.crew);
            EXPECT_EQ(plan().pieces(p)[static_cast<std::size_t>(w.parts[k].piece - 1)].day + 1, w.day);
        }
        // Pull order within each package's share: a route's bundle together, longest first.
        std::size_t at = 0;
        for (std::size_t k = 0; k < w.packages.size(); ++k) {
            const std::size_t n = w.parts[k].cables;
            for (std::size_t i = at + 1; i < at + n; ++i) {
                const CableRoute* a = routes.find(w.cables[i - 1]);
                const CableRoute* b = routes.find(w.cables[i]);
                ASSERT_TRUE(a && b);
                EXPECT_LE(a->route, b->route);
                if (a->route == b->route) {
                    EXPECT_GE(a->orderedMm, b->orderedMm);
                }
            }
            at += n;
        }
        for (CableId c : w.cables) EXPECT_TRUE(seen.insert(c.value).second) << "cable " << c.value << " on two orders";
    }
    EXPECT_EQ(seen, planned);
}

TEST(WorkOrders, APackageCrossingTheShiftEndGoesOnTheNextDaysOrderWithTheCablesLeft) {
    PlanSettings s;
    s.crews = {2, 2, 2, 3, 3, 1};
    s.shiftHours = 2;
    const InstallPlan split = planInstall(test::routedSuperpod().model, test::routedSuperpod().routing, loadShippedLabourRates(), s);
    const std::vector<WorkOrder> orders = buildWorkOrders(split, test::routedSuperpod().model, test::routedSuperpod().routing);
    // A cable package split over days: on one order per day, same crew, cables shared out once each.
    int package = -1;
    for (int i = 0; i < split.packageCount() && package < 0; ++i)
        if (split.pieces(i).size() > 1 && split.work.packages[i].cables.size() > 1) package = i;
    ASSERT_GE(package, 0);
    const std::vector<WorkCalendar::Piece> pieces = split.pieces(package);
    std::vector<int> days;
    std::set<std::uint32_t> cables;
    for (const WorkOrder& w : orders) {
        std::size_t at = 0;
        for (std::size_t k = 0; k < w.packages.size(); ++k) {
            if (w.packages[k] == package) {
                EXPECT_EQ(w.crew, split.crewName(package));
                EXPECT_EQ(w.parts[k].pieces, static_cast<int>(pieces.size()));
                days.push_back(w.day);
                for (std::size_t c = at; c < at + w.parts[k].cables; ++c) EXPECT_TRUE(cables.insert(w.cables[c].value).second);
            }
            at += w.parts[k].cables;
        }
    }
    std::vector<int> expected;
    for (const WorkCalendar::Piece& piece : pieces) expected.push_back(piece.day + 1);
    EXPECT_EQ(days, expected);
    EXPECT_EQ(cables.size(), split.work.packages[package].cables.size());
}

TEST(WorkOrders, FilterByCrewAndDayAndRefuseUnknownOnes) {
    // The first day fibre-02 works (cabling waits for the survey, busways, racks and power-on).
    const std::vector<WorkOrder> all = buildWorkOrders(plan(), test::routedSuperpod().model, test::routedSuperpod().routing, {});
    int day = 0;
    for (const WorkOrder& w : all)
        if (w.crew == "fibre-02" && (day == 0 || w.day < day)) day = w.day;
    ASSERT_GT(day, 0) << "fibre-02 has work";
    const std::vector<WorkOrder> orders =
        buildWorkOrders(plan(), test::routedSuperpod().model, test::routedSuperpod().routing, {std::string("fibre-02"), day});
    ASSERT_FALSE(orders.empty());
    for (const WorkOrder& w : orders) {
        EXPECT_EQ(w.crew, "fibre-02");
        EXPECT_EQ(w.day, day);
    }
    EXPECT_NO_THROW(checkWorkOrderFilter(plan(), {std::string("fibre-03"), 1}));
    EXPECT_THROW(checkWorkOrderFilter(plan(), {std::string("fibre-04"), std::nullopt}), InputError);
    EXPECT_THROW(checkWorkOrderFilter(plan(), {std::string("welder-01"), std::nullopt}), InputError);
    EXPECT_THROW(checkWorkOrderFilter(plan(), {std::nullopt, plan().workingDays() + 1}), InputError);
    EXPECT_THROW(checkWorkOrderFilter(plan(), {std::nullopt, 0}), InputError);
}

TEST(WorkOrders, CutsheetRowHasBothEndsLengthTrayPathAndLabel) {
    const Model& m = test::routedSuperpod().model;
    const RoutingResult& routes = test::routedSuperpod().routing;
    // A cable routed through the trays (not one inside a rack), from whichever order has one.
    CableId cable;
    for (const WorkOrder& w : buildWorkOrders(plan(), m, routes))
        for (CableId c : w.cables)
            if (!cable && routes.find(c)->status == RouteStatus::Routed) cable = c;
    ASSERT_TRUE(cable);
    const CutsheetRow row = cutsheetRow(m, test::shippedCatalog(), routes, cable, 1);
    EXPECT_EQ(row.cableId, cableIdText(cable));
    EXPECT_FALSE(row.aRack.empty());
    EXPECT_FALSE(row.bPort.empty());
    EXPECT_GT(row.orderedMetres, 0.0);
    EXPECT_EQ(row.trayPath.substr(0, 1), "T");
    EXPECT_EQ(row.label, cableLabels(m, test::shippedCatalog(), cable)[0].text());
}

TEST(WorkOrders, TrayPathWritesRunsOfConsecutiveSegmentsAsTheirEnds) {
    const auto ids = [](std::initializer_list<std::uint32_t> v) {
        std::vector<TrayId> out;
        for (std::uint32_t x : v) out.push_back(TrayId{x});
        return out;
    };
    EXPECT_EQ(compactTrayPath(ids({54, 55, 56, 57, 80, 81, 3})), "T54-T57 T80 T81 T3");
    EXPECT_EQ(compactTrayPath(ids({7})), "T7");
    EXPECT_EQ(compactTrayPath({}), "");
}

}  // namespace
}  // namespace rw
