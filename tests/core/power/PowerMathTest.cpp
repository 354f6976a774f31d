// Electrical arithmetic, each figure worked out by hand in the comment beside it.
#include <gtest/gtest.h>

#include "power/PowerMath.h"

namespace rw::power {
namespace {

constexpr double kTol = 0.01;

TEST(PowerMath, WiringFollowsVoltageAndPhases) {
    EXPECT_EQ(wiringFor(415, 3), Wiring::Wye);
    EXPECT_EQ(wiringFor(400, 3), Wiring::Wye);
    EXPECT_EQ(wiringFor(208, 3), Wiring::Delta);
    EXPECT_EQ(wiringFor(230, 1), Wiring::SinglePhase);
}

TEST(PowerMath, ApparentPowerAndSimpleCurrents) {
    EXPECT_NEAR(kvaFromKw(10.2, 0.95), 10.737, kTol);             // 10.2 / 0.95
    EXPECT_NEAR(lineToNeutral(415), 239.60, kTol);                // 415 / 1.7321
    EXPECT_NEAR(singlePhaseAmps(2300, 230, 1.0), 10.0, kTol);     // 2300 / 230
    EXPECT_NEAR(singlePhaseAmps(2185, 230, 0.95), 10.0, kTol);    // 2185 / (230 x 0.95)
    EXPECT_NEAR(threePhaseAmps(34500, 415, 1.0), 48.0, kTol);     // 34500 / (1.7321 x 415) = 34500 / 718.80
    EXPECT_DOUBLE_EQ(singlePhaseAmps(1000, 0, 1.0), 0.0);         // no voltage: nothing to divide by
}

TEST(PowerMath, WyeLegsAreLineToNeutral) {
    const PerPhase a = lineAmps(Wiring::Wye, 415, {10000, 10000, 10000});
    for (double x : a) EXPECT_NEAR(x, 41.74, kTol);  // 10000 / 239.60; the same as 30 kW balanced: 30000 / 718.80
    const PerPhase u = lineAmps(Wiring::Wye, 415, {7188, 4792, 0});
    EXPECT_NEAR(u[0], 30.0, kTol);  // 7188 / 239.60
    EXPECT_NEAR(u[1], 20.0, kTol);
    EXPECT_NEAR(u[2], 0.0, kTol);
}

TEST(PowerMath, DeltaLinesCarryTwoBranches) {
    const PerPhase balanced = lineAmps(Wiring::Delta, 208, {2080, 2080, 2080});  // 10 A per branch
    for (double x : balanced) EXPECT_NEAR(x, 17.32, kTol);                        // sqrt(3) x 10
    const PerPhase one = lineAmps(Wiring::Delta, 208, {2080, 0, 0});             // AB only: lines A and B
    EXPECT_NEAR(one[0], 10.0, kTol);
    EXPECT_NEAR(one[1], 10.0, kTol);
    EXPECT_NEAR(one[2], 0.0, kTol);
    const PerPhase two = lineAmps(Wiring::Delta, 208, {2080, 0, 4160});  // AB 10 A, CA 20 A
    EXPECT_NEAR(two[0], 26.46, kTol);                                     // sqrt(100 + 400 + 200)
    EXPECT_NEAR(two[1], 10.0, kTol);                                      // AB alone
    EXPECT_NEAR(two[2], 20.0, kTol);                                      // CA alone
}

TEST(PowerMath, SinglePhaseUsesTheFirstLeg) {
    const PerPhase a = lineAmps(Wiring::SinglePhase, 230, {4600, 0, 0});
    EXPECT_NEAR(a[0], 20.0, kTol);
    EXPECT_DOUBLE_EQ(a[1], 0.0);
}

TEST(PowerMath, ContinuousLoadAllowance) {
    EXPECT_DOUBLE_EQ(allowedAmps(60, 0.8), 48.0);
    EXPECT_DOUBLE_EQ(allowedAmps(32, 1.0), 32.0);  // IEC circuits listed for 100 %
}

TEST(PowerMath, ImbalanceIsTheNemaFigure) {
    EXPECT_DOUBLE_EQ(phaseImbalance({10, 10, 10}), 0.0);
    EXPECT_DOUBLE_EQ(phaseImbalance({0, 0, 0}), 0.0);             // nothing flows: balanced, not NaN
    EXPECT_NEAR(phaseImbalance({30, 20, 22}), 0.25, 1e-9);        // mean 24, largest deviation 6
    EXPECT_NEAR(phaseImbalance({10, 0, 0}), 2.0, 1e-9);           // mean 3.33, deviation 6.67
    EXPECT_NEAR(phaseImbalance({25, 24, 23}), 1.0 / 24.0, 1e-9);  // 4.2 %
}

TEST(PowerMath, ImbalanceBands) {
    EXPECT_EQ(imbalanceBand(0.0), ImbalanceBand::Excellent);
    EXPECT_EQ(imbalanceBand(0.049), ImbalanceBand::Excellent);
    EXPECT_EQ(imbalanceBand(0.05), ImbalanceBand::Good);
    EXPECT_EQ(imbalanceBand(0.12), ImbalanceBand::Marginal);
    EXPECT_EQ(imbalanceBand(0.15), ImbalanceBand::Poor);
    EXPECT_EQ(imbalanceBand(0.20), ImbalanceBand::Critical);
    EXPECT_EQ(toString(ImbalanceBand::Critical), "critical");
}

TEST(PowerMath, NeutralOfAnUnbalancedWye) {
    EXPECT_NEAR(wyeNeutralAmps({10, 10, 10}), 0.0, 1e-9);      // balanced: the phasors cancel
    EXPECT_NEAR(wyeNeutralAmps({10, 0, 0}), 10.0, 1e-9);       // one phase: all of it returns
    EXPECT_NEAR(wyeNeutralAmps({10, 10, 0}), 10.0, 1e-9);      // 100 + 100 - 100
    EXPECT_NEAR(wyeNeutralAmps({30, 20, 22}), 9.165, 0.001);   // sqrt(1784 - 1700) = sqrt(84)
}

}  // namespace
}  // namespace rw::power
