// The cooling check over hand-built networks: row CDU groups and air units with their largest
// unit lost (N+1), air flow, heat nobody serves, the hall's declared capacity. Every figure is
// worked out in the comments.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "power/CoolingCheck.h"

namespace rw::power {
namespace {

struct Floor {
    CoolingNetwork net;
    Floor() {
        net.halls.push_back({1, "H1", 0.0, 0.0});
        net.rows.push_back({3, "R03", 0});
    }
    /// `count` racks in row R03, each sending `liquidKw` to liquid and `airKw` to air at `cfm`.
    void racks(int count, double liquidKw, double airKw = 0.0, double cfm = 0.0) {
        for (int k = 0; k < count; ++k)
            net.racks.push_back({static_cast<std::uint32_t>(100 + net.racks.size()), fmt::format("r{:03}", net.racks.size() + 1),
                                 0, 0, liquidKw * 1000, airKw * 1000, cfm});
    }
    void unit(std::string name, CoolingKind kind, double kw, ZoneIndex row = 0) {
        net.units.push_back({static_cast<std::uint32_t>(net.units.size() + 1), std::move(name), kind, CapacityCurve::flat(kw), {},
                             0, row, kNoZone});
    }
    void rowCdu(std::string name, double kw) { unit(std::move(name), CoolingKind::Cdu, kw); }
    /// A unit with its catalog flow: L/min for a CDU, CFM for an air unit.
    void unitWithFlow(std::string name, CoolingKind kind, double kw, double flow) {
        unit(std::move(name), kind, kw);
        (kind == CoolingKind::Cdu ? net.units.back().flowLpm : net.units.back().airflowCfm) = flow;
    }
    [[nodiscard]] std::vector<std::string> messages(Severity severity, const CoolingRules& rules = {}) const {
        std::vector<std::string> out;
        for (const Finding& f : checkCooling(net, rules).findings)
            if (f.severity == severity) out.push_back(f.message);
        return out;
    }
};

using Messages = std::vector<std::string>;

// 20 racks x 82 kW = 1,640 kW to liquid.
TEST(CoolingZones, RowCdusFailNPlusOneWithTheLargestLost) {
    Floor h;
    h.racks(20, 82.0);
    h.rowCdu("R03-cdu-1", 750);
    h.rowCdu("R03-cdu-2", 800);
    h.rowCdu("R03-cdu-3", 750);
    // 2,300 kW in all carries 1,640 kW; without the 800 kW unit, 1,500 kW does not.
    EXPECT_EQ(h.messages(Severity::Error),
              Messages{"row R03: with row CDU R03-cdu-2 lost (the largest, N+1), 2 CDUs remain for 1640.0 kW of heat to liquid "
                       "at 32 degC water; they are rated 1500.0 kW"});
    const auto result = checkCooling(h.net);
    ASSERT_EQ(result.findings.size(), 1U);
    EXPECT_EQ(result.findings[0].kind, EntityKind::Row);
    EXPECT_EQ(result.findings[0].id, 3U);
}

TEST(CoolingZones, RowCdusThatKeepTheLoadWithOneLostPass) {
    Floor h;
    h.racks(20, 82.0);
    for (int k = 1; k <= 3; ++k) h.rowCdu(fmt::format("R03-cdu-{}", k), 820);  // 2 x 820 = 1,640: exactly enough
    EXPECT_TRUE(checkCooling(h.net).findings.empty());
}

TEST(CoolingZones, RowCdusUnderTheLoadWithAllRunning) {
    Floor h;
    h.racks(20, 82.0);
    h.rowCdu("R03-cdu-1", 800);
    h.rowCdu("R03-cdu-2", 800);
    EXPECT_EQ(h.messages(Severity::Error),
              Messages{"row R03: 2 row CDUs are rated 1600.0 kW at 32 degC water for 1640.0 kW of heat to liquid"});
}

TEST(CoolingZones, OneRowCduHasNoPartner) {
    Floor h;
    h.racks(2, 100.0);
    h.rowCdu("R03-cdu", 1350);
    EXPECT_EQ(h.messages(Severity::Error),
              Messages{"row R03: with row CDU R03-cdu lost (the largest, N+1), no CDU remains for 200.0 kW of heat to liquid"});
}

// 3 racks x 30 kW = 90 kW on two CDUs rated 100 kW at 32 degC and 60 kW at 40 degC (80 kW at 36).
TEST(CoolingZones, RowCduCapacityFollowsTheHallsWaterTemperature) {
    Floor h;
    h.racks(3, 30.0);
    for (std::uint32_t k = 1; k <= 2; ++k)
        h.net.units.push_back({k, fmt::format("R03-cdu-{}", k), CoolingKind::Cdu, CapacityCurve::fromPoints({{32, 100}, {40, 60}}),
                               {}, 0, 0, kNoZone});
    EXPECT_TRUE(h.messages(Severity::Error).empty());  // one left: 100 kW >= 90 kW
    h.net.halls[0].waterSupplyC = 36;
    EXPECT_EQ(h.messages(Severity::Error),
              Messages{"row R03: with row CDU R03-cdu-1 lost (the largest, N+1), 1 CDU remains for 90.0 kW of heat to liquid "
                       "at 36 degC water; it is rated 80.0 kW"});
    h.net.halls[0].waterSupplyC = 0;  // not stated: the rules' temperature applies
    EXPECT_EQ(h.messages(Severity::Error, CoolingRules{36.0}).size(), 1U);
    h.net.halls[0].waterSupplyC = 45;
    EXPECT_EQ(h.messages(Severity::Warning),
              Messages{"row CDU R03-cdu-1 has no capacity figure at 45 degC water (its curve covers 32-40 degC): row R03's "
                       "90.0 kW of heat to liquid is not checked"});
}

// Air: 2 racks x 30 kW = 60 kW to air. In-row units of 35 kW each.
TEST(CoolingZones, AirUnitsFailNPlusOne) {
    Floor h;
    h.racks(2, 0.0, 30.0, 1000.0);
    h.unit("R03-crv-1", CoolingKind::AirUnit, 35);
    h.unit("R03-crv-2", CoolingKind::AirUnit, 35);
    EXPECT_EQ(h.messages(Severity::Error),
              Messages{"row R03: with air unit R03-crv-1 lost (the largest, N+1), 1 air unit remains for 60.0 kW of heat to "
                       "air at 32 degC water; it is rated 35.0 kW"});
}

// Three 35 kW units carry 60 kW with one lost (70 kW), but their air flow does not: each moves
// 3.162 x 35,000 W / 20 degF = 5,533.5 CFM, two move 11,067 CFM; the racks move 2 x 6,000.
TEST(CoolingZones, AirflowFailsWithTheLargestUnitLost) {
    Floor h;
    h.racks(2, 0.0, 30.0, 6000.0);
    for (int k = 1; k <= 3; ++k) h.unit(fmt::format("R03-crv-{}", k), CoolingKind::AirUnit, 35);
    EXPECT_EQ(h.messages(Severity::Error),
              Messages{"row R03: with air unit R03-crv-1 lost (the largest, N+1), the remaining units move 11067 CFM for the "
                       "devices' 12000 CFM of air (units with no catalog air flow estimated from their rating at a 20 degF rise)"});
    // At a 25 degF rise the units move less: 3 x 4,426.8 = 13,280 CFM still carries 12,000 normally.
    CoolingRules warmer;
    warmer.unitDeltaTF = 25;
    EXPECT_EQ(h.messages(Severity::Error, warmer).size(), 1U);
    h.net.racks[0].airCfm = h.net.racks[1].airCfm = 5000.0;  // 10,000 <= 11,067: passes
    EXPECT_TRUE(h.messages(Severity::Error).empty());
}

// 2 racks x 50 kW in a row with no CDU of its own go to the hall's CDUs: 2 x 60 kW carry 100 kW,
// one alone does not.
TEST(CoolingZones, HallWideUnitsServeRowsWithoutTheirOwn) {
    Floor h;
    h.racks(2, 50.0);
    h.unit("hall-cdu-1", CoolingKind::Cdu, 60, kNoZone);
    h.unit("hall-cdu-2", CoolingKind::Cdu, 60, kNoZone);
    const auto findings = checkCooling(h.net).findings;
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].kind, EntityKind::Hall);
    EXPECT_EQ(findings[0].message, "hall H1: with CDU hall-cdu-1 lost (the largest, N+1), 1 CDU remains for 100.0 kW of heat to "
                                   "liquid at 32 degC water; it is rated 60.0 kW");
    h.rowCdu("R03-cdu-1", 60);  // the row's own units take its racks first
    h.rowCdu("R03-cdu-2", 60);
    EXPECT_EQ(h.messages(Severity::Error),
              Messages{"row R03: with row CDU R03-cdu-1 lost (the largest, N+1), 1 CDU remains for 100.0 kW of heat to liquid "
                       "at 32 degC water; it is rated 60.0 kW"});
}

