// The three Slurm formats, checked against the rules of Slurm's topology.conf(5) and
// topology.yaml(5) (../shared/reference/formats.md section 2): every node under exactly one leaf,
// every Switches=/children name defined, blocks of whole NVLink domains, BlockSizes each the
// previous times a power of two. The tree is also loaded by a real slurmctld in the CLI tests.
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <yaml-cpp/yaml.h>

#include "../reports/FatTreeFixture.h"
#include "exchange/Hostlist.h"
#include "exchange/SlurmTopology.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "support/ShippedCatalog.h"
#include "util/Errors.h"

namespace rw::slurm {
namespace {

const Model& generated(const std::string& example) {
    static std::map<std::string, Model> cache;
    auto it = cache.find(example);
    if (it == cache.end()) {
        const Catalog& catalog = test::shippedCatalog();
        it = cache.emplace(example, generate(parseSpecFile(std::string(RACKWEAVE_SOURCE_DIR) + "/examples/" + example, catalog),
                                             catalog).model).first;
    }
    return it->second;
}

std::set<std::string> gpuNodeNames(const Model& m) {
    std::set<std::string> names;
    m.devices().forEach([&](DeviceId, const Device& d) {
        if (d.role == DeviceRole::GpuNode) names.insert(d.name);
    });
    return names;
}

// key=value lines of a topology.conf, in order ('#' comments dropped).
std::vector<std::map<std::string, std::string>> confLines(const std::string& text) {
    std::vector<std::map<std::string, std::string>> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        std::map<std::string, std::string> kv;
        std::istringstream words(line);
        for (std::string w; words >> w;) {
            const auto eq = w.find('=');
            EXPECT_NE(eq, std::string::npos) << line;
            kv[w.substr(0, eq)] = w.substr(eq + 1);
        }
        lines.push_back(kv);
    }
    return lines;
}

// The tree rules: names valid and defined once, every node under exactly one leaf, every child
// switch defined, no switch with both or neither. Returns the nodes found.
std::multiset<std::string> checkTree(const std::string& text) {
    std::set<std::string> defined;
    std::vector<std::string> children;
    std::multiset<std::string> nodes;
    for (const auto& kv : confLines(text)) {
        EXPECT_TRUE(kv.contains("SwitchName")) << text;
        const std::string& name = kv.at("SwitchName");
        EXPECT_EQ(invalidNameChar(name), '\0') << name;
        EXPECT_LE(name.size(), 64U);
        EXPECT_TRUE(defined.insert(name).second) << "defined twice: " << name;
        EXPECT_NE(kv.contains("Nodes"), kv.contains("Switches")) << name;
        if (kv.contains("Nodes"))
            for (const auto& n : expandHostlist(kv.at("Nodes"))) nodes.insert(n);
        if (kv.contains("Switches"))
            for (const auto& c : expandHostlist(kv.at("Switches"))) children.push_back(c);
    }
    for (const auto& c : children) EXPECT_TRUE(defined.contains(c)) << "undefined switch " << c;
    return nodes;
}

void expectEachOnce(const std::multiset<std::string>& found, const std::set<std::string>& expected) {
    EXPECT_EQ(std::set<std::string>(found.begin(), found.end()), expected);
    for (const auto& n : expected) EXPECT_EQ(found.count(n), 1U) << n;
}

// Each size must be the previous times a power of two (topology.conf(5), BlockSizes).
void expectDoublingSizes(const std::vector<long>& sizes) {
    ASSERT_FALSE(sizes.empty());
    for (std::size_t i = 1; i < sizes.size(); ++i) {
        ASSERT_EQ(sizes[i] % sizes[i - 1], 0) << sizes[i];
        const long ratio = sizes[i] / sizes[i - 1];
        EXPECT_TRUE(ratio > 1 && (ratio & (ratio - 1)) == 0) << sizes[i - 1] << " -> " << sizes[i];
    }
}

TEST(SlurmTree, RailLeavesOfOneScalableUnitBecomeOneSlurmLeaf) {
    const auto design = test::buildFatTree({});
    TopologySummary summary;
    const std::string text = topologyText(design.model, {{22, 5}, Plugin::Tree, Fabric::Compute}, &summary);
    EXPECT_EQ(summary.format, "tree");
    EXPECT_EQ(summary.nodes, 4);
    EXPECT_EQ(summary.switches, 5) << text;
    EXPECT_NE(text.find("# 8 rail leaves, every node cabled to each: su1-leaf[1-8]\n"
                        "SwitchName=rails-su1-leaf1 Nodes=r001-n[01-04]\n"),
              std::string::npos)
        << text;
    for (int s = 1; s <= 4; ++s)
        EXPECT_NE(text.find(fmt::format("SwitchName=spine{} Switches=rails-su1-leaf1\n", s)), std::string::npos) << text;
    expectEachOnce(checkTree(text), gpuNodeNames(design.model));
}

TEST(SlurmTree, ThreeTiersListSpinesUnderCores) {
    test::FatTreeShape shape;
    shape.nodes = 8;
    shape.cores = 2;
    shape.uplinksPerSpine = 8;
    const auto design = test::buildFatTree(shape);
    const std::string text = topologyText(design.model, {{22, 5}, Plugin::Tree, Fabric::Compute});
    EXPECT_NE(text.find("SwitchName=core1 Switches=g1-spine[1-4]\n"), std::string::npos) << text;
    EXPECT_NE(text.find("SwitchName=core2 Switches=g1-spine[1-4]\n"), std::string::npos) << text;
    expectEachOnce(checkTree(text), gpuNodeNames(design.model));
}

TEST(SlurmTree, GeneratedSuperpodListsEveryNodeOnceAndNoAppliance) {
    const Model& m = generated("superpod-h100-1su.json");
    TopologySummary summary;
    const std::string text = topologyText(m, {{22, 5}, Plugin::Tree, Fabric::Compute}, &summary);
    EXPECT_EQ(summary.nodes, 31);
    const auto nodes = checkTree(text);
    expectEachOnce(nodes, gpuNodeNames(m));
    EXPECT_EQ(nodes.size(), 31U);
}

TEST(SlurmTree, SwitchNamesAreMadeValidButServerNamesMustBe) {
    auto design = test::buildFatTree({});
    design.model.devices()[design.spines[0]].name = "spine 1,a";
    const std::string text = topologyText(design.model, {{22, 5}, Plugin::Tree, Fabric::Compute});
    EXPECT_NE(text.find("SwitchName=spine_1_a Switches="), std::string::npos) << text;

    design.model.devices()[design.nodes[1]].name = "r001 n02";
    try {
        (void)topologyText(design.model, {{22, 5}, Plugin::Tree, Fabric::Compute});
        FAIL() << "a server name with a space was accepted";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("server 'r001 n02' in rack 'R001': not a valid Slurm node name"),
                  std::string::npos)
            << e.what();
    }
}

