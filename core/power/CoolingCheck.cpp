// Routes each rack's heat to the group of units that serves it (its in-rack CDUs, else its
// row's, else the hall's), then judges every group once normally and once with its largest unit
// lost. The whole check is linear in racks and units, so it is simply rerun after an edit.
#include "power/CoolingCheck.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <numeric>
#include <unordered_map>

#include "power/CoolingNetworkFromModel.h"

namespace rw::power {
namespace {

constexpr double kToleranceKw = 1e-6;

enum class Medium : std::uint8_t { Liquid, Air };
enum class Scope : std::uint8_t { Rack, Row, Hall };

/// The units that share one load: a rack's in-rack CDUs, a row's CDUs or air units, a hall's.
struct Group {
    Scope scope = Scope::Hall;
    Medium medium = Medium::Liquid;
    std::uint32_t index = 0;  // rack, row or hall index, by scope
    std::vector<std::uint32_t> units;
    double loadW = 0.0;
    double cfm = 0.0;
    double lpm = 0.0;  // coolant flow its racks' devices need
};

std::string_view mediumWord(Medium m) { return m == Medium::Liquid ? "liquid" : "air"; }

std::string unitWord(const CoolingUnitInfo& u) {
    switch (u.kind) {
        case CoolingKind::Cdu: return u.inRack() ? "in-rack CDU" : u.row != kNoZone ? "row CDU" : "CDU";
        case CoolingKind::AirUnit: return "air unit";
        case CoolingKind::RearDoor: return "rear door";
    }
    return "cooling unit";
}

std::string unitLabel(const CoolingUnitInfo& u) { return unitWord(u) + " " + u.name; }

/// "row CDU R03-cdu" for one unit, "3 row CDUs" for several.
std::string unitsText(const CoolingNetwork& net, const std::vector<std::uint32_t>& units) {
    if (units.size() == 1) return unitLabel(net.units[units.front()]);
    return fmt::format("{} {}s", units.size(), unitWord(net.units[units.front()]));
}

class Checker final {
public:
    Checker(const CoolingNetwork& net, const CoolingRules& rules) : net_(net), rules_(rules) {
        result_.rows.resize(net.rows.size());
        result_.halls.resize(net.halls.size());
        for (auto& v : rackGroup_) v.assign(net.racks.size(), kNoZone);
        for (auto& v : rowGroup_) v.assign(net.rows.size(), kNoZone);
        for (auto& v : hallGroup_) v.assign(net.halls.size(), kNoZone);
    }

    CoolingCheckResult run() {
        groupUnits();
        routeHeat();
        for (const Group& g : groups_) judge(g);
        reportUnserved();
        reportHalls();
        return std::move(result_);
    }

private:
    double waterC(ZoneIndex hall) const {
        const double w = net_.halls[hall].waterSupplyC;
        return w > 0 ? w : rules_.waterSupplyC;
    }

    std::uint32_t& slot(Scope scope, Medium m, std::uint32_t index) {
        const auto k = static_cast<std::size_t>(m);
        return scope == Scope::Rack ? rackGroup_[k][index] : scope == Scope::Row ? rowGroup_[k][index] : hallGroup_[k][index];
    }

    void groupUnits() {
        for (std::uint32_t u = 0; u < net_.units.size(); ++u) {
            const CoolingUnitInfo& unit = net_.units[u];
            const Medium m = unit.liquid() ? Medium::Liquid : Medium::Air;
            const Scope scope = unit.inRack() ? Scope::Rack : unit.row != kNoZone ? Scope::Row : Scope::Hall;
            const std::uint32_t index = unit.inRack() ? unit.rack : unit.row != kNoZone ? unit.row : unit.hall;
            std::uint32_t& g = slot(scope, m, index);
            if (g == kNoZone) {
                g = static_cast<std::uint32_t>(groups_.size());
                groups_.push_back({scope, m, index, {}, 0.0, 0.0, 0.0});
            }
            groups_[g].units.push_back(u);
            addCapacity(unit);
        }
    }

    void addCapacity(const CoolingUnitInfo& u) {
        const double kw = u.curve.capacityKwAt(waterC(u.hall)).value_or(0.0);
        const auto add = [&](CoolingLoad& l) { (u.liquid() ? l.liquidCapacityKw : l.airCapacityKw) += kw; };
        if (u.row != kNoZone) add(result_.rows[u.row]);
        add(result_.halls[u.hall]);
    }

    /// The group serving a rack's heat of one medium: its own, its row's, its hall's; kNoZone if none.
    std::uint32_t servingGroup(std::uint32_t rack, Medium m) {
        const HeatRack& r = net_.racks[rack];
        if (const std::uint32_t g = slot(Scope::Rack, m, rack); g != kNoZone) return g;
        if (r.row != kNoZone)
            if (const std::uint32_t g = slot(Scope::Row, m, r.row); g != kNoZone) return g;
        return slot(Scope::Hall, m, r.hall);
    }

