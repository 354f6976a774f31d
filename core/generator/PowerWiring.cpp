// Power: feeds per rack chosen so PSU redundancy survives the loss of a feed, PDUs sized by
// outlets and by load, a cord from every PSU to an outlet on alternating feeds, and the
// feed -> busway -> circuit -> PDU chain.
#include <fmt/format.h>

#include <cmath>
#include <map>

#include "generator/GeneratorContext.h"
#include "generator/PowerPlan.h"
#include "router/RoutingWorld.h"  // stripConnectorMm, kRackUnitMm: where the router measures cords

namespace rw::gen {

namespace {

constexpr std::array<FeedSide, 3> kSides = {FeedSide::A, FeedSide::B, FeedSide::C};

bool wantsC13(const PortSpec& inlet) { return inlet.kind == PortKind::C14; }

/// The one rule both PDU sizing and cord wiring follow: PSU i of the t-th powered device (only
/// devices with PSUs are counted) goes to feed (t + i) mod feeds.
int feedOfCord(int turn, std::size_t psu, int feeds) { return (turn + static_cast<int>(psu)) % feeds; }

/// What each feed carries, normally ([0]) and with feed k lost ([k + 1]).
using FeedScenarioLoads = std::array<std::array<double, 3>, 4>;

/// Adds a device of `maxW` with `corded[s]` PSU cords on feed s: its live cords share it evenly.
void addFeedLoads(FeedScenarioLoads& loads, double maxW, const std::array<int, 3>& corded) {
    const int total = corded[0] + corded[1] + corded[2];
    for (int lost = -1; lost < 3; ++lost) {
        const int live = total - (lost >= 0 ? corded[static_cast<std::size_t>(lost)] : 0);
        if (live == 0) continue;
        for (std::size_t s = 0; s < 3; ++s)
            if (static_cast<int>(s) != lost) loads[static_cast<std::size_t>(lost + 1)][s] += maxW * corded[s] / live;
    }
}

template <class F>
void forEachPowered(const RackInfo& rack, F&& f) {
    for (const PlacedDevice& d : rack.devices) f(d);
    for (const PlacedDevice& d : rack.mgmtSwitches) f(d);
}

}  // namespace

int feedsPerRack(const Context& ctx, const std::vector<const CatalogEntry*>& devices) {
    if (ctx.spec.power.feeds > 0) return ctx.spec.power.feeds;
    for (int feeds = 2; feeds <= 3; ++feeds) {
        bool holds = true;
        for (const CatalogEntry* e : devices) {
            const PowerSpec& p = e->device->power;
            const int psus = p.psuCount, needed = p.psuRedundancy.n > 0 ? p.psuRedundancy.n : psus;
            if (psus == 0) continue;
            // Cords alternate over the feeds, so one feed carries at most ceil(psus / feeds) of them.
            if (psus - (psus + feeds - 1) / feeds < needed) holds = false;
        }
        if (holds) return feeds;
    }
    return 3;
}

PduDemand pduDemand(Context& ctx, const std::vector<const CatalogEntry*>& devices) {
    PduDemand d;
    std::vector<const CatalogEntry*> withPsus;
    for (const CatalogEntry* e : devices)
        if (e->device && !ctx.factory.layout(*e).psus.empty()) withPsus.push_back(e);
    d.feeds = feedsPerRack(ctx, withPsus);
    const CatalogEntry& pdu = *ctx.spec.power.pdu;
    const PortLayout& outlets = ctx.factory.layout(pdu);
    std::array<int, 3> c13{}, c19{};
    double maxW = 0;
    int turn = 0;
    for (const CatalogEntry* e : withPsus) {
        const auto& psus = ctx.factory.layout(*e).psus;
        for (std::size_t i = 0; i < psus.size(); ++i) {
            const int side = feedOfCord(turn, i, d.feeds);
            (wantsC13(e->device->ports[psus[i].port]) && !outlets.outletsC13.empty() ? c13 : c19)[static_cast<std::size_t>(side)]++;
        }
        ++turn;
        maxW += e->device->power.maxW;
    }
    // After losing one feed, the others carry the whole rack.
    const double sideW = maxW / (d.feeds - 1);
    const double pduW = pdu.powerDistribution->ratedKva * 1000.0;
    const int byPower = pduW > 0 ? static_cast<int>(std::ceil(sideW / pduW)) : 1;
    const auto perPdu = [](int need, std::size_t have) { return have == 0 ? 0 : static_cast<int>((need + static_cast<int>(have) - 1) / static_cast<int>(have)); };
    for (int s = 0; s < d.feeds; ++s) {
        const int byOutlets = std::max(perPdu(c13[static_cast<std::size_t>(s)], outlets.outletsC13.size()),
                                       perPdu(c19[static_cast<std::size_t>(s)], outlets.outletsC19.size()));
        d.pdusPerFeed[static_cast<std::size_t>(s)] = std::max({1, byOutlets, byPower});
    }
    return d;
}

std::vector<const CatalogEntry*> entriesOf(const RackInfo& rack) {
    std::vector<const CatalogEntry*> out;
    forEachPowered(rack, [&](const PlacedDevice& d) { out.push_back(d.entry); });
    return out;
}

void wirePower(Context& ctx) {
    const CatalogEntry& pduEntry = *ctx.spec.power.pdu;
    const PortLayout& outlets = ctx.factory.layout(pduEntry);
    const PowerDistributionSpec& pds = *pduEntry.powerDistribution;
    std::array<FeedId, 3> feeds{};
    FeedScenarioLoads feedLoadW{};
    std::map<std::pair<std::uint32_t, int>, PanelId> panels;  // (row, side) -> busway
    std::map<int, int> racksByFeeds;

    for (RackInfo& rack : ctx.racks) {
        const PduDemand demand = pduDemand(ctx, entriesOf(rack));
        racksByFeeds[demand.feeds]++;
        std::array<std::vector<std::size_t>, 3> bySide;  // indices into rack.pdus
        for (int s = 0; s < demand.feeds; ++s) {
            const auto side = static_cast<std::size_t>(s);
            if (!feeds[side]) feeds[side] = ctx.model.feeds().add(Feed{fmt::format("Utility {}", toString(kSides[side])), kSides[side],
                                                                          static_cast<std::uint16_t>(pds.voltage), 0.0});
            auto& panel = panels[{rack.row.value, s}];
            if (!panel) {
                const std::string rowName = ctx.model.rows().contains(rack.row) ? ctx.model.rows()[rack.row].name : rack.label;
                panel = ctx.model.panels().add(PowerPanel{feeds[side], rack.hall, fmt::format("Busway {}-{}", rowName, toString(kSides[side])),
                                                          PanelKind::Busway, 0});
            }
            for (int k = 0; k < demand.pdusPerFeed[side]; ++k) {
                const int u = pduEntry.uHeight > 0 ? rack.topFreeU - pduEntry.uHeight + 1 : 1;
                if (pduEntry.uHeight > 0) rack.topFreeU -= pduEntry.uHeight;
                const PlacedDevice pdu = ctx.factory.create(pduEntry, rack.id, std::max(u, 1), Face::Rear, DeviceRole::Pdu,
                                                            fmt::format("{}-pdu-{}{}", rack.label, toString(kSides[side]), k + 1));
                ctx.model.circuits().add(Circuit{panel, pdu.id, static_cast<std::uint16_t>(pds.amps), static_cast<std::uint16_t>(pds.voltage),
                                                 static_cast<std::uint8_t>(pds.phases)});
                bySide[side].push_back(rack.pdus.size());
                rack.pdus.push_back(pdu);
            }
        }
        // Cords: PSU i of the t-th device goes to feed (t + i) mod feeds, to the PDU of that feed
        // with the most free outlets of the right type; on a 0U PDU (a vertical strip) to the
        // free outlet nearest the PSU's height, so the cord is as short as the rack allows.
        std::vector<std::array<std::vector<bool>, 2>> taken(rack.pdus.size());  // per PDU: C13, C19 outlets in use
        for (auto& t : taken) t = {std::vector<bool>(outlets.outletsC13.size()), std::vector<bool>(outlets.outletsC19.size())};
        std::vector<std::array<std::size_t, 2>> used(rack.pdus.size(), {0, 0});  // outlets taken: C13, C19
        const bool strip = pduEntry.uHeight == 0 && pduEntry.dimensions.heightMm > 0;
        int turn = 0;
        forEachPowered(rack, [&](const PlacedDevice& d) {
            const auto& psus = ctx.factory.layout(*d.entry).psus;
            if (psus.empty()) return;  // counted the same way as pduDemand()
            const Device& dev = ctx.model.devices()[d.id];
            const double psuZ = (dev.uPosition - 1 + std::max(1, d.entry->uHeight) / 2.0) * kRackUnitMm;
            std::array<int, 3> corded{};
            for (std::size_t i = 0; i < psus.size(); ++i) {
                const auto side = static_cast<std::size_t>(feedOfCord(turn, i, demand.feeds));
                const bool c13 = wantsC13(d.entry->device->ports[psus[i].port]) && !outlets.outletsC13.empty();
                const auto& pool = c13 ? outlets.outletsC13 : outlets.outletsC19;
                const std::size_t type = c13 ? 0 : 1;
                std::size_t best = rack.pdus.size();
                for (std::size_t p : bySide[side])
                    if (used[p][type] < pool.size() && (best == rack.pdus.size() || used[p][type] < used[best][type])) best = p;
                if (best == rack.pdus.size()) {
                    ctx.notes.push_back(fmt::format("Rack {}: no free outlet for {} PSU {}; the cord is missing.", rack.label,
                                                    ctx.model.devices()[d.id].name, i + 1));
                    continue;
                }
                std::size_t outlet = 0;
                while (taken[best][type][outlet]) ++outlet;  // the first free one
                if (strip) {
                    const double base = (ctx.model.devices()[rack.pdus[best].id].uPosition - 1) * kRackUnitMm;
                    const auto gap = [&](std::size_t k) {
                        return std::abs(base + stripConnectorMm(pduEntry.dimensions.heightMm, static_cast<int>(k), static_cast<int>(pool.size())) - psuZ);
                    };
                    for (std::size_t k = 0; k < pool.size(); ++k)
                        if (!taken[best][type][k] && gap(k) < gap(outlet)) outlet = k;
                }
                taken[best][type][outlet] = true;
                ++used[best][type];
                ctx.link(d, psus[i], rack.pdus[best], pool[outlet], Fabric::Power, LinkRole::PowerCord);
                ++corded[side];
            }
            addFeedLoads(feedLoadW, d.entry->device->power.maxW, corded);
            ++turn;
        });
    }
    // Each feed is sized for the most it carries: normally or with any other feed lost, as the
    // devices' cords actually fall (a 2-PSU switch on a 3-feed rack leans on two feeds).
    for (std::size_t s = 0; s < 3; ++s) {
        double worstW = 0.0;
        for (const auto& scenario : feedLoadW) worstW = std::max(worstW, scenario[s]);
        if (feeds[s]) ctx.model.feeds()[feeds[s]].capacityKw = std::ceil(worstW / 1000.0);
    }
    for (const auto& [count, racks] : racksByFeeds)
        ctx.notes.push_back(fmt::format("{} racks get {} feeds, so every device's PSU redundancy survives the loss of one feed.", racks, count));
}

}  // namespace rw::gen
