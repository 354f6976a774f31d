// In-rack CDUs against their rack's heat to liquid at the site's water temperature, with the
// shipped figures: eight Supermicro HGX H100 4U liquid-cooled servers send 8 x 8.4 = 67.2 kW to
// liquid; Supermicro's in-rack CDU removes 100 kW at 32 degC water and 60 kW at 40 degC.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "power/CoolingCheck.h"
#include "power/CoolingNetworkFromModel.h"
#include "project/NewProject.h"
#include "support/ShippedCatalog.h"

namespace rw::power {
namespace {

struct ColossusRack {
    Model m = newProject("Cooling");
    CoolingId cdu;
    ColossusRack() {
        const HallId hall = m.halls().ids().front();
        const RackId rack = m.racks().add({hall, {}, m.strings.intern("supermicro-48u-600x1200"), "r001", {3000, 3000},
                                           Rotation::R0, RackRole::Compute});
        const DeviceId unit = m.devices().add({rack, m.strings.intern("supermicro-cdu-4u-inrack"), "r001-cdu", 1, Face::Front,
                                               DeviceRole::Cdu});
        for (int n = 0; n < 8; ++n)
            m.devices().add({rack, m.strings.intern("supermicro-hgx-h100-4u-liquid"), fmt::format("r001-n0{}", n + 1),
                             static_cast<std::uint8_t>(5 + 4 * n), Face::Front, DeviceRole::GpuNode});
        cdu = m.coolingUnits().add({hall, m.strings.intern("supermicro-cdu-4u-inrack"), "r001-cdu", CoolingKind::Cdu,
                                    {3000, 3000}, Rotation::R0, 100.0, unit});
        // A CDU on the floor serving the hall (no row): the rack's liquid heat goes to its own in-rack CDU first.
        m.coolingUnits().add({hall, m.strings.intern("vertiv-liebert-xdu1350"), "row1-cdu", CoolingKind::Cdu, {9000, 3000},
                              Rotation::R0, 1350.0, {}});
    }
    /// Errors and warnings only; the notes are checked on their own below.
    std::vector<Finding> at(double waterC) const {
        Model warmer = m;
        warmer.halls()[warmer.halls().ids().front()].waterSupplyC = waterC;
        std::vector<Finding> out;
        for (Finding& f : checkCooling(warmer, test::shippedCatalog()))
            if (f.severity != Severity::Info) out.push_back(std::move(f));
        return out;
    }
};

TEST(CoolingCheck, InRackCduHoldsAt32DegreesWater) {
    const ColossusRack r;
    EXPECT_TRUE(r.at(32).empty());
    EXPECT_TRUE(r.at(36).empty());  // 80 kW on the curve
}

TEST(CoolingCheck, InRackCduIsOverCapacityAt40DegreesWater) {
    const ColossusRack r;
    const auto findings = r.at(40);
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].severity, Severity::Error);
    EXPECT_EQ(findings[0].source, FindingSource::Cooling);
    EXPECT_EQ(findings[0].kind, EntityKind::Cooling);
    EXPECT_EQ(findings[0].id, r.cdu.value);
    EXPECT_EQ(findings[0].message, "in-rack CDU r001-cdu must remove 67.2 kW of heat to liquid from rack r001; at 40 degC "
                                   "water it is rated 60.0 kW (its catalog capacity curve)");
    // The curve crosses 67.2 kW at 38.56 degC: 100 - 5 kW/degC x 6.56.
    EXPECT_TRUE(r.at(38.5).empty());
    EXPECT_EQ(r.at(38.6).size(), 1U);
}

TEST(CoolingCheck, WaterOutsideTheCurveIsNotGuessed) {
    const ColossusRack r;
    const auto findings = r.at(45);
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].severity, Severity::Warning);
    EXPECT_EQ(findings[0].message, "in-rack CDU r001-cdu has no capacity figure at 45 degC water (its curve covers 32-40 "
                                   "degC): rack r001's 67.2 kW of heat to liquid is not checked");
}

TEST(CoolingCheck, NotesTheRackLostWithItsCduAndTheUncheckedAirHeat) {
    const ColossusRack r;
    std::vector<std::string> notes;
    for (const Finding& f : checkCooling(r.m, test::shippedCatalog()))
        if (f.severity == Severity::Info) notes.push_back(f.message);
    // Air: 8 x 2.1 kW from the servers + the CDU's 1.5 kW (its entry has no split: all to air).
    EXPECT_EQ(notes, (std::vector<std::string>{
                         "hall Hall 1: 18.3 kW of heat to air from 1 rack and no air unit or rear door serves it: room air "
                         "cooling is not checked",
                         "hall Hall 1: 1 rack relies on one in-rack CDU (e.g. r001-cdu): losing the unit loses its rack, "
                         "whose heat to liquid has nowhere else to go; the unit's own redundancy: N+1 hot-swap pumps"}));
}

}  // namespace
}  // namespace rw::power
