// Which racks exist, what each holds, and where they stand (docs/placement.md).
#include <fmt/format.h>

#include <cmath>
#include <map>

#include "generator/FloorPlacer.h"
#include "generator/GeneratorContext.h"
#include "util/Errors.h"

namespace rw::gen {

namespace {

/// Default hall sizes (width x depth in metres), smallest first, for a spec that gives none. The
/// largest is the Colossus examples' 150 m x 120 m hall; beyond it, identical halls are added.
constexpr std::pair<double, double> kDefaultHallSizes[] = {{60.0, 40.0}, {90.0, 60.0}, {120.0, 90.0}, {150.0, 120.0}};

/// A device waiting for its rack: created when the rack is filled; `sink` receives it.
struct PendingDevice {
    const CatalogEntry* entry = nullptr;
    DeviceRole role = DeviceRole::Other;
    std::string name;
    int speedGbps = 0;
    PlacedDevice* sink = nullptr;
};

struct PendingRack {
    RackRole role = RackRole::Compute;
    const CatalogEntry* rackEntry = nullptr;
    std::string name;
    const ComputeGroup* group = nullptr;  // compute racks
    int domain = -1;                      // multi-rack NVLink domain number, -1 = none
    int domainPosition = 0;               // position of the rack within its domain
    std::int64_t firstNode = 0;
    int nodeCount = 0;
    int computeIndex = -1;       // compute racks: 0-based number for node names
    std::vector<PendingDevice> devices;  // network racks
    int groupRacks = 0;          // first rack of an SU or of the spine block: racks that stand together in one hall
};

std::string switchName(const FabricBuild& f, int level, std::int64_t index) {
    const FatTreePlan& plan = *f.plan;
    const std::string prefix = f.fabric == Fabric::Compute ? "" : fmt::format("{}-", toString(f.fabric));
    if (level == 1) return fmt::format("{}su{}-leaf{}", prefix, index / plan.rails() + 1, index % plan.rails() + 1);
    const FatTreeTier& tier = plan.tier(level);
    const std::string_view base = fatTreeLevelName(level);
    if (tier.blocks <= 1) return fmt::format("{}{}{}", prefix, base, index + 1);
    return fmt::format("{}g{}-{}{}", prefix, index / tier.switchesPerBlock + 1, base, index % tier.switchesPerBlock + 1);
}

DeviceRole roleOfLevel(int level) {
    return level == 1 ? DeviceRole::Leaf : level == 2 ? DeviceRole::Spine : DeviceRole::Core;
}

int unitsOf(const CatalogEntry& e) { return std::max(e.uHeight, 0); }

/// The order the switches above the leaves stand in, as (level, index). Spine p of a pod (its
/// plane p) cables only to the level-3 switches [p * switchesPerChild, (p + 1) * switchesPerChild)
/// of its pod group's level-3 block (FatTreePlan::forEachBundle; in a 3-tier fabric that block is
/// the whole top level). So each level-3 block stands with its pods' spines, plane by plane --
/// plane p's spines (pod by pod), then the block's plane-p switches -- and every spine-to-core
/// link stays within a short run of racks. Placed level after level, the spine-to-core mesh ran
/// the length of the network rows, more cable across each point of those rows than any tray
/// stack holds (issue #13). Levels above 3 (a super-core, whose every switch cables to every
/// block) stand after the middle block, where the mean distance to the blocks is least.
std::vector<std::pair<int, std::int64_t>> upperSwitchOrder(const FatTreePlan& plan) {
    std::vector<std::pair<int, std::int64_t>> order;
    const int top = plan.tierCount();
    const auto levelsFrom = [&](int first) {
        for (int level = first; level <= top; ++level)
            for (std::int64_t i = 0; i < plan.tier(level).switches; ++i) order.emplace_back(level, i);
    };
    if (top < 3 || plan.tier(3).switchesPerChild <= 0 || plan.tier(3).childBlocksPerBlock <= 0) {
        levelsFrom(2);
        return order;
    }
    const FatTreeTier& spine = plan.tier(2);
    const FatTreeTier& core = plan.tier(3);
    for (std::int64_t block = 0; block < core.blocks; ++block) {
        const std::int64_t firstPod = block * core.childBlocksPerBlock;
        const std::int64_t lastPod = std::min(spine.blocks, firstPod + core.childBlocksPerBlock);
        for (std::int64_t plane = 0; plane < spine.switchesPerBlock; ++plane) {
            for (std::int64_t pod = firstPod; pod < lastPod; ++pod) order.emplace_back(2, pod * spine.switchesPerBlock + plane);
            const std::int64_t first = block * core.switchesPerBlock + plane * core.switchesPerChild;
            const std::int64_t end = plane + 1 == spine.switchesPerBlock ? (block + 1) * core.switchesPerBlock
                                                                        : first + core.switchesPerChild;
            for (std::int64_t i = first; i < std::min(end, core.switches); ++i) order.emplace_back(3, i);
        }
        if (block == (core.blocks - 1) / 2) levelsFrom(4);
    }
    return order;
}

class RackBuilder {
public:
    explicit RackBuilder(Context& ctx) : ctx_(ctx) {}