// Two in-rack CDUs of 60 kW share a 100 kW rack: together they carry it, one alone does not. A
// rack with two units is a group with N+1, not a rack lost with its one unit (no note).
TEST(CoolingZones, TwoInRackCdusAreAGroup) {
    Floor h;
    h.racks(1, 100.0);
    for (std::uint32_t k = 1; k <= 2; ++k)
        h.net.units.push_back({k, fmt::format("r001-cdu-{}", k), CoolingKind::Cdu, CapacityCurve::flat(60), {}, 0, 0, 0});
    const auto findings = checkCooling(h.net).findings;
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].kind, EntityKind::Rack);
    EXPECT_EQ(findings[0].message, "rack r001: with in-rack CDU r001-cdu-1 lost (the largest, N+1), 1 CDU remains for 100.0 kW "
                                   "of heat to liquid at 32 degC water; it is rated 60.0 kW");
    h.net.units.pop_back();  // one unit: over its rating, and the rack relies on it alone
    EXPECT_EQ(h.messages(Severity::Error),
              Messages{"in-rack CDU r001-cdu-1 must remove 100.0 kW of heat to liquid from rack r001; at 32 degC water it is "
                       "rated 60.0 kW"});
    EXPECT_EQ(h.messages(Severity::Info),
              Messages{"hall H1: 1 rack relies on one in-rack CDU (e.g. r001-cdu-1): losing the unit loses its rack, whose "
                       "heat to liquid has nowhere else to go"});
}

