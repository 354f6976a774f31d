// The power check on hand-built supply trees: each finding is provoked once, with its figures
// worked out by hand (power factor 1 unless said otherwise; 415 V wye: 239.6 V per phase).
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <algorithm>

#include "power/PowerCheck.h"
#include "power/PowerTestNetworks.h"

namespace rw::power {
namespace {

using test::addChain;
using test::Chain;
using test::ChainRatings;
using test::dgxH100;

std::vector<Finding> containing(const std::vector<Finding>& all, std::string_view text) {
    std::vector<Finding> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out),
                 [&](const Finding& f) { return f.message.find(text) != std::string::npos; });
    return out;
}

std::string dump(const std::vector<Finding>& all) {
    std::string s;
    for (const Finding& f : all) s += std::string(toString(f.severity)) + ": " + f.message + "\n";
    return s;
}

// A device of `watts` with one PSU on each given PDU, one needed (1+1 and the like).
PoweredDevice server(const std::string& name, double watts, const std::vector<ElementIndex>& pdus, int leg = -1) {
    PoweredDevice d{static_cast<std::uint32_t>(pdus.size()), name, watts, 1.0, static_cast<int>(pdus.size()), 1, {}};
    for (ElementIndex p : pdus) d.cords.push_back({p, leg});
    return d;
}

TEST(PowerCheck, DgxRackOnThreeRatedPdusIsClean) {
    PowerNetwork net;
    const ChainRatings r{100, 100, 60, 60};
    std::vector<Chain> sides;
    for (const char* side : {"A", "B", "C"}) sides.push_back(addChain(net, side, r));
    for (int n = 1; n <= 4; ++n)
        net.devices.push_back(dgxH100("dgx" + std::to_string(n), {sides[0].pdu, sides[1].pdu, sides[2].pdu}, {2, 2, 2}));
    const PowerCheckResult result = checkPower(net);
    EXPECT_TRUE(result.findings.empty()) << dump(result.findings);
    const ElementBudget& pdu = result.budgets[sides[1].pdu];
    EXPECT_NEAR(pdu.normalW, 13600.0, 1e-6);
    EXPECT_NEAR(pdu.normalAmps[0], 18.92, 0.01);  // 13,600 / 3 / 239.6
    EXPECT_NEAR(pdu.worstW, 20400.0, 1e-6);
    EXPECT_NEAR(pdu.worstAmps, 28.38, 0.01);      // 20,400 / 3 / 239.6, under 48 A
    EXPECT_EQ(pdu.worstScenario, sides[0].feed);  // the first failure that loads it most
}

// Two feeds, a busway each with two PDUs; ten 6 kW servers with one PSU on each side.
struct TwoSides {
    PowerNetwork net;
    Chain a1, a2, b1, b2;
    explicit TwoSides(ChainRatings r) {
        a1 = addChain(net, "A", r);
        a2 = addChain(net, "A", r, a1.feed, a1.panel);
        b1 = addChain(net, "B", r);
        b2 = addChain(net, "B", r, b1.feed, b1.panel);
        for (int n = 0; n < 10; ++n)
            net.devices.push_back(server(fmt::format("s{}", n), 6000, {n < 5 ? a1.pdu : a2.pdu, n < 5 ? b1.pdu : b2.pdu}));
    }
};

TEST(PowerCheck, BuswayOverOnlyAfterItsPartnerFeedIsLost) {
    TwoSides s({100, 100, 60, 60});
    const PowerCheckResult result = checkPower(s.net);
    // Normally 30 kW per busway: 41.7 A per phase. With B lost, 60 kW: 83.5 A of 80 A.
    EXPECT_NEAR(result.budgets[s.a1.panel].normalAmps[1], 41.74, 0.01);
    ASSERT_EQ(result.findings.size(), 2U) << dump(result.findings);
    const Finding& f = result.findings[0];
    EXPECT_EQ(f.severity, Severity::Error);
    EXPECT_EQ(f.source, FindingSource::Power);
    EXPECT_EQ(f.kind, EntityKind::Panel);
    EXPECT_EQ(f.message, "with feed B lost, busway B-A phase L1 carries 83.5 A of 80.0 A allowed "
                         "(100 A rating x 0.8 for continuous load); 1 other single failure overloads it too");
    EXPECT_EQ(result.findings[1].message.substr(0, 33), "with feed A lost, busway B-B phas");
    // Each PDU carries 30 kW after the loss: 41.7 A, under its 48 A.
    EXPECT_NEAR(result.budgets[s.a1.pdu].worstAmps, 41.74, 0.01);
}

