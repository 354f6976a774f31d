// Busways, tap-off circuits and UPS blocks sized from the racks' loads (PowerChain.h).
//
// Every figure is the worst single feed loss: a busway run carries its racks' load on its side
// with any other side lost, a UPS block the same summed over its runs. A feed (UPS block) is
// shared by the same rows on every side, so block A2 and block B2 back each other up.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

#include "generator/PowerChain.h"
#include "power/PowerMath.h"

namespace rw::gen {

namespace {

constexpr std::array<FeedSide, 3> kSides = {FeedSide::A, FeedSide::B, FeedSide::C};

/// Sum of the racks' scenario loads.
struct Loads {
    FeedScenarioLoads watts{}, voltAmps{};
    std::array<std::array<double, 3>, 3> legVa{};  // per feed and leg, worst shares summed
    void add(const RackPower& r) {
        for (std::size_t sc = 0; sc < 4; ++sc)
            for (std::size_t s = 0; s < 3; ++s) {
                watts[sc][s] += r.watts[sc][s];
                voltAmps[sc][s] += r.voltAmps[sc][s];
            }
        for (std::size_t s = 0; s < 3; ++s)
            for (std::size_t leg = 0; leg < 3; ++leg) legVa[s][leg] += r.worstLegVa[s][leg];
    }
    [[nodiscard]] double busiestLegVa() const {
        double w = 0.0;
        for (const auto& side : legVa) w = std::max({w, side[0], side[1], side[2]});
        return w;
    }
    static double worst(const FeedScenarioLoads& l) {
        double w = 0.0;
        for (const auto& sc : l) w = std::max({w, sc[0], sc[1], sc[2]});
        return w;
    }
};

/// A busway run: consecutive racks of one row.
struct Run {
    RowId row;
    HallId hall;
    std::string rowName;
    int index = 0;  // within the row, from 1
    std::vector<const RackPower*> racks;
    Loads loads;
};

class ChainBuilder final {
public:
    ChainBuilder(Context& ctx, const std::vector<RackPower>& racks) : ctx_(ctx), racks_(racks) {
        for (const CatalogEntry* e : ctx.catalog.ofKind(CatalogKind::Busway))
            if (e->powerDistribution->phases == 3) busways_.push_back(e);
        std::sort(busways_.begin(), busways_.end(),
                  [](const CatalogEntry* a, const CatalogEntry* b) { return a->powerDistribution->amps < b->powerDistribution->amps; });
        blockW_ = ctx.spec.power.blockKw * 1000.0;
        if (ctx.spec.power.ups) blockVa_ = ctx.spec.power.ups->powerDistribution->ratedKva * 1000.0;
    }

    void build() {
        splitRuns();
        groupBlocks();
    }

private:
    /// The smallest catalog tap-off of the PDU's phases rated at least its input current; none
    /// when the catalog has none that large (the circuit then takes the PDU's own rating).
    const CatalogEntry* tapFor(const PowerDistributionSpec& pdu) {
        const CatalogEntry* tap = nullptr;
        for (const CatalogEntry* e : ctx_.catalog.ofKind(CatalogKind::BuswayTap)) {
            const PowerDistributionSpec& t = *e->powerDistribution;
            if (t.phases == pdu.phases && t.amps >= pdu.amps && (!tap || t.amps < tap->powerDistribution->amps)) tap = e;
        }
        if (tap) usedTaps_.insert(tap->id);
        return tap;
    }

    double buswayVolts() const {
        if (!busways_.empty()) return busways_.back()->powerDistribution->voltage;
        for (const RackPower& r : racks_)  // no catalog busway: the rack PDUs' supply
            if (!r.pdus.empty()) return r.pdus.front().entry->powerDistribution->voltage;
        return 415.0;
    }
    /// Amps on a run's busiest phase after the worst feed loss, as its PDUs' legs are loaded.
    double ampsFor(const Loads& l) const { return l.busiestLegVa() / power::lineToNeutral(buswayVolts()); }
    double allowedAmps(const CatalogEntry& busway) const { return busway.powerDistribution->amps * ctx_.spec.power.derating; }

    /// Whether one UPS block carries these loads after the worst feed loss, in kW and in kVA.
    bool withinBlock(const Loads& l) const {
        return (blockW_ <= 0 || Loads::worst(l.watts) <= blockW_) && (blockVa_ <= 0 || Loads::worst(l.voltAmps) <= blockVa_);
    }

    /// Racks of a row in order, cut into runs that the largest busway and one UPS block can carry.
    void splitRuns() {
        for (const RackPower& r : racks_) {
            const RackInfo& rack = *r.rack;
            const bool sameRow = !runs_.empty() && rack.row.valid() && runs_.back().row == rack.row;
            Loads trial = sameRow ? runs_.back().loads : Loads{};
            trial.add(r);
            const bool fits = sameRow && (busways_.empty() || ampsFor(trial) <= allowedAmps(*busways_.back())) &&
                              withinBlock(trial);
            if (!fits) {
                Run run;
                run.row = rack.row;
                run.hall = rack.hall;
                run.rowName = rack.row.valid() && ctx_.model.rows().contains(rack.row) ? ctx_.model.rows()[rack.row].name : rack.label;
                run.index = sameRow ? runs_.back().index + 1 : 1;
                runs_.push_back(std::move(run));
            }
            runs_.back().racks.push_back(&r);
            runs_.back().loads.add(r);
        }
        for (std::size_t i = 0; i + 1 < runs_.size(); ++i)  // a row cut in several runs numbers them all
            if (runs_[i + 1].index == 2) runs_[i].index = 1, splitRows_.push_back(runs_[i].row);
    }

