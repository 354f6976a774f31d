#include "reports/DesignStats.h"

#include <cmath>
#include <fmt/format.h>
#include <set>
#include <unordered_map>

#include "catalog/Catalog.h"

namespace rw {

static_assert(EnumNames<LinkRole>::table.size() == kLinkRoleCount, "kLinkRoleCount must follow LinkRole");

namespace {

// Tiers in increasing order; a switch seen at several counts at the highest.
enum class Tier : std::uint8_t { None, NvlinkSwitch, Leaf, Spine, Core };

struct TierOfDevice {
    // Per fabric, per device id: the highest tier seen. Flat vectors: the model has up to a
    // million ports and tens of thousands of switches.
    std::map<Fabric, std::vector<Tier>> byFabric;

    void raise(Fabric fabric, DeviceId device, Tier tier, std::uint32_t deviceCapacity) {
        auto& tiers = byFabric[fabric];
        if (tiers.empty()) tiers.assign(deviceCapacity, Tier::None);
        Tier& t = tiers[device.value];
        if (static_cast<int>(tier) > static_cast<int>(t)) t = tier;
    }
};

// Which tier the a and b ends of a link of this role are (None = not a switch end).
std::pair<Tier, Tier> endTiers(LinkRole role) noexcept {
    switch (role) {
        case LinkRole::NodeLeaf:
        case LinkRole::Management: return {Tier::None, Tier::Leaf};
        case LinkRole::LeafSpine: return {Tier::Leaf, Tier::Spine};
        case LinkRole::SpineCore: return {Tier::Spine, Tier::Core};
        case LinkRole::Nvlink: return {Tier::None, Tier::NvlinkSwitch};
        case LinkRole::PowerCord:
        case LinkRole::Other: return {Tier::None, Tier::None};
    }
    return {Tier::None, Tier::None};
}

void countLinksAndTiers(const Model& model, DesignStats& stats) {
    TierOfDevice tiers;
    const std::uint32_t deviceCapacity = model.devices().capacity();
    model.links().forEach([&](LinkId, const Link& link) {
        if (link.fabric == Fabric::Power) {
            ++stats.powerCordLinks;
            return;
        }
        FabricLinkCounts& counts = stats.fabrics[link.fabric].links;
        ++counts.total;
        ++counts.byRole[static_cast<std::size_t>(link.role)];
        const auto [aTier, bTier] = endTiers(link.role);
        const Port* a = model.ports().find(link.a);
        const Port* b = model.ports().find(link.b);
        if (aTier != Tier::None && a != nullptr && model.devices().contains(a->device))
            tiers.raise(link.fabric, a->device, aTier, deviceCapacity);
        if (bTier != Tier::None && b != nullptr && model.devices().contains(b->device))
            tiers.raise(link.fabric, b->device, bTier, deviceCapacity);
    });
    for (const auto& [fabric, perDevice] : tiers.byFabric) {
        FabricSwitchCounts& s = stats.fabrics[fabric].switches;
        for (const Tier t : perDevice) {
            switch (t) {
                case Tier::Leaf: ++s.leaf; break;
                case Tier::Spine: ++s.spine; break;
                case Tier::Core: ++s.core; break;
                case Tier::NvlinkSwitch: ++s.nvlinkSwitch; break;
                case Tier::None: break;
            }
        }
    }
}

void countCables(const Model& model, const DesignStatsInputs& inputs, DesignStats& stats) {
    model.cables().forEach([&](CableId id, const Cable& cable) {
        ++stats.cables.total;
        if (cable.media == Media::PowerCord) ++stats.cables.powerCords;
        if (inputs.isRouted && inputs.isRouted(id, cable)) ++stats.cables.routed;
    });
    stats.cables.unrouted = stats.cables.total - stats.cables.routed;
}

// Per-tray share of the NVLink links of the rack-scale system a gpu-node entry belongs to
// (GB200 NVL72: 1,296 links / 18 compute trays = 72), or 0 when the entry is in no such system.
// When several systems list the same tray, the first one in catalog order is used.
double nvlinkLinksPerTray(const Catalog& catalog, const std::string& entryId) {
    for (const CatalogEntry* system : catalog.ofKind(CatalogKind::RackScaleSystem)) {
        const RackScaleSpec& rs = *system->rackScale;
        if (rs.nvlinkLinks <= 0 || rs.computeNodes <= 0) continue;
        for (const RackScaleMember& m : rs.members)
            if (m.role == DeviceRole::GpuNode && m.entry == entryId)
                return static_cast<double>(rs.nvlinkLinks) / static_cast<double>(rs.computeNodes);
    }
    return 0.0;
}

bool isPowerDistribution(DeviceRole role) noexcept {
    return role == DeviceRole::Pdu || role == DeviceRole::PowerShelf;
}

void addCatalogFigures(const Model& model, const Catalog& catalog, DesignStats& stats) {
    std::int64_t gpus = 0;
    double itW = 0.0;
    double coolingW = 0.0;
    double nvlinkInRack = 0.0;
    std::int64_t nvlinkInNode = 0;
    std::set<std::string> unknownIds;
    std::set<std::string> gpuNodesWithoutGpus;
    std::unordered_map<std::string, double> traySharesById;

    model.devices().forEach([&](DeviceId, const Device& device) {
        const std::string id(model.text(device.catalog));
        const CatalogEntry* entry = catalog.find(id);
        if (entry == nullptr) {
            unknownIds.insert(id.empty() ? std::string("(none)") : id);
            return;
        }
        if (device.role == DeviceRole::GpuNode) {
            if (entry->compute) {
                gpus += entry->compute->gpus;
                nvlinkInNode += entry->compute->nvlinkLinks;
            } else {
                gpuNodesWithoutGpus.insert(id);
            }
            auto [it, fresh] = traySharesById.try_emplace(id, 0.0);
            if (fresh) it->second = nvlinkLinksPerTray(catalog, id);
            nvlinkInRack += it->second;
        }
        if (!entry->device) return;
        const double maxW = entry->device->power.maxW;
        if (device.role == DeviceRole::Cdu) coolingW += maxW;
        else if (!isPowerDistribution(device.role)) itW += maxW;
    });
    model.coolingUnits().forEach([&](CoolingId, const CoolingUnit& unit) {
        if (unit.device.valid()) return;  // an in-rack CDU device, counted above
        const CatalogEntry* entry = catalog.find(model.text(unit.catalog));
        if (entry != nullptr && entry->cooling) coolingW += entry->cooling->powerW;
    });

    stats.gpus = gpus;
    stats.itMaxKw = itW / 1000.0;
    stats.coolingMaxKw = coolingW / 1000.0;
    if (nvlinkInRack > 0.0) stats.nvlinkInRack = std::llround(nvlinkInRack);
    if (nvlinkInNode > 0) stats.nvlinkInNode = nvlinkInNode;
    if (stats.nvlinkInRack || stats.nvlinkInNode)
        stats.fabrics[Fabric::Nvlink];  // the fabric exists even when its links are not modelled
    for (const auto& id : unknownIds)
        stats.warnings.push_back(fmt::format("catalog entry '{}' is not in the catalog: its GPUs and power are not counted", id));
    for (const auto& id : gpuNodesWithoutGpus)
        stats.warnings.push_back(fmt::format("gpu-node devices of '{}' have no GPU figure in the catalog", id));
}

}  // namespace

DesignStats computeDesignStats(const Model& model, const DesignStatsInputs& inputs) {
    DesignStats stats;
    stats.name = model.site.name;
    model.devices().forEach([&](DeviceId, const Device& d) {
        if (d.role == DeviceRole::GpuNode) ++stats.nodes;
    });
    model.racks().forEach([&](RackId, const Rack& r) {
        ++stats.racks;
        ++stats.racksByRole[r.role];
    });
    countLinksAndTiers(model, stats);
    countCables(model, inputs, stats);
    if (inputs.catalog != nullptr) addCatalogFigures(model, *inputs.catalog, stats);
    return stats;
}

}  // namespace rw
