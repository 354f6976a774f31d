// In-rack CDU loads as figures and the what-if of losing one: eight Supermicro HGX H100 4U
// liquid-cooled servers send 8 x 8.4 = 67.2 kW to liquid; Supermicro's in-rack CDU removes
// 100 kW at 32 degC water, 60 kW at 40 degC (shipped catalog figures).
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "power/InRackCduLoads.h"
#include "project/NewProject.h"
#include "support/ShippedCatalog.h"

namespace rw::power {
namespace {

/// One rack of eight liquid-cooled HGX H100 with `units` in-rack CDUs.
struct RackWithCdus {
    Model m = newProject("CDU loads");
    RackId rack;
    std::vector<CoolingId> cdus;
    explicit RackWithCdus(int units) {
        const HallId hall = m.halls().ids().front();
        rack = m.racks().add({hall, {}, m.strings.intern("supermicro-48u-600x1200"), "r007", {3000, 3000}, Rotation::R0,
                              RackRole::Compute});
        for (int u = 0; u < units; ++u) {
            const std::string name = fmt::format("r007-cdu{}", u + 1);
            const DeviceId device = m.devices().add({rack, m.strings.intern("supermicro-cdu-4u-inrack"), name,
                                                     static_cast<std::uint8_t>(1 + 4 * u), Face::Front, DeviceRole::Cdu});
            cdus.push_back(m.coolingUnits().add({hall, m.strings.intern("supermicro-cdu-4u-inrack"), name, CoolingKind::Cdu,
                                                 {3000, 3000}, Rotation::R0, 100.0, device}));
        }
        for (int n = 0; n < 8; ++n)
            m.devices().add({rack, m.strings.intern("supermicro-hgx-h100-4u-liquid"), fmt::format("r007-n{}", n + 1),
                             static_cast<std::uint8_t>(9 + 4 * n), Face::Front, DeviceRole::GpuNode});
    }
};

TEST(InRackCduLoads, OneUnitCarriesTheRackAtItsWaterTemperature) {
    const RackWithCdus r(1);
    const auto at32 = inRackCduLoads(r.m, test::shippedCatalog(), {32});
    ASSERT_EQ(at32.size(), 1U);
    EXPECT_EQ(at32[0].rack, r.rack);
    EXPECT_NEAR(at32[0].loadKw, 67.2, 1e-9);
    ASSERT_TRUE(at32[0].capacityKw);
    EXPECT_NEAR(*at32[0].capacityKw, 100.0, 1e-9);
    EXPECT_NEAR(*inRackCduLoads(r.m, test::shippedCatalog(), {40})[0].capacityKw, 60.0, 1e-9);
    EXPECT_FALSE(inRackCduLoads(r.m, test::shippedCatalog(), {45})[0].capacityKw) << "outside the curve: no figure";
}

TEST(InRackCduLoads, LosingTheOnlyUnitLosesTheRacksCooling) {
    const RackWithCdus r(1);
    const auto loads = inRackCduLoads(r.m, test::shippedCatalog());
    const auto found = inRackCduLoss(r.m, loads, r.cdus[0]);
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].kind, EntityKind::Rack);
    EXPECT_EQ(found[0].id, r.rack.value);
    EXPECT_EQ(found[0].message, "with in-rack CDU r007-cdu1 lost, rack r007 loses its liquid cooling: 67.2 kW of heat to "
                                "liquid and no other unit in the rack");
}

TEST(InRackCduLoads, TwoUnitsShareTheRackAndTheSurvivorCarriesIt) {
    const RackWithCdus r(2);
    const auto loads = inRackCduLoads(r.m, test::shippedCatalog(), {32});
    ASSERT_EQ(loads.size(), 2U);
    EXPECT_NEAR(loads[0].loadKw, 33.6, 1e-9);
    // At 32 degC the survivor takes 67.2 kW of its 100 kW: nothing trips.
    EXPECT_TRUE(inRackCduLoss(r.m, loads, r.cdus[0]).empty());
    // At 40 degC it is rated 60 kW: it cannot.
    const auto hot = inRackCduLoads(r.m, test::shippedCatalog(), {40});
    const auto found = inRackCduLoss(r.m, hot, r.cdus[0]);
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].kind, EntityKind::Cooling);
    EXPECT_EQ(found[0].id, r.cdus[1].value);
    EXPECT_EQ(found[0].message, "with in-rack CDU r007-cdu1 lost, in-rack CDU r007-cdu2 must remove 67.2 kW of heat to "
                                "liquid from rack r007; it is rated 60.0 kW");
}

}  // namespace
}  // namespace rw::power