    /// Runs of a hall in order, grouped into UPS blocks; each block gets a feed per side and every
    /// run a busway panel per side.
    void groupBlocks() {
        std::size_t first = 0;
        int block = 0;
        while (first < runs_.size()) {
            Loads loads = runs_[first].loads;
            std::size_t end = first + 1;
            while (end < runs_.size() && runs_[end].hall == runs_[first].hall) {
                Loads trial = loads;
                for (const RackPower* r : runs_[end].racks) trial.add(*r);
                if (!withinBlock(trial)) break;
                loads = trial;
                ++end;
            }
            addBlock(++block, first, end, loads);
            first = end;
        }
        const CatalogEntry* ups = ctx_.spec.power.ups;
        ctx_.notes.push_back(fmt::format("{} UPS block{} per feed side ({}), {} busway runs{}, tap-offs {}.", block, block == 1 ? "" : "s",
                                         ups ? ups->id : fmt::format("{:.0f} kW, no catalog part", blockW_ / 1000.0), runs_.size() * sides_,
                                         busways_.empty() ? " (no busway in the catalog: unrated)" : "",
                                         usedTaps_.empty() ? std::string("none in the catalog") : fmt::format("{}", fmt::join(usedTaps_, ", "))));
    }

    void addBlock(int block, std::size_t first, std::size_t end, const Loads& loads) {
        std::array<FeedId, 3> feeds{};
        const CatalogEntry* ups = ctx_.spec.power.ups;
        for (std::size_t s = 0; s < 3; ++s) {
            bool used = false;
            for (std::size_t r = first; r < end && !used; ++r)
                for (const RackPower* rack : runs_[r].racks)
                    for (const RackPower::Pdu& p : rack->pdus) used = used || static_cast<std::size_t>(p.feed) == s;
            if (!used) continue;
            sides_ = std::max(sides_, s + 1);
            Feed f{fmt::format("UPS {}{}", toString(kSides[s]), block), kSides[s],
                   static_cast<std::uint16_t>(buswayVolts()), 0.0, 0.0, {}};
            if (blockW_ > 0) {
                f.capacityKw = blockW_ / 1000.0;
                f.capacityKva = ups ? ups->powerDistribution->ratedKva : f.capacityKw;
                if (ups) f.catalog = ctx_.model.strings.intern(ups->id);
            } else {  // no block size: the feed is sized to what it carries at worst
                double worst = 0.0;
                for (const auto& sc : loads.watts) worst = std::max(worst, sc[s]);
                f.capacityKw = std::ceil(worst / 1000.0);
            }
            feeds[s] = ctx_.model.feeds().add(std::move(f));
        }
        for (std::size_t r = first; r < end; ++r) addRun(runs_[r], feeds);
    }

    void addRun(const Run& run, const std::array<FeedId, 3>& feeds) {
        const CatalogEntry* busway = nullptr;
        for (const CatalogEntry* e : busways_)
            if (ampsFor(run.loads) <= allowedAmps(*e)) {
                busway = e;
                break;
            }
        if (!busway && !busways_.empty()) busway = busways_.back();
        const bool split = std::find(splitRows_.begin(), splitRows_.end(), run.row) != splitRows_.end() || run.index > 1;
        for (std::size_t s = 0; s < 3; ++s) {
            if (!feeds[s]) continue;
            PowerPanel panel{feeds[s], run.hall,
                             split ? fmt::format("Busway {}.{}-{}", run.rowName, run.index, toString(kSides[s]))
                                   : fmt::format("Busway {}-{}", run.rowName, toString(kSides[s])),
                             PanelKind::Busway, 0, {}};
            if (busway) {
                panel.ratedAmps = static_cast<std::uint16_t>(busway->powerDistribution->amps);
                panel.catalog = ctx_.model.strings.intern(busway->id);
            }
            const PanelId id = ctx_.model.panels().add(std::move(panel));
            for (const RackPower* rack : run.racks)
                for (const RackPower::Pdu& p : rack->pdus) {
                    if (static_cast<std::size_t>(p.feed) != s) continue;
                    const PowerDistributionSpec& pdu = *p.entry->powerDistribution;
                    const CatalogEntry* tap = tapFor(pdu);
                    Circuit c{id, p.id, static_cast<std::uint16_t>(tap ? tap->powerDistribution->amps : pdu.amps),
                              static_cast<std::uint16_t>(pdu.voltage), static_cast<std::uint8_t>(pdu.phases), {}};
                    if (tap) c.catalog = ctx_.model.strings.intern(tap->id);
                    ctx_.model.circuits().add(c);
                }
        }
    }

    Context& ctx_;
    const std::vector<RackPower>& racks_;
    std::vector<const CatalogEntry*> busways_;  // three-phase, by rising ampacity
    std::set<std::string> usedTaps_;  // catalog tap-offs the circuits use, for the note
    double blockW_ = 0.0;
    double blockVa_ = 0.0;  // the UPS block's kVA rating; 0 = kW alone limits it
    std::vector<Run> runs_;
    std::vector<RowId> splitRows_;
    std::size_t sides_ = 0;
};

}  // namespace

void buildPowerChain(Context& ctx, const std::vector<RackPower>& racks) { ChainBuilder(ctx, racks).build(); }

}  // namespace rw::gen
