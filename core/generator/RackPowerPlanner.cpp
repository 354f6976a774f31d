// Plans one rack's power: feeds, PDUs per feed, and the outlet (and so the bank and leg) of
// every PSU cord, sized for the worst single failure. See PowerPlan.h.
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <tuple>

#include "generator/PowerPlan.h"
#include "power/PowerMath.h"
#include "power/PowerRules.h"
#include "router/RoutingWorld.h"  // stripConnectorMm, kRackUnitMm

namespace rw::gen {

namespace {

constexpr double kUnlimited = std::numeric_limits<double>::infinity();
// Shares are rounded figures; a hair over the limit is within the check's display precision.
constexpr double kFit = 1.0 + 1e-9;


/// The one rule both sizing and wiring follow: PSU i of the t-th powered device (only devices
/// with PSUs are counted) goes to feed (t + i) mod feeds.
int feedOfCord(int turn, std::size_t psu, int feeds) { return (turn + static_cast<int>(psu)) % feeds; }

/// Adds a device drawing `load` with `corded[s]` PSU cords on feed s: its live cords share it evenly.
void addFeedLoads(FeedScenarioLoads& loads, double load, const std::array<int, 3>& corded) {
    const int total = corded[0] + corded[1] + corded[2];
    for (int lost = -1; lost < 3; ++lost) {
        const int live = total - (lost >= 0 ? corded[static_cast<std::size_t>(lost)] : 0);
        if (live == 0) continue;
        for (std::size_t s = 0; s < 3; ++s)
            if (static_cast<int>(s) != lost) loads[static_cast<std::size_t>(lost + 1)][s] += load * corded[s] / live;
    }
}

/// A PDU's electrical shape, the same for every copy: its banks with their outlets, the limit
/// of each bank and of each input leg in VA.
struct PduTemplate {
    struct BankShape {
        int leg = -1;  // -1: not known, the load spreads over every leg
        double limitVa = kUnlimited;
        std::array<std::vector<std::size_t>, kOutletPools> outlets;  // positions in the layout's outlet pools
    };
    std::vector<BankShape> banks;
    int legs = 3;
    double legLimitVa = kUnlimited;
    std::array<std::size_t, kOutletPools> outletCount{};

