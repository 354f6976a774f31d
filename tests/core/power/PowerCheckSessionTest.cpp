// The incremental check against the full one: random edits through the document on a generated
// DGX H100 SuperPOD (device swaps, PDU swaps including a change of phases, cords pulled, breaker
// and feed ratings, racks moved, a feed added) and after each one the session must give exactly
// the findings, and the same budgets, as a check of the model from scratch.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "edit/Document.h"
#include "edit/Transaction.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "power/CoolingNetworkFromModel.h"
#include "power/PowerCheckSession.h"
#include "power/PowerNetworkFromModel.h"
#include "power/PowerTestNetworks.h"
#include "support/ShippedCatalog.h"

namespace rw::power {
namespace {

template <class IdT>
IdT pick(const std::vector<IdT>& ids, std::mt19937& rng) {
    return ids[std::uniform_int_distribution<std::size_t>(0, ids.size() - 1)(rng)];
}

std::vector<DeviceId> devicesWithRole(const Model& m, DeviceRole role) {
    std::vector<DeviceId> out;
    m.devices().forEach([&](DeviceId id, const Device& d) {
        if (d.role == role) out.push_back(id);
    });
    return out;
}

std::vector<LinkId> powerCords(const Model& m) {
    std::vector<LinkId> out;
    m.links().forEach([&](LinkId id, const Link& l) {
        if (l.role == LinkRole::PowerCord) out.push_back(id);
    });
    return out;
}

void expectSameAsFullCheck(const PowerCheckSession& session, const Model& m, const Catalog& catalog, int step) {
    const PowerCheckResult full = checkPower(powerNetworkFromModel(m, catalog));
    const PowerCheckResult incremental = session.result();
    ASSERT_EQ(incremental.findings.size(), full.findings.size()) << "after edit " << step;
    for (std::size_t k = 0; k < full.findings.size(); ++k)
        ASSERT_TRUE(incremental.findings[k] == full.findings[k])
            << "after edit " << step << ", finding " << k << ":\n  " << incremental.findings[k].message << "\n  "
            << full.findings[k].message;
    ASSERT_EQ(incremental.budgets.size(), full.budgets.size()) << "after edit " << step;
    for (std::size_t e = 0; e < full.budgets.size(); ++e) {
        const ElementBudget& a = incremental.budgets[e];
        const ElementBudget& b = full.budgets[e];
        EXPECT_NEAR(a.normalW, b.normalW, 1e-6) << "element " << e << " after edit " << step;
        EXPECT_NEAR(a.worstW, b.worstW, 1e-6) << "element " << e << " after edit " << step;
        EXPECT_NEAR(a.worstAmps, b.worstAmps, 1e-6) << "element " << e << " after edit " << step;
        EXPECT_EQ(a.worstScenario, b.worstScenario) << "element " << e << " after edit " << step;
    }
    EXPECT_TRUE(session.cooling().findings == checkCooling(m, catalog)) << "after edit " << step;
}

TEST(PowerCheckSession, RandomEditsMatchTheFullCheck) {
    const Catalog& catalog = rw::test::shippedCatalog();
    const auto spec = std::filesystem::path(RACKWEAVE_SOURCE_DIR) / "examples" / "superpod-h100-1su.json";
    Document doc(generate(parseSpecFile(spec, catalog), catalog).model);
    PowerCheckSession session(doc.model(), catalog);
    expectSameAsFullCheck(session, doc.model(), catalog, 0);
    ChangeSet last;
    doc.subscribe([&](const ChangeSet& cs) { last = cs; });

    const std::vector<std::string> servers{"nvidia-dgx-h100", "nvidia-dgx-b200", "nvidia-dgx-h200"};
    const std::vector<std::string> pdus{"pdu-415v-3ph-60a-0u", "pdu-415v-3ph-32a-0u", "pdu-230v-1ph-32a-0u"};
    std::mt19937 rng(11);
    std::size_t reworkedSmall = 0;
    for (int step = 1; step <= 60; ++step) {
        const Model& m = doc.model();
        const int kind = std::uniform_int_distribution<int>(0, 7)(rng);
        auto tx = doc.begin("edit");
        switch (kind) {
            case 0:
            case 1: {
                const std::string& to = servers[std::uniform_int_distribution<std::size_t>(0, 2)(rng)];
                tx.modify<Device>(pick(devicesWithRole(m, DeviceRole::GpuNode), rng),
                                  [&](Device& d) { d.catalog = tx.intern(to); });
                break;
            }
            case 2: {
                const std::string& to = pdus[std::uniform_int_distribution<std::size_t>(0, 2)(rng)];
                tx.modify<Device>(pick(devicesWithRole(m, DeviceRole::Pdu), rng), [&](Device& d) { d.catalog = tx.intern(to); });
                break;
            }
            case 3: tx.remove<Link>(pick(powerCords(m), rng)); break;
            case 4: {
                const auto amps = static_cast<std::uint16_t>(std::uniform_int_distribution<int>(0, 80)(rng));
                tx.modify<Circuit>(pick(m.circuits().ids(), rng), [&](Circuit& c) { c.breakerAmps = amps; });
                break;
            }
            case 5: {
                const double kw = std::uniform_int_distribution<int>(0, 600)(rng);
                tx.modify<Feed>(pick(m.feeds().ids(), rng), [&](Feed& f) { f.capacityKw = kw; });
                break;
            }
            case 6:
                tx.modify<Rack>(pick(m.racks().ids(), rng), [](Rack& r) { r.position.x += 600; });
                break;
            default:
                if (step % 3 == 0) tx.add(Feed{"Extra", FeedSide::C, 415, 100.0});
                else tx.modify<PowerPanel>(pick(m.panels().ids(), rng), [](PowerPanel& p) { p.ratedAmps = 400; });
                break;
        }
        tx.commit();
        const std::size_t reworked = session.apply(doc.model(), catalog, last);
        // An added feed changes the tree and rebuilds everything; every other edit here touches one
        // device or element, or one PDU with its banks and the devices below it (a PDU swapped for
        // one with another number of outlet banks has its banks spliced in, not the hall rebuilt).
        if (kind == 2) {
            EXPECT_LT(reworked, 40U) << "PDU swap at edit " << step;
        }
        if (kind != 7 || step % 3 != 0) reworkedSmall += reworked;
        expectSameAsFullCheck(session, doc.model(), catalog, step);
    }
    // The small edits reworked a handful of devices and elements each, not the hall.
    EXPECT_LT(reworkedSmall, 60U * 12U);
}

// A hand-built network: a device moved from one PDU to another reworks its chains only and
// gives the full check's figures (four DGX H100 on three PDUs, the tests' anchor).
TEST(PowerCheckSession, ReplacingADeviceEqualsTheFullCheck) {
    PowerNetwork net;
    std::vector<ElementIndex> pdus;
    for (const char* side : {"A", "B", "C"}) pdus.push_back(test::addChain(net, side).pdu);
    for (int n = 1; n <= 4; ++n) net.devices.push_back(test::dgxH100("n0" + std::to_string(n), pdus, {2, 2, 2}));
    PowerCheckSession session(net);
    PoweredDevice moved = net.devices[0];
    moved.cords[0] = moved.cords[2];  // two of its PSUs now on the same PDU
    session.replaceDevice(0, moved);
    net.devices[0] = moved;
    EXPECT_TRUE(session.result().findings == checkPower(net).findings);
    SupplyElement smaller = net.elements[net.devices[0].cords[0].element];
    smaller.ratedAmps = 16;
    session.replaceElement(net.devices[0].cords[0].element, smaller);
    net.elements[net.devices[0].cords[0].element] = smaller;
    const auto full = checkPower(net);
    EXPECT_TRUE(session.result().findings == full.findings);
    EXPECT_FALSE(full.findings.empty());  // 16 A x 0.8 cannot carry 13.6 kW
}

}  // namespace
}  // namespace rw::power