TEST(PowerCheck, FeedOverItsCapacityAfterTheOtherFeedIsLost) {
    TwoSides s({50, 200, 60, 60});
    const auto findings = checkPower(s.net).findings;
    const auto feed = containing(findings, "feed A carries");
    ASSERT_EQ(feed.size(), 1U) << dump(findings);
    EXPECT_EQ(feed[0].message, "with feed B lost, feed A carries 60.0 kW of its 50 kW capacity; 1 other single failure "
                               "overloads it too");
    EXPECT_EQ(feed[0].kind, EntityKind::Feed);
}

TEST(PowerCheck, FeedOverItsKvaRatingWhileUnderItsKw) {
    // A UPS block rated 100 kW / 100 kVA (output power factor 1) feeding 96 kW at power factor
    // 0.95: 101.1 kVA, over its kVA rating although under its kW capacity.
    PowerNetwork net;
    const Chain a = addChain(net, "U", {0, 0, 400, 400});
    net.elements[a.feed].capacityKw = 100;
    net.elements[a.feed].capacityKva = 100;
    for (int i = 0; i < 8; ++i) {
        net.devices.push_back(server("s" + std::to_string(i), 12000, {a.pdu}));
        net.devices.back().powerFactor = 0.95;
    }
    const auto findings = checkPower(net).findings;
    const auto feed = containing(findings, "feed U carries");
    ASSERT_EQ(feed.size(), 1U) << dump(findings);
    EXPECT_EQ(feed[0].message, "feed U carries 101.1 kVA of its 100 kVA rating");
    net.elements[a.feed].capacityKva = 110;
    EXPECT_TRUE(containing(checkPower(net).findings, "feed U carries").empty());
}

TEST(PowerCheck, OverloadedNormallyIsReportedOnceWithoutAScenario) {
    TwoSides s({100, 400, 60, 16});  // 16 A PDUs: 12.8 A allowed
    const auto findings = checkPower(s.net).findings;
    const auto pdu = containing(findings, s.net.elements[s.a1.pdu].label + " phase");
    ASSERT_EQ(pdu.size(), 1U) << dump(findings);
    // 5 servers x 3 kW = 15 kW: 20.9 A per phase.
    EXPECT_EQ(pdu[0].message, s.net.elements[s.a1.pdu].label +
                                  " phase L1 carries 20.9 A of 12.8 A allowed (16 A rating x 0.8 for continuous load)");
    EXPECT_EQ(pdu[0].kind, EntityKind::Device);
}

TEST(PowerCheck, ABOnlyDgxIsShortAfterASideIsLost) {
    PowerNetwork net;
    const Chain a = addChain(net, "A", {200, 200, 60, 60}), b = addChain(net, "B", {200, 200, 60, 60});
    net.devices.push_back(dgxH100("r012-n03", {a.pdu, b.pdu}, {3, 3}));
    const auto findings = checkPower(net).findings;
    // One finding per device: the first worst failure, and how many others (panel, circuit, PDU
    // of side A, and all four of side B) leave it short as well.
    ASSERT_EQ(findings.size(), 1U) << dump(findings);
    EXPECT_EQ(findings[0].message, "r012-n03: with feed A lost, 3 of 6 PSUs are left, 4 needed; 7 other single failures do the same");
    EXPECT_EQ(findings[0].severity, Severity::Error);
    EXPECT_EQ(findings[0].kind, EntityKind::Device);
}

