// Work packages on a generated, routed design: the order of work holds in the packages' own
// dependencies and in the crew schedule built from them, crews never exceed their count, and
// the makespan respects the critical path and labour / crew capacity.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <map>

#include "install/CrewAssignment.h"
#include "install/ScheduleCheck.h"
#include "install/SerialScheduler.h"
#include "install/WorkPackages.h"
#include "router/Router.h"
#include "RoutedSuperpod.h"
#include "util/Errors.h"

namespace rw {
namespace {

using namespace install;

const test::RoutedDesign& superpod() { return test::routedSuperpod(); }

const LabourRates& rates() {
    static const LabourRates r = loadShippedLabourRates();
    return r;
}

struct Planned {
    WorkPlan plan;
    RcpspProblem problem;
    Schedule schedule;
    int finish(int i) const { return schedule.start[i] + problem.activities[i].duration; }
};

const Planned& planned() {
    static const Planned p = [] {
        Planned out;
        out.plan = buildWorkPackages(superpod().model, superpod().routing, rates());
        out.problem = toSchedulingProblem(out.plan, rates(), {2, 2, 2, 3, 3, 1});
        out.schedule = scheduleProject(out.problem);
        return out;
    }();
    return p;
}

std::map<std::uint32_t, int> packageOf(const WorkPlan& plan, PackageKind kind, bool byRack) {
    std::map<std::uint32_t, int> out;
    for (int i = 0; i < static_cast<int>(plan.packages.size()); ++i) {
        const WorkPackage& p = plan.packages[i];
        if (p.kind != kind) continue;
        if (byRack) {
            for (RackId r : p.racks) out[r.value] = i;
        } else {
            for (TrayId t : p.trays) out[t.value] = i;
        }
    }
    return out;
}

bool isCabling(PackageKind k) {
    return k == PackageKind::PowerCords || k == PackageKind::OobCabling || k == PackageKind::RackInternal ||
           k == PackageKind::NodeLeaf || k == PackageKind::LeafSpine || k == PackageKind::SpineCore ||
           k == PackageKind::InbandStorage || k == PackageKind::OtherCabling;
}

TEST(WorkPackages, EveryCableIsInExactlyOnePackageAndEveryTrayInOneRun) {
    const WorkPlan& plan = planned().plan;
    std::map<std::uint32_t, int> cableSeen, traySeen;
    for (const WorkPackage& p : plan.packages) {
        for (CableId c : p.cables) ++cableSeen[c.value];
        if (p.kind == PackageKind::TrayRun)
            for (TrayId t : p.trays) ++traySeen[t.value];
    }
    EXPECT_TRUE(plan.unrouted.empty());
    EXPECT_EQ(cableSeen.size(), superpod().model.cables().size());
    EXPECT_EQ(traySeen.size(), superpod().model.trays().size());
    for (const auto& [id, n] : cableSeen) EXPECT_EQ(n, 1) << "cable " << id;
    for (const auto& [id, n] : traySeen) EXPECT_EQ(n, 1) << "tray " << id;
    // The grain is packages, not cables.
    EXPECT_LT(plan.packages.size() * 5, superpod().model.cables().size());
}

TEST(WorkPackages, NoCableBeforeItsRacksAndEveryTrayOnItsRoute) {
    const Planned& p = planned();
    const auto rackSet = packageOf(p.plan, PackageKind::RackSet, true);
    const auto trayRun = packageOf(p.plan, PackageKind::TrayRun, false);
    int checked = 0;
    for (int i = 0; i < static_cast<int>(p.plan.packages.size()); ++i) {
        const WorkPackage& w = p.plan.packages[i];
        if (!isCabling(w.kind)) continue;
        for (CableId c : w.cables) {
            const Link& l = superpod().model.links()[superpod().model.cables()[c].first];
            for (PortId port : {l.a, l.b}) {
                const RackId r = superpod().model.devices()[superpod().model.ports()[port].device].rack;
                ASSERT_GE(p.schedule.start[i], p.finish(rackSet.at(r.value))) << w.name;
            }
            const CableRoute* route = superpod().routing.find(c);
            if (route == nullptr || route->route == kNoRoute) continue;
            for (TrayId t : superpod().routing.routes[route->route].segments) {
                ASSERT_GE(p.schedule.start[i], p.finish(trayRun.at(t.value))) << w.name;
                ++checked;
            }
        }
    }
    EXPECT_GT(checked, 0);
}

TEST(WorkPackages, OobBeforeComputeAndUplinksAfterThePodChecks) {
    const Planned& p = planned();
    const auto& packages = p.plan.packages;
    std::map<std::uint32_t, int> oobDoneInRack, podCheckOfLeaf;
    for (int i = 0; i < static_cast<int>(packages.size()); ++i) {
        if (packages[i].kind == PackageKind::OobCabling)
            for (RackId r : packages[i].racks) oobDoneInRack[r.value] = std::max(oobDoneInRack[r.value], p.finish(i));
        if (packages[i].kind == PackageKind::PodCheck) podCheckOfLeaf[packages[i].devices.front().value] = i;
    }
    ASSERT_FALSE(oobDoneInRack.empty());
    ASSERT_FALSE(podCheckOfLeaf.empty());
    int uplinks = 0;
    for (int i = 0; i < static_cast<int>(packages.size()); ++i) {
        const WorkPackage& w = packages[i];
        if (w.kind == PackageKind::NodeLeaf)
            for (RackId r : w.racks)
                if (oobDoneInRack.count(r.value)) {
                    EXPECT_GE(p.schedule.start[i], oobDoneInRack[r.value]) << w.name;
                }
        if (w.kind != PackageKind::LeafSpine) continue;
        for (CableId c : w.cables) {
            const Link& l = superpod().model.links()[superpod().model.cables()[c].first];
            const DeviceId leaf = superpod().model.ports()[l.a].device;
            ASSERT_TRUE(podCheckOfLeaf.count(leaf.value)) << w.name;
            EXPECT_GE(p.schedule.start[i], p.finish(podCheckOfLeaf[leaf.value])) << w.name;
            ++uplinks;
        }
    }
    EXPECT_GT(uplinks, 0);
}

TEST(WorkPackages, CrewsNeverOverTheirCountAndTheMakespanRespectsBothBounds) {
    const Planned& p = planned();
    const auto problems = checkSchedule(p.problem, p.schedule);
    ASSERT_TRUE(problems.empty()) << problems.front();
    EXPECT_NO_THROW((void)assignUnits(p.problem, p.schedule));  // every package gets a named crew
    const SerialScheduler scheduler(p.problem);
    EXPECT_GE(p.schedule.makespan, scheduler.criticalPath().length);
    for (int t = 0; t < kTradeCount; ++t) {
        long long crewMinutes = 0;
        for (const Activity& a : p.problem.activities) crewMinutes += static_cast<long long>(a.duration) * a.demand[t];
        EXPECT_GE(static_cast<long long>(p.schedule.makespan) * p.problem.capacity[t], crewMinutes) << "trade " << t;
        const double labour = p.plan.labourMinutes(static_cast<Trade>(t));
        EXPECT_GE(crewMinutes * rates().crew(static_cast<Trade>(t)).size, std::floor(labour)) << "trade " << t;
    }
}

TEST(WorkPackages, OneCrewPerTradeStillSchedulesAndNoCrewIsRefused) {
    // One crew of each trade still gives a feasible schedule; no crew of a needed trade is an error.
    const Planned& p = planned();
    const RcpspProblem lean = toSchedulingProblem(p.plan, rates(), {1, 1, 1, 1, 1, 1});
    const Schedule s = scheduleProject(lean);
    EXPECT_TRUE(checkSchedule(lean, s).empty());
    EXPECT_GE(s.makespan, SerialScheduler(lean).criticalPath().length);
    EXPECT_THROW((void)toSchedulingProblem(p.plan, rates(), {1, 1, 1, 0, 1, 1}), InputError);
}

TEST(WorkPackages, AnUnroutedDesignIsRefusedAndUnroutableCablesAreListed) {
    try {
        (void)buildWorkPackages(superpod().model, RoutingResult{}, rates());
        FAIL() << "a design without routes was planned";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("route the design first"), std::string::npos) << e.what();
    }
    RoutingResult partly = superpod().routing;
    CableId dropped;
    superpod().model.cables().forEach([&](CableId id, const Cable& c) {
        if (!dropped && c.media == Media::Auto && partly.cables[id.value].media != Media::PowerCord) dropped = id;
    });
    ASSERT_TRUE(dropped);
    partly.cables[dropped.value] = CableRoute{};  // unrouted, no media
    const WorkPlan plan = buildWorkPackages(superpod().model, partly, rates());
    EXPECT_EQ(plan.unrouted, std::vector<CableId>{dropped});
}

std::vector<int> ofKind(const WorkPlan& plan, PackageKind kind) {
    std::vector<int> out;
    for (int i = 0; i < static_cast<int>(plan.packages.size()); ++i)
        if (plan.packages[i].kind == kind) out.push_back(i);
    return out;
}

bool waitsFor(const WorkPackage& p, int q) { return std::binary_search(p.predecessors.begin(), p.predecessors.end(), q); }

TEST(WorkPackages, SurveyBuswaysAndTapOffsComeBeforePowerAndBurnInComesLast) {
    const Planned& p = planned();
    const Model& m = superpod().model;
    const auto surveys = ofKind(p.plan, PackageKind::PathwaySurvey);
    ASSERT_EQ(surveys.size(), 1U);  // one hall
    EXPECT_TRUE(p.plan.packages[surveys[0]].gate);
    for (const PackageKind overhead : {PackageKind::TrayRun, PackageKind::BuswayRun})
        for (int i : ofKind(p.plan, overhead)) EXPECT_TRUE(waitsFor(p.plan.packages[i], surveys[0])) << p.plan.packages[i].name;

    // A busway run per panel, labour by its length; a tap-off package per rack with circuits.
    const auto runs = ofKind(p.plan, PackageKind::BuswayRun);
    EXPECT_EQ(runs.size(), m.panels().size());
    std::map<std::uint32_t, int> runOfPanel;
    for (int i : runs) {
        const WorkPackage& run = p.plan.packages[i];
        ASSERT_EQ(run.panels.size(), 1U);
        runOfPanel[run.panels[0].value] = i;
        // Its length: the span of the racks it feeds plus a rack width (600 mm) at each end.
        double lo = 1e18, hi = -1e18;
        m.circuits().forEach([&](CircuitId, const Circuit& c) {
            if (c.panel != run.panels[0]) return;
            const double x = m.racks()[m.devices()[c.pdu].rack].position.x;
            lo = std::min(lo, x), hi = std::max(hi, x);
        });
        ASSERT_LE(lo, hi) << run.name;
        EXPECT_NEAR(run.labourMinutes, rates().buswayPerMetre.minutes * (hi - lo + 1200.0) / 1000.0, 1e-6) << run.name;
    }
    const auto sets = packageOf(p.plan, PackageKind::RackSet, true);
    std::map<std::uint32_t, int> circuitsOfRack;
    m.circuits().forEach([&](CircuitId, const Circuit& c) { circuitsOfRack[m.devices()[c.pdu].rack.value]++; });
    const auto taps = ofKind(p.plan, PackageKind::TapOffs);
    ASSERT_EQ(taps.size(), circuitsOfRack.size());
    std::map<std::uint32_t, int> tapOfRack;
    for (int i : taps) {
        const WorkPackage& t = p.plan.packages[i];
        ASSERT_EQ(t.racks.size(), 1U);
        const std::uint32_t rack = t.racks[0].value;
        tapOfRack[rack] = i;
        EXPECT_DOUBLE_EQ(t.labourMinutes, rates().tapOff.minutes * circuitsOfRack[rack]) << t.name;
        EXPECT_TRUE(waitsFor(t, sets.at(rack))) << t.name;
        for (PanelId panel : t.panels) {
            EXPECT_TRUE(waitsFor(t, runOfPanel.at(panel.value))) << t.name;
            EXPECT_TRUE(waitsFor(p.plan.packages[sets.at(rack)], runOfPanel.at(panel.value))) << "busway before the rack is set";
        }
    }
    for (int i : ofKind(p.plan, PackageKind::PowerCords)) {
        const WorkPackage& cords = p.plan.packages[i];
        for (RackId r : cords.racks) {
            EXPECT_TRUE(waitsFor(cords, tapOfRack.at(r.value))) << cords.name;
            EXPECT_GE(p.schedule.start[i], p.finish(tapOfRack.at(r.value))) << cords.name;
        }
    }
    // Burn-in follows the as-built check and ends the plan.
    const auto burnIn = ofKind(p.plan, PackageKind::BurnIn);
    ASSERT_EQ(burnIn.size(), 1U);
    EXPECT_TRUE(waitsFor(p.plan.packages[burnIn[0]], ofKind(p.plan, PackageKind::AsBuiltCheck).at(0)));
    EXPECT_EQ(p.finish(burnIn[0]), p.schedule.makespan);
    EXPECT_DOUBLE_EQ(p.plan.packages[burnIn[0]].labourMinutes, rates().burnIn.minutes);
}

TEST(WorkPackages, LiquidCooledRacksArePoweredOnlyAfterTheirCduIsFilledAndTested) {
    const Catalog& catalog = test::shippedCatalog();
    Model m = generate(parseSpecText(R"({"compute": {"system": "supermicro-hgx-h100-4u-liquid", "nodes": 16},
        "fabrics": {"compute": {"switch": "nvidia-sn5600"}}})", "liquid.json", catalog), catalog).model;
    const RoutingResult routing = Router(m, catalog).routeAll();
    const WorkPlan plan = buildWorkPackages(m, routing, rates());
    const auto tests = ofKind(plan, PackageKind::CduFillTest);
    std::size_t cdus = 0;
    m.devices().forEach([&](DeviceId, const Device& d) { cdus += d.role == DeviceRole::Cdu; });
    ASSERT_GT(cdus, 0U);
    ASSERT_EQ(tests.size(), cdus);
    const auto sets = packageOf(plan, PackageKind::RackSet, true);
    const auto powerOn = packageOf(plan, PackageKind::RackPowerOn, true);
    for (int i : tests) {
        const WorkPackage& t = plan.packages[i];
        EXPECT_TRUE(t.gate);
        ASSERT_EQ(t.racks.size(), 1U);
        EXPECT_TRUE(waitsFor(t, sets.at(t.racks[0].value))) << t.name;
        EXPECT_TRUE(waitsFor(plan.packages[powerOn.at(t.racks[0].value)], i)) << "power-on waits for " << t.name;
        EXPECT_EQ(t.trade, Trade::Mechanical);
    }
}

}  // namespace
}  // namespace rw