    /// The pool of outlets a PSU inlet plugs into: a C14 takes a C13 (a C19 on a PDU without
    /// C13s, through a C14-C19 cord), an IEC 60309 32 A inlet its socket, an inlet of kind
    /// "other" (a power shelf's three-phase input) a socket of kind "other", anything else a C19.
    [[nodiscard]] std::size_t poolFor(PortKind inlet) const {
        if (inlet == PortKind::C14 && outletCount[static_cast<std::size_t>(OutletPool::C13)] > 0)
            return static_cast<std::size_t>(OutletPool::C13);
        if (inlet == PortKind::Iec60309_32A) return static_cast<std::size_t>(OutletPool::Iec32A);
        if (inlet == PortKind::Other) return static_cast<std::size_t>(OutletPool::Other);
        return static_cast<std::size_t>(OutletPool::C19);
    }
};

PduTemplate pduTemplate(Context& ctx, const CatalogEntry& pdu) {
    const PowerDistributionSpec& pds = *pdu.powerDistribution;
    const PortLayout& layout = ctx.factory.layout(pdu);
    const double derating = ctx.spec.power.derating;
    // Per leg, V_LL / sqrt 3 on any three-phase supply gives the balanced total (on a delta too);
    // a bank sees the outlet voltage (line-to-neutral only on a wye).
    const double legVolts = pds.phases == 3 ? power::lineToNeutral(pds.voltage) : pds.voltage;
    const double bankVolts = power::outletVolts(pds.voltage, pds.phases);
    PduTemplate t;
    t.legs = pds.phases == 3 ? 3 : 1;
    t.legLimitVa = pds.amps * derating * legVolts;
    for (std::size_t pool = 0; pool < kOutletPools; ++pool) t.outletCount[pool] = layout.outlets[pool].size();
    const auto positionsIn = [](const std::vector<Endpoint>& pool, const std::vector<std::size_t>& ports) {
        std::vector<std::size_t> out;
        for (std::size_t k = 0; k < pool.size(); ++k)
            if (std::find(ports.begin(), ports.end(), pool[k].port) != ports.end()) out.push_back(k);
        return out;
    };
    for (const OutletBank& b : pds.banks) {
        PduTemplate::BankShape bank{t.legs == 3 ? b.leg : 0, b.breakerAmps * derating * bankVolts, {}};
        for (std::size_t pool = 0; pool < kOutletPools; ++pool) bank.outlets[pool] = positionsIn(layout.outlets[pool], b.outlets);
        t.banks.push_back(std::move(bank));
    }
    if (t.banks.empty()) {  // no bank layout: one unlimited group over every leg
        PduTemplate::BankShape all;
        for (std::size_t pool = 0; pool < kOutletPools; ++pool)
            for (std::size_t k = 0; k < layout.outlets[pool].size(); ++k) all.outlets[pool].push_back(k);
        t.banks.push_back(std::move(all));
    }
    return t;
}

/// One PSU cord to place: its device (index into the items), PSU, feed, inlet, and its share of
/// the device after the failure that loads it most.
struct PsuShare {
    std::size_t item = 0, psu = 0;
    int feed = 0;
    PortKind inlet = PortKind::Other;
    double worstVa = 0.0;
    double heightMm = 0.0;
};

bool isShelf(const CatalogEntry& e) { return e.kind == CatalogKind::PowerShelf; }

/// Every PSU cord of the rack's devices on `feeds` feeds, largest shares first (they are the
/// hardest to fit into a bank): the power shelves' inputs when `shelves`, else every other
/// device's PSUs. A shelf's input is sized for the shelf's max_w, the most it delivers whatever
/// fails upstream (its rack's other shelves take the rest of the busbar).
std::vector<PsuShare> psuShares(Context& ctx, const std::vector<PoweredItem>& items, int feeds, bool shelves) {
    std::vector<PsuShare> out;
    int turn = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const CatalogEntry& e = *items[i].entry;
        if (!e.device || isShelf(e) != shelves) continue;
        const auto& psus = ctx.factory.layout(e).psus;
        if (psus.empty()) continue;
        std::array<int, 3> perFeed{};
        for (std::size_t p = 0; p < psus.size(); ++p) ++perFeed[static_cast<std::size_t>(feedOfCord(turn, p, feeds))];
        const double va = e.device->power.maxW / powerFactorOf(e);
        for (std::size_t p = 0; p < psus.size(); ++p) {
            const int feed = feedOfCord(turn, p, feeds);
            int lostMost = 0;  // the most of this device's cords that one other feed takes down
            for (int g = 0; g < feeds; ++g)
                if (g != feed) lostMost = std::max(lostMost, perFeed[static_cast<std::size_t>(g)]);
            const int live = std::max(1, static_cast<int>(psus.size()) - lostMost);
            out.push_back({i, p, feed, e.device->ports[psus[p].port].kind, va / live, items[i].psuHeightMm});
        }
        ++turn;
    }
    std::stable_sort(out.begin(), out.end(), [](const PsuShare& a, const PsuShare& b) { return a.worstVa > b.worstVa; });
    return out;
}

/// Whether some bank of an empty PDU of this shape has an outlet of the pool and carries the
/// share within its and its leg's limits: if not, no number of such PDUs helps.
bool fitsBank(const PduTemplate& shape, std::size_t pool, double worstVa) {
    for (const auto& bank : shape.banks)
        if (worstVa <= bank.limitVa * kFit && worstVa / (bank.leg >= 0 ? 1 : shape.legs) <= shape.legLimitVa * kFit &&
            !bank.outlets[pool].empty())
            return true;
    return false;
}

class RackPlanner final {
public:
    RackPlanner(Context& ctx, const std::vector<PoweredItem>& items, int legRotation, const CatalogEntry& pdu, int feeds,
                const std::vector<PsuShare>& shares)
        : ctx_(ctx), items_(items), legRotation_(legRotation), pduEntry_(pdu), shape_(pduTemplate(ctx, pduEntry_)),
          strip_(pduEntry_.uHeight == 0 && pduEntry_.dimensions.heightMm > 0), feeds_(feeds) {
        for (const PsuShare& s : shares) psus_.push_back({s.item, s.psu, s.feed, shape_.poolFor(s.inlet), s.worstVa, s.heightMm});
    }