TEST(CoolingZones, LiquidHeatThatNoCduServesIsAnError) {
    Floor h;
    h.racks(8, 115.0, 17.0);
    EXPECT_EQ(h.messages(Severity::Error),
              Messages{"row R03: 920.0 kW of heat to liquid from 8 racks and no CDU serves them (none in the rack, for the "
                       "row or for the hall)"});
    EXPECT_EQ(h.messages(Severity::Info),
              Messages{"hall H1: 136.0 kW of heat to air from 8 racks and no air unit or rear door serves them: room air "
                       "cooling is not checked"});
}

TEST(CoolingZones, HallHeatAgainstItsDeclaredCapacity) {
    Floor h;
    h.racks(10, 80.0, 20.0);  // 800 kW to liquid, 200 kW to air
    for (int k = 1; k <= 3; ++k) h.rowCdu(fmt::format("R03-cdu-{}", k), 400);
    h.net.halls[0].coolingCapacityKw = 950;
    EXPECT_EQ(h.messages(Severity::Error),
              Messages{"hall H1: 1000.0 kW of heat (800.0 kW to liquid, 200.0 kW to air) against its declared cooling capacity "
                       "of 950 kW"});
    h.net.halls[0].coolingCapacityKw = 1000;
    EXPECT_TRUE(h.messages(Severity::Error).empty());
}