    void run() {
        chooseRackTypes();
        ctx_.nodes.resize(static_cast<std::size_t>(ctx_.spec.nodes));
        ctx_.rackOfNode.resize(static_cast<std::size_t>(ctx_.spec.nodes));
        collectNetworkDevices();
        auto sequence = rackSequence(computeRacks());
        placeAll(sequence);
    }

private:
    void chooseRackTypes() {
        // Switches go in the first ordinary compute rack type; a rack-scale system's own frame
        // takes no switches, so then the first other catalog rack of 42 U or more.
        for (const ComputeGroup& g : ctx_.spec.groups)
            if (!g.rackScale() && networkRack_ == nullptr) networkRack_ = g.rack;
        if (networkRack_ == nullptr)
            for (const CatalogEntry* r : ctx_.catalog.ofKind(CatalogKind::Rack))
                if (r != ctx_.spec.groups.front().rack && r->rack->uHeight >= 42) {
                    networkRack_ = r;
                    break;
                }
        if (networkRack_ == nullptr) networkRack_ = ctx_.spec.groups.front().rack;
        double width = networkRack_->dimensions.widthMm, depth = networkRack_->dimensions.depthMm;
        for (const ComputeGroup& g : ctx_.spec.groups) {
            width = std::max(width, g.rack->dimensions.widthMm);
            depth = std::max(depth, g.rack->dimensions.depthMm);
            if (g.rack->dimensions.widthMm <= 0 || g.rack->dimensions.depthMm <= 0)
                throw InputError(fmt::format("{}: {}.rack: catalog rack '{}' has no footprint", ctx_.spec.sourceFile, g.path, g.rack->id));
        }
        slotWidth_ = static_cast<int>(std::lround(width));
        depth_ = static_cast<int>(std::lround(depth));
        mgmtReserve_ = ctx_.spec.oob && ctx_.spec.oob->scope == OobScope::Rack ? unitsOf(*ctx_.spec.oob->switchEntry) : 0;
    }

    /// The compute fabric's plan; without one the whole cluster counts as one SU.
    const FatTreePlan* computePlan() const {
        const FabricBuild* compute = ctx_.fabric(Fabric::Compute);
        return compute ? &*compute->plan : nullptr;
    }

    /// Which compute SU a switch of fabric f, level 1, index i serves.
    std::int64_t computeSuOfLeaf(const FabricBuild& f, std::int64_t leaf) const {
        const FatTreePlan* compute = computePlan();
        if (!compute) return 0;
        const std::int64_t slot = (leaf / f.plan->rails()) * f.plan->nodeSlotsPerSu();
        return std::min(slot / compute->nodeSlotsPerSu(), compute->suCount() - 1);
    }

    std::int64_t suCount() const { return computePlan() ? computePlan()->suCount() : 1; }
    std::int64_t nodeSlotsPerSu() const {
        return computePlan() ? computePlan()->nodeSlotsPerSu() : std::max<std::int64_t>(ctx_.spec.nodes, 1);
    }

