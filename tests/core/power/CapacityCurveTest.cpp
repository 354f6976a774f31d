// Cooling capacity by water temperature: linear between the catalog's points, refused outside
// them; the shipped in-rack CDU carries Supermicro's curve (100 kW at 32 degC, 60 kW at 40 degC).
#include <gtest/gtest.h>

#include <stdexcept>

#include "power/CapacityCurve.h"
#include "support/ShippedCatalog.h"

namespace rw::power {
namespace {

CapacityCurve supermicro() { return CapacityCurve::fromPoints({{32, 100}, {40, 60}}); }

TEST(CapacityCurve, InterpolatesBetweenPoints) {
    const CapacityCurve c = supermicro();
    EXPECT_DOUBLE_EQ(*c.capacityKwAt(32), 100.0);
    EXPECT_DOUBLE_EQ(*c.capacityKwAt(40), 60.0);
    EXPECT_DOUBLE_EQ(*c.capacityKwAt(36), 80.0);  // halfway
    EXPECT_DOUBLE_EQ(*c.capacityKwAt(34), 90.0);  // 100 - 2 x 5 kW per degC
    EXPECT_FALSE(c.isFlat());
    EXPECT_DOUBLE_EQ(c.minWaterC(), 32.0);
    EXPECT_DOUBLE_EQ(c.maxWaterC(), 40.0);
}

TEST(CapacityCurve, RefusesOutsideItsRange) {
    const CapacityCurve c = supermicro();
    EXPECT_EQ(c.capacityKwAt(31.9), std::nullopt);  // colder water would help, but no figure is stated
    EXPECT_EQ(c.capacityKwAt(45), std::nullopt);    // W45 water: the unit's rating is unknown, not 60 kW
}

TEST(CapacityCurve, ManyPointsPickTheirSegment) {
    const CapacityCurve c = CapacityCurve::fromPoints({{20, 120}, {30, 100}, {40, 40}});
    EXPECT_DOUBLE_EQ(*c.capacityKwAt(25), 110.0);
    EXPECT_DOUBLE_EQ(*c.capacityKwAt(30), 100.0);
    EXPECT_DOUBLE_EQ(*c.capacityKwAt(35), 70.0);
}

TEST(CapacityCurve, FlatHoldsAtAnyTemperature) {
    const CapacityCurve c = CapacityCurve::flat(35);
    EXPECT_TRUE(c.isFlat());
    EXPECT_DOUBLE_EQ(*c.capacityKwAt(10), 35.0);
    EXPECT_DOUBLE_EQ(*c.capacityKwAt(45), 35.0);
}

TEST(CapacityCurve, BadPointsAreRefused) {
    EXPECT_THROW((void)CapacityCurve::fromPoints({{32, 100}}), std::invalid_argument);
    EXPECT_THROW((void)CapacityCurve::fromPoints({{40, 60}, {32, 100}}), std::invalid_argument);
    EXPECT_THROW((void)CapacityCurve::fromPoints({{32, 100}, {32, 60}}), std::invalid_argument);
}

TEST(CapacityCurve, ShippedInRackCduHasSupermicrosCurve) {
    const CatalogEntry& cdu = test::shippedCatalog().get("supermicro-cdu-4u-inrack");
    ASSERT_TRUE(cdu.cooling);
    const CapacityCurve c = CapacityCurve::of(*cdu.cooling);
    EXPECT_DOUBLE_EQ(*c.capacityKwAt(32), 100.0);
    EXPECT_DOUBLE_EQ(*c.capacityKwAt(40), 60.0);
    EXPECT_TRUE(cdu.isEstimate("capacity_by_water_c"));  // via a press report of the slide
    // A unit without a curve keeps its one figure.
    const CatalogEntry& row = test::shippedCatalog().get("vertiv-liebert-xdu1350");
    EXPECT_TRUE(CapacityCurve::of(*row.cooling).isFlat());
    EXPECT_DOUBLE_EQ(*CapacityCurve::of(*row.cooling).capacityKwAt(40), 1350.0);
}

}  // namespace
}  // namespace rw::power
