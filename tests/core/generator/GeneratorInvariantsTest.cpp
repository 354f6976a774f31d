// Invariants of generated designs over randomly drawn specs (seeded): every NIC port used exactly
// once, no switch port over its count, uplinks equal downlinks at 1:1, rails aligned within each
// SU, power cords alternating feeds so that PSU redundancy holds.
#include <gtest/gtest.h>
#include <fmt/format.h>

#include <map>
#include <random>
#include <set>

#include "catalog/Catalog.h"
#include "support/ShippedCatalog.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"

namespace rw {
namespace {

const Catalog& catalog() { return test::shippedCatalog(); }

struct Drawn {
    std::string json;
    std::string system;
    int nodes = 0;
    bool oneToOne = true;
};

Drawn drawSpec(std::mt19937& rng) {
    const auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    Drawn d;
    const bool hgx = pick(0, 1) == 1;
    d.system = hgx ? "supermicro-hgx-h100-4u-liquid" : "nvidia-dgx-h100";
    d.nodes = pick(1, 300);
    const bool sn5600 = pick(0, 1) == 1;
    d.oneToOne = pick(0, 2) != 0;
    const std::string compute = fmt::format(R"("switch": "{}"{}{}{})", sn5600 ? "nvidia-sn5600" : "nvidia-qm9700",
                                            sn5600 ? R"(, "port_speed_gbps": 400)" : "", d.oneToOne ? "" : R"(, "oversubscription": "2:1")",
                                            pick(0, 3) == 0 ? R"(, "tiers": 3)" : "");
    const std::string storage = pick(0, 1) ? R"("storage": {"switch": "nvidia-qm9700"},)" : R"("storage": false,)";
    const std::string oob = pick(0, 1) ? R"({"per": "rack"})" : R"({"per": "row"})";
    d.json = fmt::format(R"({{"name": "drawn", "compute": {{"system": "{}", "nodes": {}}},
        "fabrics": {{"compute": {{{}}}, {} "oob": {}}},
        "hall": {{"width_m": {}, "depth_m": 40, "columns": {{"pitch_x_m": 12, "pitch_y_m": 12}}}}}})",
                         d.system, d.nodes, compute, storage, oob, pick(20, 80));
    return d;
}

class GeneratorInvariants : public ::testing::TestWithParam<unsigned> {};

TEST_P(GeneratorInvariants, HoldOnDrawnSpecs) {
    std::mt19937 rng(GetParam());
    for (int round = 0; round < 6; ++round) {
        const Drawn drawn = drawSpec(rng);
        SCOPED_TRACE(drawn.json);
        const Model m = generate(parseSpecText(drawn.json, "drawn.json", catalog()), catalog()).model;

        // The model's own invariants: references, sub-port use within each cage's split (so no
        // switch port serves two links and no cage more sub-ports than it has), one cable per link.
        const auto problems = m.validate();
        ASSERT_TRUE(problems.empty()) << problems.front().message;

        // Every compute/storage NIC sub-port of every node carries exactly one link.
        const CatalogEntry& node = catalog().get(drawn.system);
        std::map<std::pair<std::uint32_t, int>, int> linksPerNicSub;  // (port id, sub) -> links
        m.links().forEach([&](LinkId, const Link& l) {
            if (l.fabric == Fabric::Compute || l.fabric == Fabric::Storage) linksPerNicSub[{l.a.value, l.aSub}]++;
        });
        int nodes = 0;
        int expectedNicSubs = 0;
        for (const PortSpec& p : node.device->ports)
            if (p.role == PortRole::Compute || (p.role == PortRole::Storage && drawn.json.find("\"storage\": {") != std::string::npos))
                expectedNicSubs += p.split;
        std::map<std::uint32_t, int> nicLinksPerNode;
        m.devices().forEach([&](DeviceId, const Device& d) { nodes += d.role == DeviceRole::GpuNode; });
        for (const auto& [key, count] : linksPerNicSub) {
            EXPECT_EQ(count, 1);
            if (m.devices()[m.ports()[PortId(key.first)].device].role == DeviceRole::GpuNode)
                nicLinksPerNode[m.ports()[PortId(key.first)].device.value]++;
        }
        EXPECT_EQ(nodes, drawn.nodes);
        for (const auto& [dev, count] : nicLinksPerNode) EXPECT_EQ(count, expectedNicSubs) << m.devices()[DeviceId(dev)].name;

        // Leaves: uplinks match the planned downlinks at 1:1 (never fewer than cabled downlinks),
        // and each rail r of every node in an SU lands on the same leaf.
        std::map<std::uint32_t, int> down, up;
        std::map<std::uint32_t, std::set<std::uint32_t>> leavesOfRailKey;  // (leaf device) -> nodes' racks
        m.links().forEach([&](LinkId, const Link& l) {
            if (l.fabric != Fabric::Compute) return;
            if (l.role == LinkRole::NodeLeaf) down[m.ports()[l.b].device.value]++;
            if (l.role == LinkRole::LeafSpine) up[m.ports()[l.a].device.value]++;
        });
        for (const auto& [leaf, d] : down) {
            if (drawn.oneToOne) { EXPECT_GE(up[leaf], d) << m.devices()[DeviceId(leaf)].name; }
            else EXPECT_GE(2 * up[leaf], d);
        }
        std::map<std::pair<std::string, std::uint32_t>, std::set<std::uint32_t>> leafOfSuRail;  // (su, nic port label) -> leaves
        m.links().forEach([&](LinkId, const Link& l) {
            if (l.fabric != Fabric::Compute || l.role != LinkRole::NodeLeaf) return;
            const Device& leaf = m.devices()[m.ports()[l.b].device];
            const Port& nic = m.ports()[l.a];
            if (m.devices()[nic.device].role != DeviceRole::GpuNode) return;
            const std::string su = leaf.name.substr(0, leaf.name.find('-'));
            leafOfSuRail[{su, nic.name.value * 8U + l.aSub}].insert(m.ports()[l.b].device.value);
        });
        for (const auto& [key, leaves] : leafOfSuRail) EXPECT_EQ(leaves.size(), 1U) << "rail not aligned in " << key.first;

        // Power: each device's cords spread over the feeds so it survives losing any one feed.
        std::map<std::uint32_t, std::map<char, int>> cords;
        m.links().forEach([&](LinkId, const Link& l) {
            if (l.role != LinkRole::PowerCord) return;
            const std::string& pdu = m.devices()[m.ports()[l.b].device].name;
            cords[m.ports()[l.a].device.value][pdu[pdu.find("-pdu-") + 5]]++;
        });
        for (const auto& [dev, feeds] : cords) {
            const Device& d = m.devices()[DeviceId(dev)];
            const CatalogEntry& e = catalog().get(m.text(d.catalog));
            const PowerSpec& p = e.device->power;
            int total = 0, worst = 0;
            for (const auto& [feed, n] : feeds) {
                total += n;
                worst = std::max(worst, n);
            }
            EXPECT_EQ(total, p.psuCount) << d.name;
            const int needed = p.psuRedundancy.n > 0 ? p.psuRedundancy.n : p.psuCount;
            EXPECT_GE(total - worst, needed) << d.name << " loses redundancy with one feed down";
            EXPECT_GE(feeds.size(), 2U) << d.name;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Seeds, GeneratorInvariants, ::testing::Values(11U, 12U, 13U, 14U));

}  // namespace
}  // namespace rw
