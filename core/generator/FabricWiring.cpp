// Fat-tree fabrics (compute, storage, in-band): planning and wiring.
#include <fmt/format.h>

#include "generator/FatTreePlanner.h"
#include "generator/GeneratorContext.h"
#include "util/Errors.h"

namespace rw::gen {

namespace {

std::string_view fabricKey(Fabric f) { return toString(f); }

/// Each group's node ports for a fabric; every group must bring the same number (its rails).
std::vector<std::vector<Endpoint>> nodePortsByGroup(Context& ctx, Fabric fabric) {
    std::vector<std::vector<Endpoint>> out;
    for (const ComputeGroup& g : ctx.spec.groups) {
        const PortLayout& l = ctx.factory.layout(*g.node);
        const auto& ports = fabric == Fabric::Compute ? l.compute : fabric == Fabric::Storage ? l.storage : l.inband;
        if (ports.empty())
            throw InputError(fmt::format("{}: {}.system: '{}' has no {} ports; leave $.fabrics.{} out (false)", ctx.spec.sourceFile,
                                         g.path, g.node->id, fabricKey(fabric), fabricKey(fabric)));
        if (!out.empty() && ports.size() != out.front().size())
            throw InputError(fmt::format("{}: {}.system: '{}' has {} {} ports but '{}' has {}; nodes of one fabric need the same number of rails",
                                         ctx.spec.sourceFile, g.path, g.node->id, ports.size(), fabricKey(fabric),
                                         ctx.spec.groups.front().node->id, out.front().size()));
        out.push_back(ports);
    }
    return out;
}

/// Speed the fabric runs at: the spec's, else the first group's node ports' own speed.
int fabricSpeed(Context& ctx, const FabricSpec& spec, const std::vector<Endpoint>& nodePorts) {
    if (spec.portSpeedGbps > 0) return spec.portSpeedGbps;
    return ctx.spec.groups.front().node->device->ports[nodePorts.front().port].speedGbps;
}

void planOne(Context& ctx, Fabric fabric, const FabricSpec& spec, int reserved) {
    const std::string path = fmt::format("{}: $.fabrics.{}", ctx.spec.sourceFile, fabricKey(fabric));
    FabricBuild build;
    build.fabric = fabric;
    build.spec = &spec;
    build.endpointsByGroup = nodePortsByGroup(ctx, fabric);
    const std::vector<Endpoint>& nodePorts = build.endpointsByGroup.front();
    build.speedGbps = fabricSpeed(ctx, spec, nodePorts);
    const int radix = static_cast<int>(ctx.factory.dataPorts(*spec.switchEntry, build.speedGbps).size());
    if (radix == 0)
        throw InputError(fmt::format("{}.port_speed_gbps: '{}' has no data ports that run at {} Gb/s", path,
                                     spec.switchEntry->id, build.speedGbps));
    FatTreeRequest request;
    request.nodes = ctx.spec.nodes;
    request.railsPerNode = static_cast<int>(nodePorts.size());
    request.switchRadix = radix;
    request.nodeSlotsPerSu = spec.nodesPerSu;
    request.tiers = spec.tiers;
    request.oversubscription = spec.oversubscription;
    request.reservedNodeSlots = reserved;
    try {
        build.plan.emplace(planFatTree(request));
    } catch (const InputError& e) {
        throw InputError(fmt::format("{}: {}", path, e.what()));
    }
    build.levels.resize(static_cast<std::size_t>(build.plan->tierCount()));
    for (int level = 1; level <= build.plan->tierCount(); ++level)
        build.levels[static_cast<std::size_t>(level - 1)].resize(static_cast<std::size_t>(build.plan->switchCount(level)));
    ctx.fabrics.push_back(std::move(build));
}

}  // namespace

void planFabrics(Context& ctx) {
    if (ctx.spec.compute) planOne(ctx, Fabric::Compute, *ctx.spec.compute, ctx.spec.compute->ufm ? 1 : 0);
    if (ctx.spec.storage) planOne(ctx, Fabric::Storage, *ctx.spec.storage, 0);
    if (ctx.spec.inband) planOne(ctx, Fabric::Inband, *ctx.spec.inband, 0);
}

void wireFabrics(Context& ctx) {
    for (FabricBuild& f : ctx.fabrics) {
        const FatTreePlan& plan = *f.plan;
        const auto& leafPorts = ctx.factory.dataPorts(*f.spec->switchEntry, f.speedGbps);
        ctx.model.links().reserve(ctx.model.links().capacity() + static_cast<std::size_t>(plan.nodeLinkCount()) +
                                  static_cast<std::size_t>(plan.switchLinkCount(1) + plan.switchLinkCount(2)));
        plan.forEachNodeLink([&](std::int64_t node, int rail, const FabricPort& at) {
            const PlacedDevice& leaf = f.levels[0][static_cast<std::size_t>(at.switchIndex)];
            ctx.link(ctx.nodes[static_cast<std::size_t>(node)], f.nodePort(ctx, node, rail), leaf,
                     leafPorts[static_cast<std::size_t>(at.port)], f.fabric, LinkRole::NodeLeaf);
        });
        if (f.fabric == Fabric::Compute && ctx.ufm) {
            const auto& ufmPorts = ctx.factory.layout(*ctx.ufm->entry).compute;
            const int rails = std::min<int>(plan.rails(), static_cast<int>(ufmPorts.size()));
            for (int r = 0; r < rails; ++r) {
                const FabricPort at = plan.reservedSlotPort(0, r);
                ctx.link(*ctx.ufm, ufmPorts[static_cast<std::size_t>(r)], f.levels[0][static_cast<std::size_t>(at.switchIndex)],
                         leafPorts[static_cast<std::size_t>(at.port)], f.fabric, LinkRole::NodeLeaf);
            }
        }
        plan.forEachSwitchLink([&](const SwitchLink& l) {
            const PlacedDevice& lower = f.levels[static_cast<std::size_t>(l.lower.level - 1)][static_cast<std::size_t>(l.lower.switchIndex)];
            const PlacedDevice& upper = f.levels[static_cast<std::size_t>(l.upper.level - 1)][static_cast<std::size_t>(l.upper.switchIndex)];
            const LinkRole role = l.lower.level == 1 ? LinkRole::LeafSpine : l.lower.level == 2 ? LinkRole::SpineCore : LinkRole::Other;
            ctx.link(lower, leafPorts[static_cast<std::size_t>(l.lower.port)], upper, leafPorts[static_cast<std::size_t>(l.upper.port)],
                     f.fabric, role);
        });
    }
}

}  // namespace rw::gen
