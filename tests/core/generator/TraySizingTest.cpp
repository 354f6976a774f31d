// Generated trays are sized from the cables that use them: the smallest catalog part within the
// design fill and load rating, so a generated design routes without congestion negotiation.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>

#include <cmath>
#include <filesystem>
#include <set>

#include "catalog/Catalog.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "generator/TraySizing.h"
#include "router/Router.h"
#include "router/RoutingWorld.h"
#include "support/ShippedCatalog.h"

namespace rw {
namespace {

const Catalog& shipped() { return test::shippedCatalog(); }

Model generateExample(const std::string& name) {
    const auto file = std::filesystem::path(RACKWEAVE_TEST_DATA) / ".." / ".." / "examples" / name;
    return generate(parseSpecFile(file, shipped()), shipped()).model;
}

double usable(const CatalogEntry& part, int fill) { return part.tray->widthMm * part.tray->depthMm * fill / 100.0; }

TEST(TraySizing, PartsAreTheKindsPreferredStyleSmallestFirst) {
    const auto fibre = trayPartsFor(shipped(), TrayKind::Fiber);
    const auto data = trayPartsFor(shipped(), TrayKind::Data);
    ASSERT_GE(fibre.size(), 2U);
    ASSERT_GE(data.size(), 2U);
    EXPECT_EQ(fibre.front()->tray->style, TrayStyle::WireBasket);
    EXPECT_EQ(data.front()->tray->style, TrayStyle::Ladder);
    for (const auto* list : {&fibre, &data})
        for (std::size_t i = 1; i < list->size(); ++i)
            if ((*list)[i]->tray->style == (*list)[i - 1]->tray->style) {
                EXPECT_LE(usable(*(*list)[i - 1], 40), usable(*(*list)[i], 40)) << (*list)[i]->id;
            }
}

TEST(TraySizing, SmallestPartHoldsTheDemandWithinFillAndLoad) {
    const auto parts = trayPartsFor(shipped(), TrayKind::Fiber);
    // Nothing to carry: the smallest part.
    EXPECT_EQ(smallestTrayFor(parts, {}, 40), parts.front());
    // Just more than the smallest part holds at 40 %: the next one up, which holds it.
    const TrayDemand justOver{usable(*parts.front(), 40) + 1.0, 0.0};
    const CatalogEntry* next = smallestTrayFor(parts, justOver, 40);
    ASSERT_NE(next, nullptr);
    EXPECT_NE(next, parts.front());
    EXPECT_GE(usable(*next, 40), justOver.areaMm2);
    // The same cross-section at a 50 % fill fits the smallest part again.
    EXPECT_EQ(smallestTrayFor(parts, TrayDemand{usable(*parts.front(), 40) + 1.0, 0.0}, 50), parts.front());
    // Too heavy for a wire basket: a part rated for the load (a ladder tray).
    double basketLoad = 0.0;
    for (const CatalogEntry* e : parts)
        if (e->tray->style == TrayStyle::WireBasket) basketLoad = std::max(basketLoad, e->tray->loadKgPerM);
    const CatalogEntry* heavy = smallestTrayFor(parts, TrayDemand{100.0, basketLoad + 1.0}, 40);
    ASSERT_NE(heavy, nullptr);
    EXPECT_GE(heavy->tray->loadKgPerM, basketLoad + 1.0);
    // More than any part holds: none.
    EXPECT_EQ(smallestTrayFor(parts, TrayDemand{1e9, 0.0}, 40), nullptr);
}

TEST(TraySizing, GeneratedTraysAreTheSmallestThatCarryTheirCables) {
    const Model m = generateExample("superpod-h100-4su.json");
    const RoutingResult r = Router(m, shipped()).routeAll();
    EXPECT_FALSE(r.negotiated);
    EXPECT_TRUE(overfilledSegments(m, shipped(), r).empty());
    const std::vector<TrayDemand> demand = trayDemand(m, shipped(), r);
    std::set<std::string> partsUsed;
    std::size_t carrying = 0;
    m.trays().forEach([&](TrayId id, const TraySegment& s) {
        const CatalogEntry* part = shipped().find(m.text(s.catalog));
        ASSERT_NE(part, nullptr) << id.value;
        partsUsed.insert(part->id);
        const TrayDemand& d = demand[id.value];
        carrying += d.areaMm2 > 0;
        EXPECT_LE(d.areaMm2, double(s.widthMm) * s.depthMm * s.maxFillPercent / 100.0) << id.value;
        EXPECT_LE(d.kgPerM, s.maxLoadKgPerM) << id.value;
        // No smaller part of the kind's list would hold it.
        EXPECT_EQ(smallestTrayFor(trayPartsFor(shipped(), s.kind), d, s.maxFillPercent), part) << id.value << " " << part->id;
    });
    EXPECT_GT(carrying, 10U);
    EXPECT_GT(partsUsed.size(), 1U);  // sized, not one part everywhere
}

TEST(TraySizing, GeneratedDesignRoutesEveryCableWithoutNegotiation) {
    for (const char* name : {"superpod-h100-1su.json", "superpod-h100-4su.json", "gb200-nvl72-su.json"}) {
        const Model m = generateExample(name);
        Router router(m, shipped());
        const RoutingResult r = router.routeAll();
        EXPECT_FALSE(r.negotiated) << name;
        EXPECT_TRUE(overfilledSegments(m, shipped(), r).empty()) << name;
        std::size_t unrouted = 0, power = 0;
        m.cables().forEach([&](CableId id, const Cable& c) {
            const CableRoute& cr = r.cables[id.value];
            if (cr.status == RouteStatus::Unrouted) {
                ++unrouted;
                ADD_FAILURE() << name << ": cable " << id.value << " unrouted: " << toString(cr.reason);
                return;
            }
            EXPECT_GE(cr.orderedMm, cr.lengthMm) << name << " cable " << id.value;
            if (c.media == Media::PowerCord) ++power;
        });
        EXPECT_EQ(unrouted, 0U) << name;
        EXPECT_GT(power, 0U) << name;
    }
}

TEST(TraySizing, PowerCordsRunToTheOutletBesideTheirPsu) {
    // A 0U PDU is a strip along the rack: every cord is in-rack and fits a catalog cord.
    const Model m = generateExample("superpod-h100-4su.json");
    const RoutingResult r = Router(m, shipped()).routeAll();
    const RoutingWorld w(m, shipped());
    std::vector<double> gaps;
    m.cables().forEach([&](CableId id, const Cable& c) {
        if (c.media != Media::PowerCord) return;
        const Link& l = m.links()[c.first];
        EXPECT_EQ(r.cables[id.value].status, RouteStatus::InRack) << id.value;
        // A cord goes to the leg that keeps the PDU's phases balanced, then to the nearest free
        // outlet of that leg: a leg's banks recur every 450 mm along the 1,800 mm strip, so the
        // outlet is at most about half the strip away and usually beside the PSU.
        gaps.push_back(std::abs(w.portHeightMm(l.a) - w.portHeightMm(l.b)));
    });
    ASSERT_GT(gaps.size(), 100U);
    std::sort(gaps.begin(), gaps.end());
    EXPECT_LT(gaps[gaps.size() / 2], 300) << "median gap";
    EXPECT_LT(gaps[gaps.size() * 9 / 10], 600) << "90th percentile";
    EXPECT_LT(gaps.back(), 1400) << "longest";
    std::printf("power cord gaps: median %.0f mm, 90th percentile %.0f mm, longest %.0f mm\n", gaps[gaps.size() / 2],
                gaps[gaps.size() * 9 / 10], gaps.back());
}

}  // namespace
}  // namespace rw