    RackPowerPlan plan() {
        RackPowerPlan out;
        out.demand.pdu = &pduEntry_;
        out.demand.feeds = feeds_;
        for (int s = 0; s < feeds_; ++s) out.demand.pdusPerFeed[static_cast<std::size_t>(s)] = initialPdus(s);
        const PduDemand first = out.demand;
        for (;;) {
            const int short_ = tryPlace(out);
            if (short_ < 0) break;
            auto& count = out.demand.pdusPerFeed[static_cast<std::size_t>(short_)];
            // Past a handful of extra PDUs more would not help: place what fits and report the rest.
            if (count >= first.pdusPerFeed[static_cast<std::size_t>(short_)] + kMaxExtraPdus) {
                overflow_[static_cast<std::size_t>(short_)] = true;
                continue;
            }
            ++count;
        }
        addScenarioLoads(out);
        return out;
    }

private:
    static constexpr int kMaxExtraPdus = 6;

    struct Psu {
        std::size_t item = 0, psu = 0;
        int feed = 0;
        std::size_t pool = 0;  // the outlet pool its plug takes (OutletPool)
        double worstVa = 0.0;
        double heightMm = 0.0;
    };
    struct Pdu {
        int feed = 0;
        double load = 0.0;
        std::array<double, 3> legLoad{};
        std::vector<double> bankLoad;
        std::array<std::vector<bool>, kOutletPools> taken;  // outlets in use, per pool
    };

    int initialPdus(int feed) const {
        double va = 0.0;
        std::array<std::size_t, kOutletPools> cords{};
        for (const Psu& p : psus_) {
            if (p.feed != feed) continue;
            va += p.worstVa;
            ++cords[p.pool];
        }
        const auto perPdu = [](std::size_t need, std::size_t have) {
            return have == 0 ? (need ? 1 : 0) : static_cast<int>((need + have - 1) / have);
        };
        const double pduVa = shape_.legLimitVa * shape_.legs;
        const int byPower = std::isfinite(pduVa) && pduVa > 0 ? static_cast<int>(std::ceil(va / pduVa)) : 1;
        int pdus = std::max(1, byPower);
        for (std::size_t pool = 0; pool < kOutletPools; ++pool) pdus = std::max(pdus, perPdu(cords[pool], shape_.outletCount[pool]));
        return pdus;
    }

    /// Places every cord on the current PDU counts. Returns -1 when all fit, else the feed that
    /// needs one more PDU.
    int tryPlace(RackPowerPlan& out) {
        std::vector<Pdu> pdus;
        for (int s = 0; s < feeds_; ++s)
            for (int k = 0; k < out.demand.pdusPerFeed[static_cast<std::size_t>(s)]; ++k) {
                Pdu p;
                p.feed = s;
                p.bankLoad.assign(shape_.banks.size(), 0.0);
                for (std::size_t pool = 0; pool < kOutletPools; ++pool) p.taken[pool].assign(shape_.outletCount[pool], false);
                pdus.push_back(std::move(p));
            }
        out.cords.clear();
        out.missingOutlets = out.cordsOverLimit = 0;
        for (const Psu& psu : psus_) {
            const bool overflow = overflow_[static_cast<std::size_t>(psu.feed)];
            Choice c = choose(pdus, psu, true);
            // Every outlet in reach is taken or its bank is full: another PDU gives the cord one
            // beside its PSU rather than a long run down the rack.
            if (c.valid() && !overflow && distance(psu, c.outlet) > kNearMm && nearOnEmptyPdu(psu)) return psu.feed;
            if (!c.valid()) {
                // One more PDU helps unless the PSU's share alone is over every bank's limit.
                if (fitsEmptyPdu(psu) && !overflow) return psu.feed;
                c = choose(pdus, psu, false);
                if (!c.valid()) {  // no free outlet of its type
                    if (!overflow) return psu.feed;
                    ++out.missingOutlets;
                    continue;
                }
                ++out.cordsOverLimit;
            }
            take(pdus[static_cast<std::size_t>(c.pdu)], c, psu);
            out.cords.push_back({psu.item, psu.psu, c.pdu, ctx_.factory.layout(pduEntry_).outlets[psu.pool][c.outlet]});
        }
        out.pduFeed.clear();
        out.worstLegVa = {};
        for (const Pdu& p : pdus) {
            out.pduFeed.push_back(p.feed);
            for (std::size_t leg = 0; leg < 3; ++leg) out.worstLegVa[static_cast<std::size_t>(p.feed)][leg] += p.legLoad[leg];
        }
        return -1;
    }