TEST(CoolingZones, BudgetPerRowAndHall) {
    Floor h;
    h.net.rows.push_back({4, "R04", 0});
    h.racks(2, 80.0, 20.0);
    h.net.racks.push_back({200, "lone", 0, kNoZone, 0.0, 5000.0, 0.0});  // standing alone: counts in the hall only
    h.rowCdu("R03-cdu-1", 200);
    h.unit("R04-crv", CoolingKind::AirUnit, 35, 1);
    h.unit("hall-crah", CoolingKind::AirUnit, 100, kNoZone);
    const CoolingCheckResult r = checkCooling(h.net);
    ASSERT_EQ(r.rows.size(), 2U);
    EXPECT_DOUBLE_EQ(r.rows[0].liquidKw, 160.0);
    EXPECT_DOUBLE_EQ(r.rows[0].airKw, 40.0);
    EXPECT_DOUBLE_EQ(r.rows[0].liquidCapacityKw, 200.0);
    EXPECT_DOUBLE_EQ(r.rows[0].airCapacityKw, 0.0);
    EXPECT_DOUBLE_EQ(r.rows[1].airCapacityKw, 35.0);
    EXPECT_DOUBLE_EQ(r.rows[1].liquidKw, 0.0);
    ASSERT_EQ(r.halls.size(), 1U);
    EXPECT_DOUBLE_EQ(r.halls[0].liquidKw, 160.0);
    EXPECT_DOUBLE_EQ(r.halls[0].airKw, 45.0);
    EXPECT_DOUBLE_EQ(r.halls[0].liquidCapacityKw, 200.0);
    EXPECT_DOUBLE_EQ(r.halls[0].airCapacityKw, 135.0);
}

// Coolant flow from the catalog: 10 racks x 82 kW = 820 kW to liquid needing 1.5 L/min per kW =
// 1,230 L/min. Three 600 kW CDUs carry the heat with one lost (1,200 kW), but at 500 L/min each
// two give 1,000 L/min: short with the largest lost. With 700 L/min each, two give 1,400: passes.
TEST(CoolingZones, CoolantFlowFailsWithTheLargestCduLost) {
    Floor h;
    h.racks(10, 82.0);
    for (auto& r : h.net.racks) r.liquidLpm = 82.0 * 1.5;
    for (int k = 1; k <= 3; ++k) h.unitWithFlow(fmt::format("R03-cdu-{}", k), CoolingKind::Cdu, 600, 500);
    EXPECT_EQ(h.messages(Severity::Error),
              Messages{"row R03: with row CDU R03-cdu-1 lost (the largest flow, N+1), the remaining CDUs give 1000 L/min for "
                       "the devices' 1230 L/min of coolant"});
    // Two 900 kW CDUs carry the heat with one lost, but 2 x 500 = 1,000 L/min < 1,230 is short
    // even with both running.
    h.net.units.pop_back();
    h.net.units[0].curve = h.net.units[1].curve = CapacityCurve::flat(900);
    EXPECT_EQ(h.messages(Severity::Error),
              Messages{"row R03: its devices need 1230 L/min of coolant and 2 row CDUs are rated 1000 L/min"});
    for (auto& u : h.net.units) u.flowLpm = 1300;
    EXPECT_TRUE(h.messages(Severity::Error).empty());
    // A unit that states no flow: not checked.
    h.net.units[0].flowLpm = 0;
    h.net.units[1].flowLpm = 10;
    EXPECT_TRUE(h.messages(Severity::Error).empty());
}

// Air flow from the catalog rather than estimated: two 35 kW units of 4,000 CFM each carry 30 kW
// of heat with one lost, but not the racks' 5,000 CFM.
TEST(CoolingZones, CatalogAirflowReplacesTheEstimate) {
    Floor h;
    h.racks(1, 0.0, 30.0, 5000.0);
    h.unitWithFlow("R03-crv-1", CoolingKind::AirUnit, 35, 4000);
    h.unitWithFlow("R03-crv-2", CoolingKind::AirUnit, 35, 4000);
    EXPECT_EQ(h.messages(Severity::Error),
              Messages{"row R03: with air unit R03-crv-1 lost (the largest, N+1), the remaining units move 4000 CFM for the "
                       "devices' 5000 CFM of air (the units' catalog air flow)"});
    // Estimated from the rating (5,533.5 CFM each) the same racks pass.
    for (auto& u : h.net.units) u.airflowCfm = 0;
    EXPECT_TRUE(h.messages(Severity::Error).empty());
}

}  // namespace
}  // namespace rw::power