    void collectNetworkDevices() {
        suSwitches_.resize(static_cast<std::size_t>(suCount()));
        for (FabricBuild& f : ctx_.fabrics) {
            const auto pending = [&](int level, std::int64_t i) {
                auto& switches = f.levels[static_cast<std::size_t>(level - 1)];
                return PendingDevice{f.spec->switchEntry, roleOfLevel(level), switchName(f, level, i), f.speedGbps,
                                     &switches[static_cast<std::size_t>(i)]};
            };
            for (std::int64_t i = 0; i < f.plan->tier(1).switches; ++i)
                suSwitches_[static_cast<std::size_t>(computeSuOfLeaf(f, i))].push_back(pending(1, i));
            for (const auto& [level, i] : upperSwitchOrder(*f.plan)) spineSwitches_.push_back(pending(level, i));
        }
        if (ctx_.spec.compute && ctx_.spec.compute->ufm) {
            ufmSink_ = PlacedDevice{};
            suSwitches_.back().push_back({ctx_.spec.compute->ufm, DeviceRole::Appliance, "ufm1", 0, &*ufmSink_});
        }
    }

    /// Splits devices into as many network racks as their height needs.
    std::vector<PendingRack> networkRacks(std::vector<PendingDevice>& devices, RackRole role) {
        std::vector<PendingRack> racks;
        const int usable = networkRack_->rack->uHeight - mgmtReserve_;
        int used = usable;
        for (PendingDevice& d : devices) {
            const int h = unitsOf(*d.entry);
            if (h > usable)
                throw InputError(fmt::format("{}: '{}' ({} U) does not fit a {} U network rack", ctx_.spec.sourceFile, d.entry->id, h,
                                             networkRack_->rack->uHeight));
            if (used + h > usable) {
                racks.push_back(PendingRack{role, networkRack_, {}, nullptr, -1, 0, 0, 0, -1, {}});
                used = 0;
            }
            racks.back().devices.push_back(std::move(d));
            used += h;
        }
        return racks;
    }

    /// Compute racks of every group in node order.
    std::vector<PendingRack> computeRacks() const {
        std::vector<PendingRack> racks;
        int domains = 0;
        for (const ComputeGroup& g : ctx_.spec.groups) {
            for (std::int64_t first = 0, k = 0; first < g.nodes; first += g.nodesPerRack, ++k) {
                PendingRack r{RackRole::Compute, g.rack, {}, &g, -1, 0, g.firstNode + first,
                              static_cast<int>(std::min<std::int64_t>(g.nodesPerRack, g.nodes - first)),
                              static_cast<int>(racks.size()), {}};
                if (g.domainRacks > 1) {
                    r.domain = domains + static_cast<int>(k / g.domainRacks);
                    r.domainPosition = static_cast<int>(k % g.domainRacks);
                }
                racks.push_back(std::move(r));
            }
            if (g.domainRacks > 1) domains += static_cast<int>((g.nodes / g.nodesPerRack) / g.domainRacks);
        }
        return racks;
    }

    std::vector<PendingRack> rackSequence(std::vector<PendingRack> computeRacks) {
        std::vector<PendingRack> sequence;
        std::vector<PendingRack> spines = networkRacks(spineSwitches_, RackRole::Network);
        const std::int64_t sus = suCount(), slots = nodeSlotsPerSu();
        const std::int64_t middleSu = (sus - 1) / 2;
        std::size_t nextRack = 0;
        for (std::int64_t su = 0; su < sus; ++su) {
            // Compute racks whose first node lies in this SU; the SU's leaves stand in their middle.
            std::vector<PendingRack> compute;
            while (nextRack < computeRacks.size() && computeRacks[nextRack].firstNode / slots == su)
                compute.push_back(std::move(computeRacks[nextRack++]));
            // An NVLink domain never straddles two SUs' rack groups.
            while (!compute.empty() && nextRack < computeRacks.size() && computeRacks[nextRack].domain >= 0 &&
                   computeRacks[nextRack].domain == compute.back().domain)
                compute.push_back(std::move(computeRacks[nextRack++]));
            std::vector<PendingRack> network = networkRacks(suSwitches_[static_cast<std::size_t>(su)], RackRole::Network);
            std::size_t half = (compute.size() + 1) / 2;
            while (half < compute.size() && compute[half].domainPosition != 0) ++half;  // not inside a domain
            const std::size_t groupStart = sequence.size();
            for (std::size_t i = 0; i < half; ++i) sequence.push_back(std::move(compute[i]));
            for (auto& n : network) sequence.push_back(std::move(n));
            for (std::size_t i = half; i < compute.size(); ++i) sequence.push_back(std::move(compute[i]));
            if (sequence.size() > groupStart) sequence[groupStart].groupRacks = static_cast<int>(sequence.size() - groupStart);
            // Spine racks stand in the middle of the hall, where the mean distance to all leaves is least.
            if (su == middleSu && !spines.empty()) {
                spines.front().groupRacks = static_cast<int>(spines.size());
                for (auto& s : spines) sequence.push_back(std::move(s));
            }
        }
        while (nextRack < computeRacks.size()) sequence.push_back(std::move(computeRacks[nextRack++]));  // no compute fabric
        return sequence;
    }