    struct Choice {
        int pdu = -1;
        std::size_t bank = 0, outlet = 0;
        [[nodiscard]] bool valid() const noexcept { return pdu >= 0; }
    };

    /// The least-loaded PDU of the PSU's feed, then its least-loaded leg, then the free outlet of the
    /// right type nearest the PSU in a bank of that leg (within the limits when `withinLimits`).
    Choice choose(const std::vector<Pdu>& pdus, const Psu& psu, bool withinLimits) const {
        // Outlets within reach of a short cord are preferred: balance is sought among them, and
        // only when none is free does the cord go further (a rack full of switches fills the
        // outlets beside them, and a cord longer than the catalog's cords cannot be ordered).
        Choice best, bestNear;
        std::array<double, 5> bestKey{}, bestNearKey{};
        for (std::size_t p = 0; p < pdus.size(); ++p) {
            const Pdu& pdu = pdus[p];
            if (pdu.feed != psu.feed) continue;
            for (std::size_t b = 0; b < shape_.banks.size(); ++b) {
                const auto& bank = shape_.banks[b];
                const double legAfter = legLoadAfter(pdu, bank.leg, psu.worstVa);
                if (withinLimits && (pdu.bankLoad[b] + psu.worstVa > bank.limitVa * kFit || legAfter > shape_.legLimitVa * kFit))
                    continue;
                const auto outlet = freeOutlet(pdu, bank, psu);
                if (!outlet) continue;
                // Between equal legs, each PDU of the hall prefers a different one first, so the
                // leg left lighter by an odd cord count differs from PDU to PDU and the busway
                // above them stays balanced.
                const int preference = bank.leg < 0 ? 0 : (bank.leg + shape_.legs - (legRotation_ + static_cast<int>(p)) % shape_.legs) % shape_.legs;
                // Balance first (PDUs, then legs: the banks' limits are already met; between equal
                // legs the rotation), then the shortest cord on that leg, then the emptier bank.
                const double gap = distance(psu, *outlet);
                const std::array<double, 5> key = {pdu.load, legAfter, double(preference), gap, pdu.bankLoad[b]};
                const Choice here{static_cast<int>(p), b, *outlet};
                if (!best.valid() || key < bestKey) best = here, bestKey = key;
                if (gap <= kNearMm && (!bestNear.valid() || key < bestNearKey)) bestNear = here, bestNearKey = key;
            }
        }
        return bestNear.valid() ? bestNear : best;
    }

    /// A cord within this height of its PSU is "near": every leg has a bank within it on the shipped
    /// strips (banks of one leg recur every 450 mm on the 1,800 mm 0U PDU).
    static constexpr double kNearMm = 600.0;

    double legLoadAfter(const Pdu& pdu, int leg, double va) const {
        if (leg >= 0) return pdu.legLoad[static_cast<std::size_t>(leg)] + va;
        return *std::max_element(pdu.legLoad.begin(), pdu.legLoad.begin() + shape_.legs) + va / shape_.legs;
    }

    /// Whether an empty PDU has an outlet of the PSU's type near it: if not (a one-socket shelf
    /// feed), another PDU gives the cord no shorter run.
    bool nearOnEmptyPdu(const Psu& psu) const {
        for (std::size_t k = 0; k < shape_.outletCount[psu.pool]; ++k)
            if (distance(psu, k) <= kNearMm) return true;
        return false;
    }

    /// Whether the PSU fits some bank of an empty PDU: if not, no number of PDUs helps.
    bool fitsEmptyPdu(const Psu& psu) const { return fitsBank(shape_, psu.pool, psu.worstVa); }

    std::optional<std::size_t> freeOutlet(const Pdu& pdu, const PduTemplate::BankShape& bank, const Psu& psu) const {
        const auto& taken = pdu.taken[psu.pool];
        std::optional<std::size_t> best;
        for (std::size_t k : bank.outlets[psu.pool])
            if (!taken[k] && (!best || distance(psu, k) < distance(psu, *best))) best = k;
        return best;
    }

    /// How far outlet k (of the PSU's type) sits from the PSU on a vertical strip; 0 otherwise.
    double distance(const Psu& psu, std::size_t k) const {
        if (!strip_ || psu.heightMm < 0) return 0.0;  // not a strip, or the PSU's height is not known yet
        const std::size_t pool = shape_.outletCount[psu.pool];
        return std::abs(stripConnectorMm(pduEntry_.dimensions.heightMm, static_cast<int>(k), static_cast<int>(pool)) - psu.heightMm);
    }