TEST(SlurmTree, AFabricWithoutNodesIsAnError) {
    const auto design = test::buildFatTree({});
    EXPECT_THROW((void)topologyText(design.model, {{22, 5}, Plugin::Tree, Fabric::Storage}), InputError);
}

TEST(SlurmBlock, OneBlockPerNvl72RackWithDoublingSizes) {
    const Model& m = generated("gb200-nvl72-su.json");
    TopologySummary summary;
    const std::string text = topologyText(m, {{23, 11}, Plugin::Block, Fabric::Compute}, &summary);
    EXPECT_EQ(summary.format, "block");
    EXPECT_EQ(summary.blocks, 8) << text;
    EXPECT_EQ(summary.nodes, 144);
    EXPECT_EQ(summary.switches, 0) << "a block file holds no switches";
    std::multiset<std::string> nodes;
    std::vector<long> sizes;
    for (const auto& kv : confLines(text)) {
        if (kv.contains("BlockSizes")) {
            std::istringstream list(kv.at("BlockSizes"));
            for (std::string n; std::getline(list, n, ',');) sizes.push_back(std::stol(n));
            continue;
        }
        ASSERT_TRUE(kv.contains("BlockName") && kv.contains("Nodes")) << text;
        EXPECT_EQ(invalidNameChar(kv.at("BlockName")), '\0');
        const auto members = expandHostlist(kv.at("Nodes"));
        EXPECT_EQ(members.size(), 18U) << "an NVL72 domain is 18 compute trays: " << kv.at("Nodes");
        // A block is one rack: all its members stand in the same rack.
        std::set<std::uint32_t> racks;
        m.devices().forEach([&](DeviceId, const Device& d) {
            if (std::find(members.begin(), members.end(), d.name) != members.end()) racks.insert(d.rack.value);
        });
        EXPECT_EQ(racks.size(), 1U) << kv.at("BlockName");
        nodes.insert(members.begin(), members.end());
    }
    EXPECT_EQ(sizes, (std::vector<long>{18, 36, 72, 144}));
    expectDoublingSizes(sizes);
    expectEachOnce(nodes, gpuNodeNames(m));
}

