// The generator reproduces NVIDIA's published DGX SuperPOD compute-fabric figures
// (../shared/reference/hardware-facts.md) through the whole pipeline: spec -> model.
#include <gtest/gtest.h>
#include <fmt/format.h>

#include <map>

#include "GeneratedFabric.h"
#include "catalog/Catalog.h"
#include "support/ShippedCatalog.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"

namespace rw {
namespace {

const Catalog& catalog() { return test::shippedCatalog(); }

Model generateDgx(int nodes, bool ufm) {
    const std::string spec = fmt::format(R"({{
      "compute": {{"system": "nvidia-dgx-h100", "nodes": {}}},
      "fabrics": {{"compute": {{"switch": "nvidia-qm9700"{}}}}},
      "hall": {{"width_m": 200, "depth_m": 200}}
    }})", nodes, ufm ? R"(, "ufm": "nvidia-ufm-appliance")" : "");
    return generate(parseSpecText(spec, "figures.json", catalog()), catalog()).model;
}

struct Published {
    int nodes;
    bool ufm;
    std::size_t leaves, spines, cores;
    int leafSpineLinks;
    int nodeAndUfmLinks;  // the RA's "Compute and UFM" cable count
};

class PublishedFigures : public ::testing::TestWithParam<Published> {};

TEST_P(PublishedFigures, Match) {
    const Published p = GetParam();
    const Model m = generateDgx(p.nodes, p.ufm);
    const auto c = test::countFabric(m, Fabric::Compute);
    EXPECT_EQ(c.leaves.size(), p.leaves);
    EXPECT_EQ(c.spines.size(), p.spines);
    EXPECT_EQ(c.cores.size(), p.cores);
    EXPECT_EQ(c.links.count(LinkRole::LeafSpine) ? c.links.at(LinkRole::LeafSpine) : 0, p.leafSpineLinks);
    EXPECT_EQ(c.links.at(LinkRole::NodeLeaf), p.nodeAndUfmLinks);
    EXPECT_TRUE(m.validate().empty());
}

INSTANTIATE_TEST_SUITE_P(SuperPod, PublishedFigures,
                         ::testing::Values(Published{31, true, 8, 4, 0, 256, 252},        // 1 SU
                                           Published{63, true, 16, 8, 0, 512, 508},       // 2 SU
                                           Published{127, true, 32, 16, 0, 1024, 1020},   // 4 SU
                                           Published{256, false, 64, 32, 0, 2048, 2048},  // 8 SU, 2,048 GPUs
                                           Published{2048, false, 512, 512, 256, 16384, 16384}));  // 64 SU

TEST(PublishedFigures, DgxRackFeedsMatchNvidiaPowerGuidance) {
    // NVIDIA's guidance: four DGX H100 per rack on three 415 V feeds at N+1. Six 4+2 PSUs cannot
    // survive the loss of one of two feeds (3 left), so the generator must choose three feeds
    // with two cords of every node on each.
    const Model m = generateDgx(4, false);
    std::map<std::uint32_t, std::map<char, int>> cordsPerNodeAndFeed;
    m.links().forEach([&](LinkId, const Link& l) {
        if (l.role != LinkRole::PowerCord) return;
        const Device& node = m.devices()[m.ports()[l.a].device];
        if (node.role != DeviceRole::GpuNode) return;
        const std::string& pdu = m.devices()[m.ports()[l.b].device].name;  // e.g. R001-pdu-B1
        cordsPerNodeAndFeed[m.ports()[l.a].device.value][pdu[pdu.find("-pdu-") + 5]]++;
    });
    ASSERT_EQ(cordsPerNodeAndFeed.size(), 4U);
    for (const auto& [node, feeds] : cordsPerNodeAndFeed) {
        EXPECT_EQ(feeds.size(), 3U);
        for (const auto& [feed, cords] : feeds) EXPECT_EQ(cords, 2) << "feed " << feed;
    }
}

}  // namespace
}  // namespace rw
