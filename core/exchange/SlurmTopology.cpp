#include "exchange/SlurmTopology.h"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <numeric>
#include <ostream>
#include <set>
#include <sstream>
#include <unordered_set>

#include "exchange/Hostlist.h"
#include "util/Errors.h"

namespace rw::slurm {

std::optional<Version> parseVersion(std::string_view text) noexcept {
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (text.size() != 5 || text[2] != '.' || !digit(text[0]) || !digit(text[1]) || !digit(text[3]) || !digit(text[4]))
        return std::nullopt;
    const Version v{(text[0] - '0') * 10 + (text[1] - '0'), (text[3] - '0') * 10 + (text[4] - '0')};
    if (v.month < 1 || v.month > 12) return std::nullopt;
    return v;
}

namespace {

// Slurm reads names up to 64 characters (SwitchName, BlockName).
constexpr std::size_t kMaxNameLength = 64;

std::string versionText(Version v) { return fmt::format("{:02}.{:02}", v.year, v.month); }

// A comment line stays one line.
std::string oneLine(std::string_view text) {
    std::string s(text);
    std::replace_if(s.begin(), s.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
    return s;
}

// One Slurm leaf: GPU nodes that are cabled to the same set of physical leaf switches.
struct LeafGroup {
    std::vector<DeviceId> leaves;  // physical leaves, by id
    std::vector<DeviceId> nodes;   // by id
    std::string name;
};

struct UpperSwitch {
    DeviceId device;
    std::string name;
    std::vector<std::string> children;  // Slurm names of the switches below, in order
};

struct Domain {
    std::vector<std::uint32_t> racks;  // by id
    std::vector<DeviceId> nodes;
    std::string name;
    std::uint32_t firstLeaf = 0;  // lowest leaf id any of its nodes is cabled to (ordering)
};

class TopologyWriter {
public:
    TopologyWriter(const Model& model, const TopologyOptions& options) : model_(model), options_(options) {}

    TopologySummary write(std::ostream& out) {
        const bool yaml = options_.version >= kFirstYamlVersion;
        if (options_.plugin == Plugin::Block && options_.version < kFirstBlockVersion)
            throw InputError(fmt::format("the block topology plugin needs Slurm {} or later (asked for {})",
                                         versionText(kFirstBlockVersion), versionText(options_.version)));
        const bool needTree = options_.plugin == Plugin::Tree;
        const bool needBlocks = options_.plugin == Plugin::Block;
        collectTree(needTree);
        if (needBlocks || yaml) collectDomains(needBlocks);
        std::string text;
        if (yaml) {
            summary_.format = "yaml";
            text = yamlText();
        } else if (needBlocks) {
            summary_.format = "block";
            // The tree was read only to order the blocks; the file holds no switches.
            summary_.switches = 0;
            summary_.nodes = 0;
            for (const Domain& d : domains_) summary_.nodes += static_cast<std::int64_t>(d.nodes.size());
            text = blockConf();
        } else {
            summary_.format = "tree";
            text = treeConf();
        }
        out << text;
        return summary_;
    }

private:
    [[nodiscard]] const Device& device(DeviceId id) const { return model_.devices()[id]; }
    [[nodiscard]] DeviceId deviceOf(PortId port) const { return model_.ports()[port].device; }

    std::string nodeName(DeviceId id) const {
        const Device& d = device(id);
        if (d.name.empty()) throw InputError(fmt::format("GPU node #{} has no name: Slurm needs one per node", id.value));
        if (d.name.size() > kMaxNameLength || invalidNameChar(d.name) != '\0') {
            const char c = invalidNameChar(d.name);
            const Rack* rack = model_.racks().find(d.rack);
            throw InputError(fmt::format("server '{}'{}: not a valid Slurm node name ({}); rename it", oneLine(d.name),
                                         rack ? fmt::format(" in rack '{}'", rack->name) : std::string(),
                                         c != '\0' ? fmt::format("contains character 0x{:02x}", static_cast<unsigned char>(c))
                                                   : fmt::format("longer than {} characters", kMaxNameLength)));
        }
        return d.name;
    }

    // Switch and block names only need to be valid and distinct within the file.
    std::string uniqueName(std::string_view wanted) {
        std::string name(wanted.empty() ? "switch" : wanted);
        for (char& c : name)
            if (invalidNameChar(std::string_view(&c, 1)) != '\0') c = '_';
        if (name.size() > kMaxNameLength) name.resize(kMaxNameLength);
        std::string candidate = name;
        for (int n = 2; !usedNames_.insert(candidate).second; ++n) {
            const std::string tail = fmt::format("-{}", n);
            candidate = name.substr(0, kMaxNameLength - tail.size()) + tail;
        }
        return candidate;
    }

    std::vector<std::string> nodeNames(const std::vector<DeviceId>& ids) const {
        std::vector<std::string> names;
        names.reserve(ids.size());
        for (const DeviceId id : ids) names.push_back(nodeName(id));
        return names;
    }

    void collectTree(bool required) {
        std::map<std::uint32_t, std::set<std::uint32_t>> leavesOfNode, spinesOfLeaf, coresOfSpine;
        model_.links().forEach([&](LinkId, const Link& link) {
            if (link.fabric != options_.fabric) return;
            if (model_.ports().find(link.a) == nullptr || model_.ports().find(link.b) == nullptr) return;
            const DeviceId lower = deviceOf(link.a), upper = deviceOf(link.b);
            switch (link.role) {
                case LinkRole::NodeLeaf:
                    // Appliances (UFM) and storage are cabled to leaves too but are not Slurm nodes.
                    if (device(lower).role == DeviceRole::GpuNode) leavesOfNode[lower.value].insert(upper.value);
                    break;
                case LinkRole::LeafSpine: spinesOfLeaf[lower.value].insert(upper.value); break;
                case LinkRole::SpineCore: coresOfSpine[lower.value].insert(upper.value); break;
                default: break;
            }
        });
        if (leavesOfNode.empty()) {
            if (!required) return;
            throw InputError(fmt::format("no GPU node is cabled to a leaf switch in fabric '{}' (node_leaf links): "
                                         "nothing for a Slurm tree",
                                         toString(options_.fabric)));
        }
        std::int64_t uncabled = 0;
        model_.devices().forEach([&](DeviceId id, const Device& d) {
            if (d.role == DeviceRole::GpuNode && !leavesOfNode.contains(id.value)) ++uncabled;
        });
        if (uncabled > 0)
            summary_.warnings.push_back(fmt::format("{} GPU node(s) have no {} link to a leaf and are not in the tree",
                                                    uncabled, toString(options_.fabric)));

        std::map<std::vector<std::uint32_t>, std::size_t> groupOf;  // leaf set -> group
        for (const auto& [node, leaves] : leavesOfNode) {
            std::vector<std::uint32_t> key(leaves.begin(), leaves.end());
            auto [it, fresh] = groupOf.try_emplace(key, groups_.size());
            if (fresh) {
                LeafGroup g;
                for (const auto l : key) g.leaves.emplace_back(l);
                groups_.push_back(std::move(g));
            }
            groups_[it->second].nodes.emplace_back(node);
            firstLeafOfNode_[node] = key.front();
        }
        std::sort(groups_.begin(), groups_.end(),
                  [](const LeafGroup& x, const LeafGroup& y) { return x.leaves.front().value < y.leaves.front().value; });
        for (LeafGroup& g : groups_) {
            const std::string& first = device(g.leaves.front()).name;
            g.name = uniqueName(g.leaves.size() == 1 ? first : "rails-" + first);
        }

        // Spines list the Slurm leaves below them; cores list the spines that were written.
        std::map<std::uint32_t, std::vector<std::string>> spineChildren, coreChildren;
        for (const LeafGroup& g : groups_) {
            std::set<std::uint32_t> spines;
            for (const DeviceId leaf : g.leaves)
                if (auto it = spinesOfLeaf.find(leaf.value); it != spinesOfLeaf.end()) spines.insert(it->second.begin(), it->second.end());
            for (const auto s : spines) spineChildren[s].push_back(g.name);
        }
        for (const auto& [spine, children] : spineChildren)
            spines_.push_back(UpperSwitch{DeviceId(spine), uniqueName(device(DeviceId(spine)).name), children});
        for (const UpperSwitch& s : spines_)
            if (auto it = coresOfSpine.find(s.device.value); it != coresOfSpine.end())
                for (const auto c : it->second) coreChildren[c].push_back(s.name);
        for (const auto& [core, children] : coreChildren)
            cores_.push_back(UpperSwitch{DeviceId(core), uniqueName(device(DeviceId(core)).name), children});
        summary_.nodes = static_cast<std::int64_t>(leavesOfNode.size());
        summary_.switches = static_cast<std::int64_t>(groups_.size() + spines_.size() + cores_.size());
    }

    // NVLink domains: racks holding NVLink switch trays, joined through nvlink links between racks.
    void collectDomains(bool required) {
        const std::size_t rackCount = model_.racks().capacity();
        std::vector<std::uint32_t> parent(rackCount);
        std::iota(parent.begin(), parent.end(), 0U);
        const auto find = [&](std::uint32_t r) {
            while (parent[r] != r) r = parent[r] = parent[parent[r]];
            return r;
        };
        std::vector<bool> nvlinkRack(rackCount, false);
        model_.devices().forEach([&](DeviceId, const Device& d) {
            if (d.role == DeviceRole::NvlinkSwitch && d.rack.value < rackCount) nvlinkRack[d.rack.value] = true;
        });
        model_.links().forEach([&](LinkId, const Link& link) {
            if (link.fabric != Fabric::Nvlink) return;
            if (model_.ports().find(link.a) == nullptr || model_.ports().find(link.b) == nullptr) return;
            const RackId a = device(deviceOf(link.a)).rack, b = device(deviceOf(link.b)).rack;
            if (a.value < rackCount && b.value < rackCount && nvlinkRack[a.value] && nvlinkRack[b.value])
                parent[find(a.value)] = find(b.value);
        });
        std::map<std::uint32_t, Domain> byRoot;  // root rack -> domain
        for (std::uint32_t r = 0; r < rackCount; ++r)
            if (nvlinkRack[r]) byRoot[find(r)].racks.push_back(r);
        std::vector<std::uint32_t> domainOfRack(rackCount, UINT32_MAX);
        for (auto& [root, domain] : byRoot) {
            for (const auto r : domain.racks) domainOfRack[r] = root;
            domains_.push_back(std::move(domain));
        }
        std::map<std::uint32_t, std::size_t> indexOfRoot;
        for (std::size_t i = 0; i < domains_.size(); ++i) indexOfRoot[find(domains_[i].racks.front())] = i;
        model_.devices().forEach([&](DeviceId id, const Device& d) {
            if (d.role != DeviceRole::GpuNode || d.rack.value >= rackCount || domainOfRack[d.rack.value] == UINT32_MAX) return;
            domains_[indexOfRoot[domainOfRack[d.rack.value]]].nodes.push_back(id);
        });
        std::erase_if(domains_, [](const Domain& d) { return d.nodes.empty(); });
        if (domains_.empty()) {
            if (!required) return;
            throw InputError("the design has no NVLink domains (racks with NVLink switch trays and GPU nodes): "
                             "nothing for the block plugin; use the tree plugin");
        }
        for (Domain& d : domains_) {
            d.firstLeaf = UINT32_MAX;
            for (const DeviceId n : d.nodes)
                if (auto it = firstLeafOfNode_.find(n.value); it != firstLeafOfNode_.end()) d.firstLeaf = std::min(d.firstLeaf, it->second);
        }
        // Slurm aggregates a block with the next one: domains under the same leaves stand together.
        std::sort(domains_.begin(), domains_.end(), [](const Domain& x, const Domain& y) {
            return std::pair(x.firstLeaf, x.racks.front()) < std::pair(y.firstLeaf, y.racks.front());
        });
        for (Domain& d : domains_) d.name = uniqueName("nvl-" + model_.racks()[RackId(d.racks.front())].name);

        std::size_t smallest = SIZE_MAX, largest = 0;
        for (const Domain& d : domains_) {
            smallest = std::min(smallest, d.nodes.size());
            largest = std::max(largest, d.nodes.size());
        }
        if (smallest != largest)
            summary_.warnings.push_back(fmt::format("NVLink domains hold {} to {} GPU nodes; Slurm plans blocks of the "
                                                    "smallest ({})",
                                                    smallest, largest, smallest));
        for (std::size_t size = smallest; size <= smallest * domains_.size(); size *= 2) blockSizes_.push_back(size);
        summary_.blocks = static_cast<std::int64_t>(domains_.size());
    }

    [[nodiscard]] std::string header(std::string_view what) const {
        return fmt::format("# Slurm {} generated by Rackweave {} from design \"{}\" for Slurm {}.\n"
                           "# Node names are the design's server names: they must match slurm.conf NodeName.\n",
                           what, RACKWEAVE_VERSION, oneLine(model_.site.name), versionText(options_.version));
    }

    [[nodiscard]] std::string railComment(const LeafGroup& g) const {
        if (g.leaves.size() == 1) return {};
        std::vector<std::string> names;
        for (const DeviceId l : g.leaves) names.push_back(device(l).name);
        return fmt::format("# {} rail leaves, every node cabled to each: {}\n", g.leaves.size(), oneLine(compressHostlist(names)));
    }

    [[nodiscard]] std::string treeConf() const {
        std::string s = header("topology.conf (topology/tree)");
        s += fmt::format("# slurm.conf: TopologyPlugin=topology/tree. Fabric {}: {} nodes, {} switches.\n\n",
                         toString(options_.fabric), summary_.nodes, summary_.switches);
        for (const LeafGroup& g : groups_)
            s += railComment(g) + fmt::format("SwitchName={} Nodes={}\n", g.name, compressHostlist(nodeNames(g.nodes)));
        for (const auto* tier : {&spines_, &cores_})
            for (const UpperSwitch& u : *tier) s += fmt::format("SwitchName={} Switches={}\n", u.name, compressHostlist(u.children));
        return s;
    }

    [[nodiscard]] std::string blockConf() const {
        std::string s = header("topology.conf (topology/block)");
        s += fmt::format("# slurm.conf: TopologyPlugin=topology/block. {} NVLink domains.\n\n", domains_.size());
        for (const Domain& d : domains_)
            s += fmt::format("BlockName={} Nodes={}\n", d.name, compressHostlist(nodeNames(d.nodes)));
        s += "BlockSizes=";
        for (std::size_t i = 0; i < blockSizes_.size(); ++i) s += fmt::format("{}{}", i ? "," : "", blockSizes_[i]);
        return s + '\n';
    }

    // A YAML scalar: plain when it cannot be read as anything but this string, else double-quoted
    // (names never hold quotes or backslashes: invalidNameChar refuses them).
    static std::string yamlScalar(std::string_view text) {
        static const std::set<std::string, std::less<>> kSpecial = {"true", "false", "yes", "no", "on", "off", "null", "~"};
        std::string lower(text);
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        const bool numeric = !text.empty() && text.find_first_not_of("0123456789.+-eE_") == std::string_view::npos;
        const bool startsPlain = !text.empty() && (std::isalnum(static_cast<unsigned char>(text.front())) != 0);
        if (startsPlain && !numeric && !kSpecial.contains(lower)) return std::string(text);
        return fmt::format("\"{}\"", text);
    }

    [[nodiscard]] std::string yamlText() const {
        std::string s = header("topology.yaml");
        s += "# Slurm reads topology.yaml next to slurm.conf and then ignores topology.conf.\n";
        const bool treeDefault = options_.plugin == Plugin::Tree || domains_.empty();
        if (!groups_.empty()) {
            s += fmt::format("- topology: ib\n  cluster_default: {}\n  tree:\n    switches:\n", treeDefault);
            for (const LeafGroup& g : groups_)
                s += fmt::format("      - switch: {}\n        nodes: {}\n", yamlScalar(g.name),
                                 yamlScalar(compressHostlist(nodeNames(g.nodes))));
            for (const auto* tier : {&spines_, &cores_})
                for (const UpperSwitch& u : *tier)
                    s += fmt::format("      - switch: {}\n        children: {}\n", yamlScalar(u.name),
                                     yamlScalar(compressHostlist(u.children)));
        }
        if (!domains_.empty()) {
            s += fmt::format("- topology: nvl\n  cluster_default: {}\n  block:\n    block_sizes:\n", !treeDefault);
            for (const std::size_t size : blockSizes_) s += fmt::format("      - {}\n", size);
            s += "    blocks:\n";
            for (const Domain& d : domains_)
                s += fmt::format("      - block: {}\n        nodes: {}\n", yamlScalar(d.name),
                                 yamlScalar(compressHostlist(nodeNames(d.nodes))));
        }
        return s;
    }

    const Model& model_;
    TopologyOptions options_;
    TopologySummary summary_;
    std::unordered_set<std::string> usedNames_;
    std::map<std::uint32_t, std::uint32_t> firstLeafOfNode_;  // node id -> lowest leaf id
    std::vector<LeafGroup> groups_;
    std::vector<UpperSwitch> spines_, cores_;
    std::vector<Domain> domains_;
    std::vector<std::size_t> blockSizes_;
};

}  // namespace

TopologySummary writeTopology(std::ostream& out, const Model& model, const TopologyOptions& options) {
    return TopologyWriter(model, options).write(out);
}

std::string topologyText(const Model& model, const TopologyOptions& options, TopologySummary* summary) {
    std::ostringstream out;
    TopologySummary s = writeTopology(out, model, options);
    if (summary != nullptr) *summary = std::move(s);
    return out.str();
}

}  // namespace rw::slurm