TEST(SlurmBlock, NeedsSlurm2311AndNvlinkDomains) {
    try {
        (void)topologyText(generated("gb200-nvl72-su.json"), {{22, 5}, Plugin::Block, Fabric::Compute});
        FAIL();
    } catch (const InputError& e) {
        EXPECT_STREQ(e.what(), "the block topology plugin needs Slurm 23.11 or later (asked for 22.05)");
    }
    EXPECT_THROW((void)topologyText(test::buildFatTree({}).model, {{23, 11}, Plugin::Block, Fabric::Compute}), InputError);
}

TEST(SlurmYaml, TreeAndBlocksFollowTopologyYamlRules) {
    const Model& m = generated("gb200-nvl72-su.json");
    TopologySummary summary;
    const std::string text = topologyText(m, {{25, 5}, Plugin::Tree, Fabric::Compute}, &summary);
    EXPECT_EQ(summary.format, "yaml");
    const YAML::Node doc = YAML::Load(text);
    ASSERT_TRUE(doc.IsSequence()) << text;
    ASSERT_EQ(doc.size(), 2U) << text;
    // "topology" is the first key of each entry (topology.yaml(5)).
    std::istringstream lines(text);
    int entries = 0;
    for (std::string line; std::getline(lines, line);)
        if (line.starts_with("- ")) {
            EXPECT_TRUE(line.starts_with("- topology: ")) << line;
            ++entries;
        }
    EXPECT_EQ(entries, 2);

    const YAML::Node ib = doc[0];
    EXPECT_EQ(ib["topology"].as<std::string>(), "ib");
    EXPECT_TRUE(ib["cluster_default"].as<bool>());
    std::set<std::string> defined;
    std::vector<std::string> children;
    std::multiset<std::string> treeNodes;
    for (const auto& sw : ib["tree"]["switches"]) {
        const auto name = sw["switch"].as<std::string>();
        EXPECT_TRUE(defined.insert(name).second) << name;
        EXPECT_NE(static_cast<bool>(sw["nodes"]), static_cast<bool>(sw["children"])) << name;
        if (sw["nodes"])
            for (const auto& n : expandHostlist(sw["nodes"].as<std::string>())) treeNodes.insert(n);
        if (sw["children"])
            for (const auto& c : expandHostlist(sw["children"].as<std::string>())) children.push_back(c);
    }
    for (const auto& c : children) EXPECT_TRUE(defined.contains(c)) << c;
    expectEachOnce(treeNodes, gpuNodeNames(m));

    const YAML::Node nvl = doc[1];
    EXPECT_EQ(nvl["topology"].as<std::string>(), "nvl");
    EXPECT_FALSE(nvl["cluster_default"].as<bool>());
    std::vector<long> sizes;
    for (const auto& s : nvl["block"]["block_sizes"]) sizes.push_back(s.as<long>());
    expectDoublingSizes(sizes);
    EXPECT_EQ(sizes.front(), 18);
    std::multiset<std::string> blockNodes;
    for (const auto& b : nvl["block"]["blocks"]) {
        EXPECT_EQ(b["block"].as<std::string>().rfind("nvl-", 0), 0U);
        for (const auto& n : expandHostlist(b["nodes"].as<std::string>())) blockNodes.insert(n);
    }
    expectEachOnce(blockNodes, gpuNodeNames(m));

    // With the block plugin chosen, the NVLink topology is the cluster default.
    const YAML::Node blockFirst = YAML::Load(topologyText(m, {{25, 5}, Plugin::Block, Fabric::Compute}));
    EXPECT_FALSE(blockFirst[0]["cluster_default"].as<bool>());
    EXPECT_TRUE(blockFirst[1]["cluster_default"].as<bool>());
}

TEST(SlurmVersion, ParsesReleaseNumbers) {
    EXPECT_EQ(parseVersion("22.05"), (Version{22, 5}));
    EXPECT_EQ(parseVersion("25.11"), (Version{25, 11}));
    for (const char* bad : {"22.5", "22.13", "v22.05", "22.05.8", ""}) EXPECT_FALSE(parseVersion(bad)) << bad;
    EXPECT_LT(Version(22, 5), kFirstBlockVersion);
}

}  // namespace
}  // namespace rw::slurm
