// Power, rack by rack: the PDUs each rack's plan asks for (PowerPlan.h) and a cord from every
// PSU to its planned outlet. The chain above the PDUs (busways, tap-offs, UPS blocks) is sized
// afterwards from the racks' loads (PowerChain.cpp).
#include <fmt/format.h>

#include <map>

#include "generator/GeneratorContext.h"
#include "generator/PowerChain.h"
#include "generator/PowerPlan.h"

namespace rw::gen {

namespace {

constexpr std::array<FeedSide, 3> kSides = {FeedSide::A, FeedSide::B, FeedSide::C};

template <class F>
void forEachPowered(const RackInfo& rack, F&& f) {
    for (const PlacedDevice& d : rack.devices) f(d);
    for (const PlacedDevice& d : rack.mgmtSwitches) f(d);
}

/// Devices that keep fewer than their needed PSUs once a feed is lost, by model, for one note.
void noteShortRedundancy(Context& ctx, const RackInfo& rack, int feeds, std::map<std::string, int>& shortModels) {
    forEachPowered(rack, [&](const PlacedDevice& d) {
        if (!d.entry->device || ctx.factory.layout(*d.entry).psus.empty()) return;  // no cords to count
        if (d.entry->kind == CatalogKind::PowerShelf) return;  // shelves back each other up: wirePower notes them
        const PowerSpec& p = d.entry->device->power;
        const int needed = p.psuRedundancy.n > 0 ? p.psuRedundancy.n : p.psuCount;
        if (p.psuCount > 0 && p.psuCount - (p.psuCount + feeds - 1) / feeds < needed) ++shortModels[d.entry->model];
    });
}

/// A PDU for each planned shelf feed, mounted at the height of the shelf it serves (a 0U feed
/// drops to its shelf), and a cord from each shelf's input to it.
void wireShelves(Context& ctx, RackInfo& rack, const RackPowerPlan& plan, const std::vector<PlacedDevice>& devices, RackPower& power) {
    const CatalogEntry& entry = *plan.shelfPdu;
    std::vector<int> uOf(plan.shelfPduFeed.size(), 1);
    for (const CordPlan& c : plan.shelfCords) uOf[static_cast<std::size_t>(c.pdu)] = ctx.model.devices()[devices[c.item].id].uPosition;
    std::array<int, 3> perFeed{};
    std::vector<PlacedDevice> pdus;
    for (std::size_t k = 0; k < plan.shelfPduFeed.size(); ++k) {
        const auto side = static_cast<std::size_t>(plan.shelfPduFeed[k]);
        int u = uOf[k];
        if (entry.uHeight > 0) {
            u = rack.topFreeU - entry.uHeight + 1;
            rack.topFreeU -= entry.uHeight;
        }
        const PlacedDevice pdu = ctx.factory.create(entry, rack.id, std::max(u, 1), Face::Rear, DeviceRole::Pdu,
                                                    fmt::format("{}-shelf-feed-{}{}", rack.label, toString(kSides[side]), ++perFeed[side]));
        rack.pdus.push_back(pdu);
        pdus.push_back(pdu);
        power.pdus.push_back({pdu.id, plan.shelfPduFeed[k], &entry});
    }
    for (const CordPlan& c : plan.shelfCords) {
        const PlacedDevice& d = devices[c.item];
        ctx.link(d, ctx.factory.layout(*d.entry).psus[c.psu], pdus[static_cast<std::size_t>(c.pdu)], c.outlet, Fabric::Power,
                 LinkRole::PowerCord);
    }
}

}  // namespace

void wirePower(Context& ctx) {
    std::vector<RackPower> racks;
    std::map<int, int> racksByFeeds;
    std::map<std::string, int> shortModels;
    int missingOutlets = 0;
    std::map<std::string, int> overLimitByPdu;  // cords over a bank's or leg's limit, by PDU model
    int shortShelfRacks = 0;                    // racks whose shelves left after a feed loss cannot carry the busbar

    for (RackInfo& rack : ctx.racks) {
        const std::vector<PoweredItem> items = poweredItemsOf(ctx, rack);
        std::vector<PlacedDevice> devices;  // in the same order
        forEachPowered(rack, [&](const PlacedDevice& d) { devices.push_back(d); });
        const RackPowerPlan plan = planRackPower(ctx, items, static_cast<int>(racks.size()));
        racksByFeeds[plan.demand.feeds]++;
        missingOutlets += plan.missingOutlets;
        if (plan.cordsOverLimit > 0) overLimitByPdu[plan.demand.pdu->id] += plan.cordsOverLimit;
        noteShortRedundancy(ctx, rack, plan.demand.feeds, shortModels);

        const CatalogEntry& pduEntry = *plan.demand.pdu;
        RackPower power{&rack, plan.watts, plan.voltAmps, plan.worstLegVa, {}};
        std::array<int, 3> perFeed{};
        const std::size_t firstPdu = rack.pdus.size();
        for (const int feed : plan.pduFeed) {
            const auto side = static_cast<std::size_t>(feed);
            const int u = pduEntry.uHeight > 0 ? rack.topFreeU - pduEntry.uHeight + 1 : 1;
            if (pduEntry.uHeight > 0) rack.topFreeU -= pduEntry.uHeight;
            const PlacedDevice pdu = ctx.factory.create(pduEntry, rack.id, std::max(u, 1), Face::Rear, DeviceRole::Pdu,
                                                        fmt::format("{}-pdu-{}{}", rack.label, toString(kSides[side]), ++perFeed[side]));
            rack.pdus.push_back(pdu);
            power.pdus.push_back({pdu.id, feed, &pduEntry});
        }
        for (const CordPlan& c : plan.cords) {
            const PlacedDevice& d = devices[c.item];
            ctx.link(d, ctx.factory.layout(*d.entry).psus[c.psu], rack.pdus[firstPdu + static_cast<std::size_t>(c.pdu)], c.outlet,
                     Fabric::Power, LinkRole::PowerCord);
        }
        if (plan.shelfPdu) {
            wireShelves(ctx, rack, plan, devices, power);
            if (plan.shelfCordsOverLimit > 0) overLimitByPdu[plan.shelfPdu->id] += plan.shelfCordsOverLimit;
            const int inputs = static_cast<int>(plan.shelfCords.size());
            const int lostMost = static_cast<int>((plan.shelfCords.size() + plan.demand.feeds - 1) / plan.demand.feeds);
            if (inputs - lostMost < plan.shelfInputsNeeded) ++shortShelfRacks;
        }
        racks.push_back(std::move(power));
    }
    buildPowerChain(ctx, racks);

    for (const auto& [count, n] : racksByFeeds)
        ctx.notes.push_back(fmt::format("{} racks get {} feeds{}.", n, count,
                                        ctx.spec.power.feeds > 0 ? std::string(" (power.redundancy / power.feeds)")
                                                                 : ", so every device's PSU redundancy survives the loss of one feed"));
    for (const auto& [model, n] : shortModels)
        ctx.notes.push_back(fmt::format("{} x {}: fewer PSUs than needed are left when a feed is lost with {} feeds per rack; "
                                        "the power check reports each one.", n, model, racksByFeeds.rbegin()->first));
    if (shortShelfRacks > 0)
        ctx.notes.push_back(fmt::format("{} racks: the power shelves left when a feed is lost cannot carry the busbar; "
                                        "the power check reports each one.", shortShelfRacks));
    if (missingOutlets > 0)
        ctx.notes.push_back(fmt::format("{} PSU cords are missing: no free outlet of their type on the racks' PDUs.", missingOutlets));
    for (const auto& [pduId, n] : overLimitByPdu)
        ctx.notes.push_back(fmt::format("{} PSU cords carry more after a feed loss than a {} outlet bank or leg allows at {:.0f} % "
                                        "loading; the power check reports the banks.", n, pduId, ctx.spec.power.derating * 100));
}

}  // namespace rw::gen