TEST(PowerCheck, SinglePointOfFailureAndMissingCords) {
    PowerNetwork net;
    const Chain a = addChain(net, "A", {200, 200, 60, 60});
    const Chain a2 = addChain(net, "A", {200, 200, 60, 60}, a.feed, a.panel);
    net.devices.push_back(server("sw1", 800, {a.pdu, a2.pdu}));
    PoweredDevice loose = server("sw2", 800, {});
    loose.psuCount = 2;
    net.devices.push_back(loose);
    net.devices.push_back(server("mgmt1", 190, {a2.pdu}));  // a single-PSU switch
    const auto findings = checkPower(net).findings;
    ASSERT_EQ(findings.size(), 3U) << dump(findings);
    EXPECT_EQ(findings[0].message, "sw1: all 2 corded PSUs trace to busway B-A (feed A): losing it powers the device off "
                                   "(single point of failure)");
    EXPECT_EQ(findings[0].severity, Severity::Warning);
    EXPECT_EQ(findings[1].message, "sw2 has no power cord: its 0.8 kW are in no power budget");
    EXPECT_EQ(findings[2].message, "mgmt1: its one corded PSU traces to " + net.elements[a2.pdu].label +
                                       " (feed A): losing it powers the device off (single point of failure)");
}

TEST(PowerCheck, UnratedElementsAreReportedOnceNotAsOverloads) {
    TwoSides s({0, 0, 60, 60});  // feeds and busways without ratings
    const auto findings = checkPower(s.net).findings;
    ASSERT_EQ(findings.size(), 4U) << dump(findings);
    const auto busway = containing(findings, "busway B-A has no rating");
    ASSERT_EQ(busway.size(), 1U);
    EXPECT_EQ(busway[0].message, "busway B-A has no rating: its load (41.7 A on the busiest phase, 83.5 A after the worst "
                                 "single failure) is not checked");
    EXPECT_EQ(busway[0].severity, Severity::Warning);
    EXPECT_EQ(containing(findings, "feed A has no capacity: its load (30.0 kW, 60.0 kW after").size(), 1U);
}

TEST(PowerCheck, PhaseImbalanceOfAPdu) {
    PowerNetwork net;
    const Chain a = addChain(net, "A", {200, 200, 60, 60}), b = addChain(net, "B", {200, 200, 60, 60});
    // One PSU of each server on PDU A at a known leg: 30 A, 20 A and 22 A (x 239.6 V).
    const std::array<double, 3> legW = {30 * 239.6, 20 * 239.6, 22 * 239.6};
    for (int leg = 0; leg < 3; ++leg) {
        PoweredDevice d = server(fmt::format("s{}", leg), 2 * legW[static_cast<std::size_t>(leg)], {a.pdu, b.pdu});
        d.cords[0].leg = leg;
        net.devices.push_back(d);
    }
    const PowerCheckResult result = checkPower(net);
    EXPECT_NEAR(result.budgets[a.pdu].normalAmps[0], 30.0, 0.01);
    const auto imbalance = containing(result.findings, net.elements[a.pdu].label + " phases");
    ASSERT_EQ(imbalance.size(), 1U) << dump(result.findings);
    EXPECT_TRUE(containing(result.findings, net.elements[b.pdu].label + " phases").empty());  // spread evenly: balanced
    EXPECT_EQ(imbalance[0].message, net.elements[a.pdu].label +
                                        " phases are 25 % out of balance (L1 30.0 A, L2 20.0 A, L3 22.0 A; NEMA: largest "
                                        "deviation from the mean over the mean, critical band)");
    // The circuit and busway above see the same legs; only PDUs and panels are judged.
    EXPECT_EQ(containing(result.findings, "busway B-A phases").size(), 1U);
    // The same imbalance on a nearly idle busway (30 A of 1,600 A allowed, under 10 %) is not reported.
    net.elements[a.panel].ratedAmps = 2000;
    EXPECT_TRUE(containing(checkPower(net).findings, "busway B-A phases").empty());
    EXPECT_EQ(containing(checkPower(net).findings, net.elements[a.pdu].label + " phases").size(), 1U);
}

TEST(PowerCheck, SinglePhaseElementsHaveNoPhaseName) {
    PowerNetwork net;
    const ChainRatings r{100, 100, 32, 32, 230, 1};
    const Chain a = addChain(net, "A", r), b = addChain(net, "B", r);
    net.devices.push_back(server("s1", 14000, {a.pdu, b.pdu}));  // 7 kW per side: 30.4 A at 230 V
    const auto findings = checkPower(net).findings;
    const auto pdu = containing(findings, net.elements[a.pdu].label + " carries");
    ASSERT_EQ(pdu.size(), 1U) << dump(findings);
    EXPECT_EQ(pdu[0].message, net.elements[a.pdu].label + " carries 30.4 A of 25.6 A allowed (32 A rating x 0.8 for continuous load)");
}