    void take(Pdu& pdu, const Choice& c, const Psu& psu) const {
        pdu.taken[psu.pool][c.outlet] = true;
        pdu.load += psu.worstVa;
        pdu.bankLoad[c.bank] += psu.worstVa;
        const int leg = shape_.banks[c.bank].leg;
        if (leg >= 0) pdu.legLoad[static_cast<std::size_t>(leg)] += psu.worstVa;
        else
            for (int l = 0; l < shape_.legs; ++l) pdu.legLoad[static_cast<std::size_t>(l)] += psu.worstVa / shape_.legs;
    }

    void addScenarioLoads(RackPowerPlan& out) const {
        std::vector<std::array<int, 3>> corded(items_.size());
        for (const CordPlan& c : out.cords) ++corded[c.item][static_cast<std::size_t>(out.pduFeed[static_cast<std::size_t>(c.pdu)])];
        for (std::size_t i = 0; i < items_.size(); ++i) {
            const CatalogEntry& e = *items_[i].entry;
            if (!e.device) continue;
            addFeedLoads(out.watts, e.device->power.maxW, corded[i]);
            addFeedLoads(out.voltAmps, e.device->power.maxW / powerFactorOf(e), corded[i]);
        }
    }

    Context& ctx_;
    const std::vector<PoweredItem>& items_;
    int legRotation_ = 0;
    const CatalogEntry& pduEntry_;
    PduTemplate shape_;
    bool strip_ = false;
    int feeds_ = 2;
    std::vector<Psu> psus_;
    std::array<bool, 3> overflow_{};
};

}  // namespace

double powerFactorOf(const CatalogEntry& entry) {
    const double pf = entry.device ? entry.device->power.powerFactor : 0.0;
    return pf > 0 ? pf : power::PowerRules{}.defaultPowerFactor;
}

ShelfNeed shelfNeed(const std::vector<const CatalogEntry*>& devices) {
    ShelfNeed out;
    double busbarW = 0.0, perInputW = 0.0;
    for (const CatalogEntry* e : devices) {
        if (!e->device || e->kind == CatalogKind::Pdu) continue;
        const PowerSpec& p = e->device->power;
        if (isShelf(*e)) {
            const int inputs = std::max(1, p.psuCount);
            out.inputs += inputs;
            if (p.maxW > 0 && (perInputW <= 0 || p.maxW / inputs < perInputW)) perInputW = p.maxW / inputs;
        } else if (p.psuCount == 0) {
            busbarW += p.maxW;
        }
    }
    if (out.inputs > 0 && busbarW > 0) out.needed = perInputW > 0 ? static_cast<int>(std::ceil(busbarW / perInputW - 1e-9)) : out.inputs;
    return out;
}

