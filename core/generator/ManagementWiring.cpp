// Out-of-band management: a 1 GbE management switch per rack (or per row) and a link from every
// BMC and every switch, PDU, CDU and appliance management port to it.
#include <fmt/format.h>

#include <map>

#include "generator/GeneratorContext.h"
#include "generator/PowerPlan.h"
#include "util/Errors.h"

namespace rw::gen {

namespace {

/// Management ports wireManagement() will connect in a rack, PDUs aside: its devices' (the
/// management switches' own are not connected).
int managedPorts(Context& ctx, const RackInfo& rack) {
    int n = 0;
    for (const PlacedDevice& d : rack.devices) n += static_cast<int>(ctx.factory.layout(*d.entry).management.size());
    return n;
}

/// Management switches a group of racks needs, counting the PDUs they will get (which depend on
/// how many management switches draw power: iterate to the fixed point).
int switchesNeeded(Context& ctx, const std::vector<RackInfo*>& racks, const CatalogEntry& sw, int portsPerSwitch) {
    int devicePorts = 0;
    for (const RackInfo* rack : racks) devicePorts += managedPorts(ctx, *rack);
    int count = 0;
    for (;;) {
        int ports = devicePorts;
        for (RackInfo* rack : racks) {
            std::vector<PoweredItem> items = poweredItemsOf(ctx, *rack);
            // Place the switches in the first rack for the estimate (height not known yet); they are few and small.
            if (rack == racks.front())
                for (int i = 0; i < count; ++i) items.push_back({&sw});
            const PduDemand demand = pduDemand(ctx, items);
            ports += static_cast<int>(ctx.factory.layout(*demand.pdu).management.size()) * demand.totalPdus();
        }
        const int needed = (ports + portsPerSwitch - 1) / portsPerSwitch;
        if (needed <= count) return count;
        count = needed;
    }
}


void mountSwitch(Context& ctx, RackInfo& rack, const CatalogEntry& sw, std::string name) {
    const int h = std::max(sw.uHeight, 1);
    if (rack.freeUnits() < h)
        throw InputError(fmt::format("{}: $.fabrics.oob: rack {} has no {} U left for management switch '{}'", ctx.spec.sourceFile,
                                     rack.label, h, sw.id));
    const int u = rack.topFreeU - h + 1;
    rack.topFreeU -= h;
    rack.mgmtSwitches.push_back(ctx.factory.create(sw, rack.id, u, Face::Rear, DeviceRole::MgmtSwitch, std::move(name)));
}

/// Groups of racks sharing management switches: one per rack, or one per row.
std::vector<std::vector<RackInfo*>> groups(Context& ctx) {
    std::vector<std::vector<RackInfo*>> out;
    if (ctx.spec.oob->scope == OobScope::Rack) {
        for (RackInfo& r : ctx.racks) out.push_back({&r});
        return out;
    }
    std::map<std::uint32_t, std::size_t> byRow;
    for (RackInfo& r : ctx.racks) {
        auto [it, fresh] = byRow.emplace(r.row.value, out.size());
        if (fresh) out.emplace_back();
        out[it->second].push_back(&r);
    }
    return out;
}

/// Management switches a rack already holds (a rack-scale system ships its own) serve first.
int adoptBuiltInSwitches(Context& ctx, RackInfo& rack) {
    int ports = 0;
    std::erase_if(rack.devices, [&](const PlacedDevice& d) {
        if (ctx.model.devices()[d.id].role != DeviceRole::MgmtSwitch || ctx.factory.layout(*d.entry).rj45Data.empty()) return false;
        ports += static_cast<int>(ctx.factory.layout(*d.entry).rj45Data.size());
        rack.mgmtSwitches.push_back(d);
        return true;
    });
    return ports;
}

}  // namespace

void placeManagementSwitches(Context& ctx) {
    if (!ctx.spec.oob) return;
    const CatalogEntry& sw = *ctx.spec.oob->switchEntry;
    const int perSwitch = static_cast<int>(ctx.factory.layout(sw).rj45Data.size());
    if (perSwitch == 0)
        throw InputError(fmt::format("{}: $.fabrics.oob.switch: '{}' has no RJ45 data ports for management links", ctx.spec.sourceFile, sw.id));
    for (auto& group : groups(ctx)) {
        int builtInPorts = 0;
        for (RackInfo* r : group) builtInPorts += adoptBuiltInSwitches(ctx, *r);
        const int builtIn = (builtInPorts + perSwitch - 1) / perSwitch;  // in units of the spec's switch
        const int count = std::max(0, switchesNeeded(ctx, group, sw, perSwitch) - builtIn);
        for (int i = 0; i < count; ++i) {
            // Per row: put each switch in the rack of the row with the most room left.
            RackInfo* host = group.front();
            for (RackInfo* r : group)
                if (r->freeUnits() > host->freeUnits()) host = r;
            const std::string name = ctx.spec.oob->scope == OobScope::Rack
                                         ? fmt::format("oob-{}{}", host->label, count > 1 ? fmt::format("-{}", i + 1) : "")
                                         : fmt::format("oob-{}-{}", ctx.model.rows()[host->row].name, i + 1);
            mountSwitch(ctx, *host, sw, name);
        }
    }
}

void wireManagement(Context& ctx) {
    if (!ctx.spec.oob) return;
    const CatalogEntry& sw = *ctx.spec.oob->switchEntry;
    const auto& ports = ctx.factory.layout(sw).rj45Data;
    for (auto& group : groups(ctx)) {
        std::vector<PlacedDevice> switches;
        for (RackInfo* r : group) switches.insert(switches.end(), r->mgmtSwitches.begin(), r->mgmtSwitches.end());
        std::size_t next = 0;
        const auto connect = [&](const PlacedDevice& d) {
            for (const Endpoint& e : ctx.factory.layout(*d.entry).management) {
                if (next >= switches.size() * ports.size()) {
                    ctx.notes.push_back(fmt::format("{}: management port of {} left unconnected: no free switch port.",
                                                    ctx.spec.sourceFile, ctx.model.devices()[d.id].name));
                    return;
                }
                ctx.link(d, e, switches[next / ports.size()], ports[next % ports.size()], Fabric::Oob, LinkRole::Management);
                ++next;
            }
        };
        for (RackInfo* r : group) {
            for (const PlacedDevice& d : r->devices) connect(d);
            for (const PlacedDevice& d : r->pdus) connect(d);
        }
    }
}

}  // namespace rw::gen