    void routeHeat() {
        unservedLiquid_.assign(net_.rows.size() + net_.halls.size(), {});
        unservedAir_.assign(net_.halls.size(), {});
        for (std::uint32_t k = 0; k < net_.racks.size(); ++k) {
            const HeatRack& r = net_.racks[k];
            if (r.row != kNoZone) {
                result_.rows[r.row].liquidKw += r.liquidW / 1000.0;
                result_.rows[r.row].airKw += r.airW / 1000.0;
            }
            result_.halls[r.hall].liquidKw += r.liquidW / 1000.0;
            result_.halls[r.hall].airKw += r.airW / 1000.0;
            if (r.liquidW > 0) {
                if (const std::uint32_t g = servingGroup(k, Medium::Liquid); g != kNoZone) {
                    groups_[g].loadW += r.liquidW;
                    groups_[g].lpm += r.liquidLpm;
                } else unservedLiquid_[r.row != kNoZone ? r.row : net_.rows.size() + r.hall].add(r.liquidW);
            }
            if (r.airW > 0) {
                if (const std::uint32_t g = servingGroup(k, Medium::Air); g != kNoZone) {
                    groups_[g].loadW += r.airW;
                    groups_[g].cfm += r.airCfm;
                } else {
                    unservedAir_[r.hall].add(r.airW);
                }
            }
        }
    }

    std::string zoneLabel(const Group& g) const {
        switch (g.scope) {
            case Scope::Rack: return "rack " + net_.racks[g.index].name;
            case Scope::Row: return "row " + net_.rows[g.index].name;
            case Scope::Hall: break;
        }
        return "hall " + net_.halls[g.index].name;
    }

    ZoneIndex hallOf(const Group& g) const {
        return g.scope == Scope::Rack ? net_.racks[g.index].hall
                                      : g.scope == Scope::Row ? net_.rows[g.index].hall : g.index;
    }

    void add(const Group& g, Severity severity, std::string message) {
        const EntityKind kind = g.scope == Scope::Rack ? EntityKind::Rack : g.scope == Scope::Row ? EntityKind::Row : EntityKind::Hall;
        const std::uint32_t id = g.scope == Scope::Rack  ? net_.racks[g.index].rackId
                                 : g.scope == Scope::Row ? net_.rows[g.index].rowId
                                                         : net_.halls[g.index].hallId;
        result_.findings.push_back({severity, FindingSource::Cooling, kind, id, std::move(message)});
    }

    void addAboutUnit(std::uint32_t u, Severity severity, std::string message) {
        result_.findings.push_back({severity, FindingSource::Cooling, EntityKind::Cooling, net_.units[u].unitId, std::move(message)});
    }

    void judge(const Group& g) {
        if (g.loadW <= 0) return;
        const double loadKw = g.loadW / 1000.0;
        const double water = waterC(hallOf(g));
        std::vector<double> caps;
        for (std::uint32_t u : g.units) {
            const CapacityCurve& curve = net_.units[u].curve;
            const auto c = curve.capacityKwAt(water);
            if (!c) {
                addAboutUnit(u, Severity::Warning,
                             fmt::format("{} has no capacity figure at {:g} degC water (its curve covers {:g}-{:g} degC): "
                                         "{}'s {:.1f} kW of heat to {} is not checked",
                                         unitLabel(net_.units[u]), water, curve.minWaterC(), curve.maxWaterC(), zoneLabel(g),
                                         loadKw, mediumWord(g.medium)));
                return;
            }
            caps.push_back(*c);
        }
        const double total = std::accumulate(caps.begin(), caps.end(), 0.0);
        if (g.scope == Scope::Rack && g.units.size() == 1) {
            judgeLoneInRackUnit(g, loadKw, total, water);
            return;
        }
        if (loadKw > total + kToleranceKw) {
            add(g, Severity::Error,
                fmt::format("{}: {} {} rated {:.1f} kW at {:g} degC water for {:.1f} kW of heat to {}", zoneLabel(g),
                            unitsText(net_, g.units), g.units.size() == 1 ? "is" : "are", total, water, loadKw,
                            mediumWord(g.medium)));
            return;
        }
        const auto largest = static_cast<std::size_t>(std::max_element(caps.begin(), caps.end()) - caps.begin());
        const double rest = total - caps[largest];
        if (loadKw > rest + kToleranceKw) {
            add(g, Severity::Error, nPlusOneText(g, largest, loadKw, rest, water));
            return;
        }
        if (g.medium == Medium::Air) judgeAirflow(g);
        else judgeFlow(g);
    }