int feedsPerRack(const Context& ctx, const std::vector<const CatalogEntry*>& devices) {
    if (ctx.spec.power.feeds > 0) return ctx.spec.power.feeds;
    const ShelfNeed shelves = shelfNeed(devices);
    for (int feeds = 2; feeds <= 3; ++feeds) {
        // Shelf inputs alternate over the feeds like PSU cords; the rest must carry the busbar.
        bool holds = shelves.inputs - (shelves.inputs + feeds - 1) / feeds >= shelves.needed;
        for (const CatalogEntry* e : devices) {
            if (!e->device || isShelf(*e)) continue;
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

namespace {

/// How well a PDU suits the rack's PSU cords: how many of their plugs its outlets take, then
/// how many of those one of its banks also carries (each cord's worst share within the bank's and
/// the leg's limits), then its rated kVA. Higher is better, compared in that order.
std::tuple<std::size_t, std::size_t, double> pduFit(Context& ctx, const CatalogEntry& pdu, const std::vector<PsuShare>& shares) {
    const PduTemplate shape = pduTemplate(ctx, pdu);
    std::size_t plugs = 0, carried = 0;
    for (const PsuShare& s : shares) {
        const std::size_t pool = shape.poolFor(s.inlet);
        plugs += shape.outletCount[pool] > 0 ? 1 : 0;
        carried += fitsBank(shape, pool, s.worstVa) ? 1 : 0;
    }
    return {plugs, carried, pdu.powerDistribution->ratedKva};
}

/// The rack's PDU: the spec's when it names one. Otherwise the catalog PDU that suits its PSU
/// cords best (pduFit): a rack of 5 kW PSUs gets the PDU with 32 A sockets, a rack of C20 inlets
/// the C19 strip, and where no PDU carries every cord the check reports the banks over their limit.
const CatalogEntry& pduFor(Context& ctx, const std::vector<PsuShare>& shares) {
    if (ctx.spec.power.pdu) return *ctx.spec.power.pdu;
    const CatalogEntry* best = nullptr;
    std::tuple<std::size_t, std::size_t, double> bestFit{};
    for (const CatalogEntry* e : ctx.catalog.ofKind(CatalogKind::Pdu)) {
        const auto fit = pduFit(ctx, *e, shares);
        if (!best || fit > bestFit) best = e, bestFit = fit;
    }
    return *best;  // the spec parser refuses a catalog without PDUs
}

/// The PDU for the power shelves' inputs: the spec's when it takes and carries every one, else
/// the catalog PDU that suits them best (a one-socket three-phase shelf feed).
const CatalogEntry& shelfPduFor(Context& ctx, const std::vector<PsuShare>& shares) {
    if (const CatalogEntry* spec = ctx.spec.power.pdu) {
        const auto [plugs, carried, kva] = pduFit(ctx, *spec, shares);
        if (plugs == shares.size() && carried == shares.size()) return *spec;
    }
    const CatalogEntry* best = nullptr;
    std::tuple<std::size_t, std::size_t, double> bestFit{};
    for (const CatalogEntry* e : ctx.catalog.ofKind(CatalogKind::Pdu)) {
        const auto fit = pduFit(ctx, *e, shares);
        if (!best || fit > bestFit) best = e, bestFit = fit;
    }
    return *best;
}

}  // namespace

RackPowerPlan planRackPower(Context& ctx, const std::vector<PoweredItem>& items, int legRotation) {
    std::vector<const CatalogEntry*> entries;
    for (const PoweredItem& it : items) entries.push_back(it.entry);
    const int feeds = feedsPerRack(ctx, entries);
    const std::vector<PsuShare> shares = psuShares(ctx, items, feeds, false);
    RackPowerPlan out = RackPlanner(ctx, items, legRotation, pduFor(ctx, shares), feeds, shares).plan();
    const std::vector<PsuShare> shelfShares = psuShares(ctx, items, feeds, true);
    if (shelfShares.empty()) return out;
    // The shelves' inputs get PDUs of their own (a socket that takes a three-phase shelf input)
    // on the same feeds; their loads join the rack's.
    const RackPowerPlan shelves = RackPlanner(ctx, items, legRotation, shelfPduFor(ctx, shelfShares), feeds, shelfShares).plan();
    out.shelfPdu = shelves.demand.pdu;
    out.shelfPduFeed = shelves.pduFeed;
    out.shelfCords = shelves.cords;
    out.shelfInputsNeeded = shelfNeed(entries).needed;
    out.missingOutlets += shelves.missingOutlets;
    out.shelfCordsOverLimit = shelves.cordsOverLimit;
    for (std::size_t sc = 0; sc < out.watts.size(); ++sc)
        for (std::size_t s = 0; s < 3; ++s) {
            out.watts[sc][s] += shelves.watts[sc][s];
            out.voltAmps[sc][s] += shelves.voltAmps[sc][s];
        }
    for (std::size_t s = 0; s < 3; ++s)
        for (std::size_t leg = 0; leg < 3; ++leg) out.worstLegVa[s][leg] += shelves.worstLegVa[s][leg];
    return out;
}

PduDemand pduDemand(Context& ctx, const std::vector<PoweredItem>& items) { return planRackPower(ctx, items, 0).demand; }

std::vector<PoweredItem> poweredItemsOf(const Context& ctx, const RackInfo& rack) {
    std::vector<PoweredItem> out;
    const auto add = [&](const PlacedDevice& d) {
        const Device& dev = ctx.model.devices()[d.id];
        out.push_back({d.entry, (dev.uPosition - 1 + std::max(1, d.entry->uHeight) / 2.0) * kRackUnitMm});
    };
    for (const PlacedDevice& d : rack.devices) add(d);
    for (const PlacedDevice& d : rack.mgmtSwitches) add(d);
    return out;
}

}  // namespace rw::gen