    /// The spec's hall; without a size, the smallest default size that holds every rack (docs/spec.md).
    /// Small halls chained by corridors put a large fabric's spine and core trunks through a few
    /// corridor trays that no catalog tray can carry (350,000 GPUs in 60 m x 40 m halls left
    /// 175,000 cables unrouted); one large hall spreads them over its cross-aisle trays.
    HallSpec hallFor(int racks) {
        HallSpec hall = ctx_.spec.hall;
        if (hall.sizeGiven) return hall;
        for (const auto& [w, d] : kDefaultHallSizes) {
            hall.widthM = w;
            hall.depthM = d;
            const FloorPlacer probe(ctx_.model, hall, slotWidth_, depth_, ctx_.spec.cooling.scope == CoolingScope::Row, racks,
                                    ctx_.spec.sourceFile);
            if (probe.racksPerHall() >= racks) break;
        }
        return hall;
    }

    void placeAll(std::vector<PendingRack>& sequence) {
        const HallSpec hall = hallFor(static_cast<int>(sequence.size()));
        if (!ctx_.spec.hall.sizeGiven && hall.widthM != ctx_.spec.hall.widthM)
            ctx_.notes.push_back(fmt::format("hall: {} m x {} m, the smallest default hall that holds the {} racks (the spec gives no size).",
                                             hall.widthM, hall.depthM, sequence.size()));
        FloorPlacer placer(ctx_.model, hall, slotWidth_, depth_, ctx_.spec.cooling.scope == CoolingScope::Row,
                           static_cast<int>(sequence.size()), ctx_.spec.sourceFile);
        int networkNumber = 0;
        ctx_.racks.reserve(sequence.size());
        for (PendingRack& pending : sequence) {
            // An SU's racks (or the spine block) never straddle two halls: its node-to-leaf cables
            // would run through the corridor, past every catalog part's length on large designs.
            if (pending.groupRacks > 0) placer.keepInOneHall(pending.groupRacks);
            if (pending.domain >= 0 && pending.domainPosition == 0) placer.keepTogether(pending.group->domainRacks);
            const RackSlot slot = placer.next();
            pending.name = pending.role == RackRole::Compute ? fmt::format("R{:03}", pending.computeIndex + 1)
                                                             : fmt::format("N{:03}", ++networkNumber);
            const RackId id = ctx_.model.racks().add(Rack{slot.hall, slot.row, ctx_.model.strings.intern(pending.rackEntry->id),
                                                          pending.name, slot.centre, slot.rotation, pending.role});
            RackInfo info;
            info.id = id;
            info.row = slot.row;
            info.hall = slot.hall;
            info.units = pending.rackEntry->rack->uHeight;
            info.topFreeU = info.units;
            info.label = pending.name;
            info.domain = pending.domain;
            ctx_.racks.push_back(std::move(info));
            if (pending.role == RackRole::Compute) fillCompute(pending, ctx_.racks.back(), ctx_.racks.size() - 1);
            else fillNetwork(pending, ctx_.racks.back());
        }
        if (ufmSink_) ctx_.ufm = *ufmSink_;
        if (placer.hallsUsed() > 1)
            ctx_.notes.push_back(fmt::format("The racks need {} halls of {} m x {} m ({} rack positions each); halls were added.",
                                             placer.hallsUsed(), hall.widthM, hall.depthM, placer.slotsPerHall()));
        for (const auto& [row, s] : placer.rowEnds()) ctx_.rowCduSlots.push_back({row, s.hall, s.centre, s.rotation});
    }