    /// Coolant flow: what the devices' cold plates need (catalog, else CoolingRules::
    /// litresPerMinutePerKw of their heat to liquid) against the CDUs' catalog flow, normally and
    /// with the unit of the largest flow lost; a lone in-rack CDU normally only (its loss is the
    /// rack's). Not checked when a unit of the group states no flow.
    void judgeFlow(const Group& g) {
        std::vector<double> flows;
        for (std::uint32_t u : g.units) {
            if (net_.units[u].flowLpm <= 0) return;
            flows.push_back(net_.units[u].flowLpm);
        }
        const FlowVerdict v = flowVerdict(g, g.lpm, flows);
        if (v.shortNormally)
            add(g, Severity::Error,
                fmt::format("{}: its devices need {:.0f} L/min of coolant and {} {} rated {:.0f} L/min", zoneLabel(g), g.lpm,
                            unitsText(net_, g.units), g.units.size() == 1 ? "is" : "are", v.total));
        else if (v.shortWithLargestLost)
            add(g, Severity::Error,
                fmt::format("{}: with {} lost (the largest flow, N+1), the remaining CDUs give {:.0f} L/min for the devices' "
                            "{:.0f} L/min of coolant",
                            zoneLabel(g), unitLabel(net_.units[g.units[v.largest]]), v.rest, g.lpm));
    }

    /// A need (L/min, CFM) against each unit's supply: short with every unit running, else short
    /// with the unit of the largest supply lost (never for a lone in-rack unit: its loss is the rack's).
    struct FlowVerdict {
        bool shortNormally = false;
        bool shortWithLargestLost = false;
        double total = 0.0;
        double rest = 0.0;  // with the largest lost
        std::size_t largest = 0;
    };
    static FlowVerdict flowVerdict(const Group& g, double need, const std::vector<double>& supplies) {
        FlowVerdict v;
        v.total = std::accumulate(supplies.begin(), supplies.end(), 0.0);
        v.largest = static_cast<std::size_t>(std::max_element(supplies.begin(), supplies.end()) - supplies.begin());
        v.rest = v.total - supplies[v.largest];
        v.shortNormally = need > v.total + kToleranceKw;
        v.shortWithLargestLost = !v.shortNormally && !(g.scope == Scope::Rack && g.units.size() == 1) && need > v.rest + kToleranceKw;
        return v;
    }

    void judgeLoneInRackUnit(const Group& g, double loadKw, double capacityKw, double water) {
        const CoolingUnitInfo& u = net_.units[g.units.front()];
        if (u.liquid()) loneInRackCdus_[u.hall].push_back(g.units.front());
        if (loadKw <= capacityKw + kToleranceKw) {
            if (u.liquid()) judgeFlow(g);
            else judgeAirflow(g);
            return;
        }
        addAboutUnit(g.units.front(), Severity::Error,
                     fmt::format("{} must remove {:.1f} kW of heat to {} from {}; at {:g} degC water it is rated {:.1f} kW{}",
                                 unitLabel(u), loadKw, mediumWord(g.medium), zoneLabel(g), water, capacityKw,
                                 u.curve.isFlat() ? "" : " (its catalog capacity curve)"));
    }

    std::string nPlusOneText(const Group& g, std::size_t lost, double loadKw, double restKw, double water) const {
        const CoolingUnitInfo& u = net_.units[g.units[lost]];
        const std::size_t left = g.units.size() - 1;
        const std::string word = u.kind == CoolingKind::Cdu ? "CDU" : u.kind == CoolingKind::AirUnit ? "air unit" : "rear door";
        const std::string lead = fmt::format("{}: with {} lost (the largest, N+1), ", zoneLabel(g), unitLabel(u));
        if (left == 0)
            return lead + fmt::format("no {} remains for {:.1f} kW of heat to {}", word, loadKw, mediumWord(g.medium));
        return lead + fmt::format("{} {}{} remain{} for {:.1f} kW of heat to {} at {:g} degC water; {} rated {:.1f} kW", left,
                                  word, left == 1 ? "" : "s", left == 1 ? "s" : "", loadKw, mediumWord(g.medium), water,
                                  left == 1 ? "it is" : "they are", restKw);
    }