TEST(PowerCheck, PowerFactorRaisesTheCurrent) {
    PowerNetwork net;
    const Chain a = addChain(net, "A", {100, 100, 60, 60}), b = addChain(net, "B", {100, 100, 60, 60});
    PoweredDevice d = server("s1", 10000, {a.pdu, b.pdu});
    d.powerFactor = 0.8;
    net.devices.push_back(d);
    const PowerCheckResult result = checkPower(net);
    EXPECT_NEAR(result.budgets[a.pdu].normalAmps[2], 8.69, 0.01);  // 5,000 W / 0.8 / 3 / 239.6
    EXPECT_NEAR(result.budgets[a.pdu].worstAmps, 17.39, 0.01);     // 10,000 W / 0.8 / 3 / 239.6
}

}  // namespace
}  // namespace rw::power

namespace rw::power {
namespace {

TEST(PowerCheckScenario, OneFailureJudgedAlone) {
    PowerNetwork net;
    const ChainRatings r{100, 100, 60, 60};
    const Chain a = addChain(net, "A", r), b = addChain(net, "B", r);
    for (int n = 0; n < 10; ++n) net.devices.push_back(server(fmt::format("s{}", n), 6000, {a.pdu, b.pdu}));
    net.devices.push_back(server("sw1", 800, {a.pdu}));  // one cord: dark when side A goes
    EXPECT_EQ(findElement(net, "feed B lost"), b.feed);
    EXPECT_EQ(findElement(net, "feed B"), b.feed);
    EXPECT_EQ(findElement(net, "Utility B"), kNoElement);

    const auto lostB = checkScenario(net, b.feed);
    ASSERT_EQ(lostB.size(), 3U) << dump(lostB);  // busway, circuit and PDU of side A
    EXPECT_EQ(lostB[0].message, "with feed B lost, busway B-A phase L1 carries 84.6 A of 80.0 A allowed "
                                "(100 A rating x 0.8 for continuous load)");  // 60.8 kW / 3 / 239.6 V
    const auto lostA = checkScenario(net, a.panel);
    EXPECT_EQ(containing(lostA, "sw1: with busway B-A lost, no PSU is left").size(), 1U) << dump(lostA);
    EXPECT_TRUE(checkScenario(net, kNoElement).size() == 0U);  // normally all is well
}

}  // namespace
}  // namespace rw::power

namespace rw::power {
namespace {

TEST(PowerCheck, BankBreakerOverWhileThePduTotalIsUnder80Percent) {
    PowerNetwork net;
    const Chain a = addChain(net, "A", {100, 100, 32, 32});
    // Three 16 A outlet banks, one per phase of the 415/240 V PDU.
    std::array<ElementIndex, 3> banks{};
    for (std::size_t leg = 0; leg < 3; ++leg)
        banks[leg] = net.add({ElementKind::Bank, EntityKind::Device, 0, fmt::format("PDU P-A bank {}", leg + 1), a.pdu,
                              lineToNeutral(415), 1, 16, 0});
    const std::array<double, 3> watts = {3500, 2900, 2900};
    for (std::size_t leg = 0; leg < 3; ++leg) {
        PoweredDevice d = server(fmt::format("s{}", leg), watts[leg], {banks[leg]});
        d.cords[0].leg = static_cast<int>(leg);
        net.devices.push_back(d);
    }
    const PowerCheckResult result = checkPower(net);
    // The PDU's L1 carries 14.6 A of its 25.6 A (57 %), but all of it is on bank 1's 16 A breaker.
    EXPECT_NEAR(result.budgets[a.pdu].normalAmps[0], 14.61, 0.01);  // 3,500 / 239.6
    EXPECT_NEAR(result.budgets[a.pdu].normalAmps[1], 12.10, 0.01);
    const auto over = containing(result.findings, "carries");
    ASSERT_EQ(over.size(), 1U) << dump(result.findings);
    EXPECT_EQ(over[0].message, "PDU P-A bank 1 carries 14.6 A of 12.8 A allowed (16 A rating x 0.8 for continuous load)");
    EXPECT_TRUE(containing(result.findings, "out of balance").empty()) << dump(result.findings);  // 12.9 %: marginal
}

}  // namespace
}  // namespace rw::power