    PlacedDevice mount(RackInfo& rack, const CatalogEntry& entry, DeviceRole role, std::string name, int speed, int u = 0) {
        const int h = unitsOf(entry);
        if (u == 0) {
            if (h > rack.freeUnits() - mgmtReserve_)
                throw InputError(fmt::format("{}: rack {} ({} U) has no room for '{}' ({} U); lower compute.nodes_per_rack or use a taller rack",
                                             ctx_.spec.sourceFile, rack.label, rack.units, entry.id, h));
            u = rack.nextFreeU;
            rack.nextFreeU += h;
        } else {
            rack.nextFreeU = std::max(rack.nextFreeU, u + h);
        }
        PlacedDevice placed = ctx_.factory.create(entry, rack.id, u, Face::Front, role, std::move(name), speed);
        rack.devices.push_back(placed);
        return placed;
    }

    void fillCompute(const PendingRack& pending, RackInfo& rack, std::size_t rackIndex) {
        if (ctx_.spec.cooling.scope == CoolingScope::Rack && ctx_.spec.cooling.cdu && ctx_.spec.cooling.cdu->uHeight > 0) {
            const PlacedDevice cdu = mount(rack, *ctx_.spec.cooling.cdu, DeviceRole::Cdu, fmt::format("r{:03}-cdu", pending.computeIndex + 1), 0);
            ctx_.inRackCdus.push_back({rackIndex, cdu});
        }
        if (pending.group->rackScale()) {
            fillRackScale(pending, rack, rackIndex);
            return;
        }
        for (int i = 0; i < pending.nodeCount; ++i) {
            const std::int64_t node = pending.firstNode + i;
            ctx_.nodes[static_cast<std::size_t>(node)] =
                mount(rack, *pending.group->node, DeviceRole::GpuNode, fmt::format("r{:03}-n{:02}", pending.computeIndex + 1, i + 1), 0);
            ctx_.rackOfNode[static_cast<std::size_t>(node)] = rackIndex;
        }
    }

    void fillRackScale(const PendingRack& pending, RackInfo& rack, std::size_t rackIndex) {
        int tray = 0;
        std::map<DeviceRole, int> numberOfRole;  // members may list one role twice (power shelves top and bottom)
        for (const RackScaleMember& member : pending.group->system->rackScale->members) {
            const CatalogEntry& entry = ctx_.catalog.get(member.entry);
            for (int k = 0; k < member.count; ++k) {
                const int u = k < static_cast<int>(member.uPositions.size()) ? member.uPositions[static_cast<std::size_t>(k)] : 0;
                const bool isNode = member.role == DeviceRole::GpuNode;
                const std::string name = isNode ? fmt::format("r{:03}-n{:02}", pending.computeIndex + 1, tray + 1)
                                                : fmt::format("r{:03}-{}{}", pending.computeIndex + 1, toString(member.role),
                                                              ++numberOfRole[member.role]);
                const PlacedDevice d = mount(rack, entry, member.role, name, 0, u);
                if (isNode) {
                    const std::int64_t node = pending.firstNode + tray++;
                    ctx_.nodes[static_cast<std::size_t>(node)] = d;
                    ctx_.rackOfNode[static_cast<std::size_t>(node)] = rackIndex;
                }
            }
        }
    }

    void fillNetwork(PendingRack& pending, RackInfo& rack) {
        for (PendingDevice& d : pending.devices) *d.sink = mount(rack, *d.entry, d.role, std::move(d.name), d.speedGbps);
    }

    Context& ctx_;
    const CatalogEntry* networkRack_ = nullptr;
    int slotWidth_ = 0;
    int depth_ = 0;
    int mgmtReserve_ = 0;
    std::vector<std::vector<PendingDevice>> suSwitches_;
    std::vector<PendingDevice> spineSwitches_;
    std::optional<PlacedDevice> ufmSink_;
};

}  // namespace

void buildRacks(Context& ctx) { RackBuilder(ctx).run(); }

}  // namespace rw::gen