    /// Air flow: the devices' (stated, else estimated) against the units' (the catalog's, else
    /// estimated from their rating at CoolingRules::unitDeltaTF), normally and with the unit of
    /// the largest air flow lost.
    void judgeAirflow(const Group& g) {
        std::vector<double> cfms;
        bool estimated = false;
        for (std::uint32_t u : g.units) {
            const CoolingUnitInfo& unit = net_.units[u];
            if (unit.airflowCfm > 0) {
                cfms.push_back(unit.airflowCfm);
                continue;
            }
            estimated = true;
            const double kw = unit.curve.capacityKwAt(waterC(hallOf(g))).value_or(0.0);
            cfms.push_back(kCfmPerWattPerDegF * kw * 1000.0 / rules_.unitDeltaTF);
        }
        const FlowVerdict v = flowVerdict(g, g.cfm, cfms);
        const std::string basis = estimated ? fmt::format("units with no catalog air flow estimated from their rating at a {:g} degF rise",
                                                          rules_.unitDeltaTF)
                                            : std::string("the units' catalog air flow");
        if (v.shortNormally)
            add(g, Severity::Error,
                fmt::format("{}: its devices move {:.0f} CFM of air and {} move {:.0f} CFM ({})", zoneLabel(g), g.cfm,
                            unitsText(net_, g.units), v.total, basis));
        else if (v.shortWithLargestLost)
            add(g, Severity::Error,
                fmt::format("{}: with {} lost (the largest, N+1), the remaining units move {:.0f} CFM for the devices' "
                            "{:.0f} CFM of air ({})",
                            zoneLabel(g), unitLabel(net_.units[g.units[v.largest]]), v.rest, g.cfm, basis));
    }

    struct Tally {
        double watts = 0.0;
        int racks = 0;
        void add(double w) {
            watts += w;
            ++racks;
        }
    };

    void reportUnserved() {
        for (std::size_t z = 0; z < unservedLiquid_.size(); ++z) {
            const Tally& t = unservedLiquid_[z];
            if (t.racks == 0) continue;
            const bool row = z < net_.rows.size();
            const Group g{row ? Scope::Row : Scope::Hall, Medium::Liquid,
                          static_cast<std::uint32_t>(row ? z : z - net_.rows.size()), {}, 0.0, 0.0, 0.0};
            add(g, Severity::Error,
                fmt::format("{}: {:.1f} kW of heat to liquid from {} rack{} and no CDU serves {} (none in the rack, for "
                            "the row or for the hall)",
                            zoneLabel(g), t.watts / 1000.0, t.racks, t.racks == 1 ? "" : "s", t.racks == 1 ? "it" : "them"));
        }
        for (std::uint32_t h = 0; h < unservedAir_.size(); ++h) {
            const Tally& t = unservedAir_[h];
            if (t.racks == 0) continue;
            add({Scope::Hall, Medium::Air, h, {}, 0.0, 0.0, 0.0}, Severity::Info,
                fmt::format("hall {}: {:.1f} kW of heat to air from {} rack{} and no air unit or rear door serves {}: "
                            "room air cooling is not checked",
                            net_.halls[h].name, t.watts / 1000.0, t.racks, t.racks == 1 ? "" : "s",
                            t.racks == 1 ? "it" : "them"));
        }
    }

    void reportHalls() {
        for (std::uint32_t h = 0; h < net_.halls.size(); ++h) {
            const Group g{Scope::Hall, Medium::Liquid, h, {}, 0.0, 0.0, 0.0};
            if (const auto& lone = loneInRackCdus_[h]; !lone.empty()) {
                const std::string& redundancy = net_.units[lone.front()].redundancy;
                add(g, Severity::Info,
                    fmt::format("hall {}: {} on one in-rack CDU (e.g. {}): losing the unit loses its rack, "
                                "whose heat to liquid has nowhere else to go{}",
                                net_.halls[h].name, lone.size() == 1 ? std::string("1 rack relies") : fmt::format("{} racks each rely", lone.size()),
                                net_.units[lone.front()].name,
                                redundancy.empty() ? std::string() : "; the unit's own redundancy: " + redundancy));
            }
            const CoolingLoad& load = result_.halls[h];
            const double capacity = net_.halls[h].coolingCapacityKw;
            const double heat = load.liquidKw + load.airKw;
            if (capacity > 0 && heat > capacity + kToleranceKw)
                add(g, Severity::Error,
                    fmt::format("hall {}: {:.1f} kW of heat ({:.1f} kW to liquid, {:.1f} kW to air) against its declared "
                                "cooling capacity of {:g} kW",
                                net_.halls[h].name, heat, load.liquidKw, load.airKw, capacity));
        }
    }

    const CoolingNetwork& net_;
    const CoolingRules& rules_;
    CoolingCheckResult result_;
    std::vector<Group> groups_;
    std::array<std::vector<std::uint32_t>, 2> rackGroup_, rowGroup_, hallGroup_;  // by medium, then index
    std::vector<Tally> unservedLiquid_;  // rows, then halls (racks standing alone)
    std::vector<Tally> unservedAir_;     // by hall
    std::unordered_map<ZoneIndex, std::vector<std::uint32_t>> loneInRackCdus_;
};

}  // namespace

CoolingCheckResult checkCooling(const CoolingNetwork& net, const CoolingRules& rules) { return Checker(net, rules).run(); }

std::vector<Finding> checkCooling(const Model& model, const Catalog& catalog, const CoolingRules& rules) {
    return checkCooling(coolingNetworkFromModel(model, catalog, rules), rules).findings;
}

}  // namespace rw::power
