#pragma once
// Slurm topology from a design (docs/exchange.md): what topology-aware scheduling needs to know
// about the compute fabric and the NVLink domains, in the format of the target Slurm version.
//
// - tree (topology/tree, every version, topology.conf): one leaf per distinct set of leaf
//   switches the GPU nodes are cabled to, listing its nodes; spines list those leaves and cores
//   list spines. A rail-optimized scalable unit cables every node to all eight rail leaves, and
//   Slurm warns "Multiple leaf switches contain nodes" when one node sits under two leaves, so
//   such rail leaves become one Slurm leaf named "rails-<first leaf>" (the comment above it lists
//   the physical leaves).
// - block (topology/block, Slurm 23.11+, topology.conf): one block per NVLink domain (a rack with
//   NVLink switch trays, joined with the racks its trays are cabled to), listing the domain's GPU
//   nodes, and BlockSizes: the smallest domain's node count, doubled up to the whole set of
//   blocks (each size must be the previous times a power of two). Blocks are ordered so that
//   domains under the same leaves are adjacent: Slurm pairs a block with the next one.
// - topology.yaml (Slurm 25.05+, which then ignores topology.conf): topology "ib" (the tree) and,
//   when the design has NVLink domains, topology "nvl" (the blocks); the chosen plugin's
//   topology is cluster_default.
//
// Node names are the design's server names (Device::name) and must match slurm.conf's NodeName,
// so a server name Slurm cannot take is an error; switch and block names are the design's names
// with such characters replaced by '_' and cut to 64 characters.
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/Model.h"

namespace rw::slurm {

struct Version {
    int year = 23;
    int month = 11;
    friend auto operator<=>(const Version&, const Version&) = default;
};
/// "22.05" -> {22, 5}; nullopt unless two-digit year '.' two-digit month 01-12.
[[nodiscard]] std::optional<Version> parseVersion(std::string_view text) noexcept;
inline constexpr Version kFirstBlockVersion{23, 11};
inline constexpr Version kFirstYamlVersion{25, 5};

enum class Plugin { Tree, Block };

struct TopologyOptions {
    Version version;
    Plugin plugin = Plugin::Tree;
    Fabric fabric = Fabric::Compute;  // the fabric the tree describes
};

struct TopologySummary {
    std::string format;   // "tree", "block" or "yaml"
    std::int64_t nodes = 0;     // GPU nodes in the tree (block: in the blocks)
    std::int64_t switches = 0;  // Slurm switches written (tree, yaml)
    std::int64_t blocks = 0;    // NVLink domains written (block, yaml)
    std::vector<std::string> warnings;
};

/// Writes the topology of `model` for `options.version` to `out`. Throws InputError when the
/// fabric has no GPU node cabled to a leaf, block is asked of a version before 23.11 or of a
/// design without NVLink domains, or a server name is not a valid Slurm node name.
TopologySummary writeTopology(std::ostream& out, const Model& model, const TopologyOptions& options);

/// The same, as a string (tests).
[[nodiscard]] std::string topologyText(const Model& model, const TopologyOptions& options,
                                       TopologySummary* summary = nullptr);

}  // namespace rw::slurm
