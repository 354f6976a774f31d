#include "install/WorkPackages.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "util/Errors.h"

namespace rw::install {
namespace {

bool isCablePackage(PackageKind k) {
    switch (k) {
        case PackageKind::PowerCords: case PackageKind::OobCabling: case PackageKind::RackInternal:
        case PackageKind::NodeLeaf: case PackageKind::LeafSpine: case PackageKind::SpineCore:
        case PackageKind::InbandStorage: case PackageKind::OtherCabling: return true;
        default: return false;
    }
}

bool isComputeFabric(PackageKind k) {
    return k == PackageKind::NodeLeaf || k == PackageKind::PodCheck || k == PackageKind::LeafSpine ||
           k == PackageKind::SpineCore;
}

/// Straight tray segments on one line (same hall, kind, level, axis and cross coordinates) that
/// touch end to end form one run: what a crew hangs in one go.
struct TraySpan {
    std::int64_t lo, hi;
    TrayId id;
};
using RunLine = std::tuple<std::uint32_t, TrayKind, int, int, std::int64_t, std::int64_t>;

class Builder final {
public:
    Builder(const Model& m, const RoutingResult& r, const LabourRates& rates) : m_(m), routing_(r), rates_(rates) {}

    WorkPlan build() {
        addSurveys();
        addTrayRuns();
        addBuswayRuns();
        addRackSets();
        addTapOffs();
        addCduFillTests();
        m_.cables().forEach([&](CableId id, const Cable& c) { addCable(id, c); });
        addRackPowerOn();
        addGates();
        wire();
        const auto tidy = [](auto& ids) {
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        };
        for (WorkPackage& p : plan_.packages) {
            tidy(p.predecessors);
            tidy(p.racks);
            p.row = homeRow(p);
            tidy(p.trays);
            tidy(p.devices);
            tidy(p.panels);
        }
        return std::move(plan_);
    }

private:
    /// The row holding most of the package's racks (ties: the lowest row id); none without rows.
    RowId homeRow(const WorkPackage& p) const {
        std::map<std::uint32_t, int> racksIn;
        for (const RackId r : p.racks)
            if (const RowId row = m_.racks()[r].row; row.valid()) ++racksIn[row.value];
        RowId best;
        int most = 0;
        for (const auto& [row, count] : racksIn)
            if (count > most) best = RowId(row), most = count;
        return best;
    }

    int add(PackageKind kind, std::string name, const LabourRate& rate, double units) {
        WorkPackage p;
        p.kind = kind;
        p.name = std::move(name);
        p.trade = rate.trade;
        p.labourMinutes = rate.minutes * units;
        plan_.packages.push_back(std::move(p));
        return static_cast<int>(plan_.packages.size()) - 1;
    }
    WorkPackage& at(int i) { return plan_.packages[i]; }

    void addTrayRuns() {
        std::map<RunLine, std::vector<TraySpan>> lines;
        m_.trays().forEach([&](TrayId id, const TraySegment& t) {
            const bool alongX = t.a.y == t.b.y && t.a.z == t.b.z && t.a.x != t.b.x;
            const bool alongY = t.a.x == t.b.x && t.a.z == t.b.z && t.a.y != t.b.y;
            if (alongX || alongY) {
                const auto [lo, hi] = alongX ? std::minmax(t.a.x, t.b.x) : std::minmax(t.a.y, t.b.y);
                lines[{t.hall.value, t.kind, t.level, alongX ? 0 : 1, alongX ? t.a.y : t.a.x, t.a.z}].push_back({lo, hi, id});
            } else {
                lines[{t.hall.value, t.kind, t.level, 2, id.value, 0}].push_back({0, 0, id});  // a run of its own
            }
        });
        runOfTray_.assign(m_.trays().capacity(), -1);
        for (auto& [line, spans] : lines) {
            std::sort(spans.begin(), spans.end(), [](const TraySpan& a, const TraySpan& b) { return a.lo < b.lo; });
            int run = -1;
            std::int64_t reach = 0;
            for (const TraySpan& s : spans) {
                if (run < 0 || s.lo > reach) {
                    run = add(PackageKind::TrayRun, fmt::format("tray run {} ({} level {})", plan_.packages.size() + 1,
                                                                toString(std::get<1>(line)), std::get<2>(line)),
                              rates_.trayPerMetre, 0.0);
                    reach = s.hi;
                    if (const auto survey = survey_.find(std::get<0>(line)); survey != survey_.end())
                        at(run).predecessors.push_back(survey->second);
                }
                reach = std::max(reach, s.hi);
                at(run).trays.push_back(s.id);
                at(run).labourMinutes += rates_.trayPerMetre.minutes * segmentMetres(m_.trays()[s.id]);
                runOfTray_[s.id.value] = run;
            }
        }
    }

    static double segmentMetres(const TraySegment& t) {
        const double dx = t.a.x - t.b.x, dy = t.a.y - t.b.y, dz = t.a.z - t.b.z;
        return std::sqrt(dx * dx + dy * dy + dz * dz) / 1000.0;
    }

    void addRackSets() {
        // The tray runs that pass over a rack go up first (no overhead work above set racks).
        std::map<std::tuple<std::uint32_t, int, int>, std::set<int>> runsAbove;
        m_.trays().forEach([&](TrayId id, const TraySegment& t) {
            for (const Point3& p : {t.a, t.b}) runsAbove[{t.hall.value, p.x, p.y}].insert(runOfTray_[id.value]);
        });
        m_.racks().forEach([&](RackId id, const Rack& r) {
            const int p = add(PackageKind::RackSet, fmt::format("rack {} set", r.name), rates_.rackSet, 1.0);
            at(p).racks.push_back(id);
            const auto it = runsAbove.find({r.hall.value, r.position.x, r.position.y});
            if (it != runsAbove.end()) at(p).predecessors.assign(it->second.begin(), it->second.end());
            // The busways over the rack's row go up before it is set, like the trays.
            for (const PanelId panel : panelsOfRack_[id.value]) at(p).predecessors.push_back(buswayRun_.at(panel.value));
            rackSet_[id.value] = p;
        });
    }

    /// One survey per hall that has trays or busways: nothing goes overhead before it.
    void addSurveys() {
        std::set<std::uint32_t> halls;
        m_.trays().forEach([&](TrayId, const TraySegment& t) { halls.insert(t.hall.value); });
        m_.panels().forEach([&](PanelId, const PowerPanel& p) {
            if (p.hall.valid()) halls.insert(p.hall.value);
        });
        for (const std::uint32_t hall : halls) {
            const Hall* h = m_.halls().find(HallId(hall));
            const int p = add(PackageKind::PathwaySurvey, fmt::format("{} pathway survey", h ? h->name : "hall"), rates_.pathwaySurvey, 1.0);
            at(p).gate = true;
            survey_[hall] = p;
        }
    }

    /// Racks fed from each panel (through the circuits to their PDUs), and the panels of each rack.
    void indexPanels() {
        m_.circuits().forEach([&](CircuitId, const Circuit& c) {
            const Device* pdu = m_.devices().find(c.pdu);
            if (!pdu || !m_.panels().contains(c.panel)) return;
            panelsOfRack_[pdu->rack.value].insert(c.panel);
            circuitsOfRack_[pdu->rack.value]++;
        });
    }

    /// A busway run per panel, its length the span of the racks it feeds plus one rack width at
    /// each end for the end feed and end cap (an estimate: the model does not draw busways).
    void addBuswayRuns() {
        indexPanels();
        std::map<std::uint32_t, std::vector<Point2>> racksOf;
        for (const auto& [rack, panels] : panelsOfRack_)
            for (const PanelId panel : panels) racksOf[panel.value].push_back(m_.racks()[RackId(rack)].position);
        m_.panels().forEach([&](PanelId id, const PowerPanel& panel) {
            const auto& positions = racksOf[id.value];
            double metres = 0.0;
            if (!positions.empty()) {
                std::int64_t minX = positions[0].x, maxX = minX, minY = positions[0].y, maxY = minY;
                for (const Point2& q : positions) {
                    minX = std::min<std::int64_t>(minX, q.x), maxX = std::max<std::int64_t>(maxX, q.x);
                    minY = std::min<std::int64_t>(minY, q.y), maxY = std::max<std::int64_t>(maxY, q.y);
                }
                metres = (std::hypot(double(maxX - minX), double(maxY - minY)) + 2.0 * kRackWidthMm) / 1000.0;
            }
            const int p = add(PackageKind::BuswayRun, fmt::format("busway {} ({:.0f} m)", panel.name, metres), rates_.buswayPerMetre, metres);
            at(p).panels.push_back(id);
            if (panel.hall.valid())
                if (const auto survey = survey_.find(panel.hall.value); survey != survey_.end()) at(p).predecessors.push_back(survey->second);
            buswayRun_[id.value] = p;
        });
    }
    static constexpr double kRackWidthMm = 600.0;

    /// Per rack with circuits: the tap-offs on its busways, their whips and the PDUs they feed.
    void addTapOffs() {
        for (const auto& [rack, panels] : panelsOfRack_) {
            const int p = add(PackageKind::TapOffs, fmt::format("rack {} tap-offs and PDUs", m_.racks()[RackId(rack)].name),
                              rates_.tapOff, circuitsOfRack_[rack]);
            at(p).racks.push_back(RackId(rack));
            at(p).panels.assign(panels.begin(), panels.end());
            at(p).predecessors.push_back(rackSet_.at(rack));
            for (const PanelId panel : panels) at(p).predecessors.push_back(buswayRun_.at(panel.value));
            tapOffs_[rack] = p;
        }
    }

    /// A flush, fill and pressure test per CDU: in a rack once the rack is set and powered through
    /// its tap-offs (the pumps need power); on the floor once the racks of its row (or hall) are set.
    /// The racks it cools are powered on only after it (docs/install.md).
    void addCduFillTests() {
        m_.devices().forEach([&](DeviceId id, const Device& d) {
            if (d.role != DeviceRole::Cdu) return;
            const int p = add(PackageKind::CduFillTest, fmt::format("CDU {} flush, fill, pressure test", d.name), rates_.cduFillTest, 1.0);
            at(p).gate = true;
            at(p).devices.push_back(id);
            at(p).racks.push_back(d.rack);
            at(p).predecessors.push_back(rackSet_.at(d.rack.value));
            if (const auto t = tapOffs_.find(d.rack.value); t != tapOffs_.end()) at(p).predecessors.push_back(t->second);
            cduTestsOfRack_[d.rack.value].push_back(p);
        });
        m_.coolingUnits().forEach([&](CoolingId, const CoolingUnit& u) {
            if (u.device.valid() || u.kind != CoolingKind::Cdu) return;
            const int p = add(PackageKind::CduFillTest, fmt::format("CDU {} flush, fill, pressure test", u.name), rates_.cduFillTest, 1.0);
            at(p).gate = true;
            m_.racks().forEach([&](RackId rack, const Rack& r) {
                if (r.hall != u.hall || (u.row.valid() && r.row != u.row)) return;
                at(p).racks.push_back(rack);
                at(p).predecessors.push_back(rackSet_.at(rack.value));
                cduTestsOfRack_[rack.value].push_back(p);
            });
        });
    }

    void addCable(CableId id, const Cable& cable) {
        const Link& link = m_.links()[cable.first];
        const DeviceId da = m_.ports()[link.a].device, db = m_.ports()[link.b].device;
        const RackId ra = m_.devices()[da].rack, rb = m_.devices()[db].rack;
        const CableRoute* route = routing_.find(id);
        Media media = route && route->media != Media::Auto ? route->media : cable.media;
        const bool power = link.role == LinkRole::PowerCord || link.fabric == Fabric::Power || media == Media::PowerCord;
        double metres = cable.lengthMm > 0 ? cable.lengthMm / 1000.0 : 0.0;
        if (route && route->orderedMm > 0) metres = route->orderedMm / 1000.0;
        else if (route && route->lengthMm > 0 && metres == 0.0) metres = route->lengthMm / 1000.0;
        if (!power && media == Media::Auto) {
            if (route == nullptr) throw InputError(fmt::format("cable {}: not routed; route the design first", id.value));
            plan_.unrouted.push_back(id);
            return;
        }
        const LabourRate& rate = power ? rates_.powerCord : rates_.forCable(media, metres);

        const auto [kind, key] = classify(link, power, da, db, ra, rb);
        const auto [it, fresh] = cablePackage_.try_emplace({kind, key, rate.trade}, -1);
        if (fresh) {
            it->second = add(kind, cablePackageName(kind, key, rate.trade), rate, 0.0);
            byKind_[{kind, key}].push_back(it->second);
        }
        WorkPackage& p = at(it->second);
        p.labourMinutes += rate.minutes;
        p.cables.push_back(id);
        p.racks.insert(p.racks.end(), {ra, rb});
        if (kind != PackageKind::PowerCords && kind != PackageKind::OobCabling && kind != PackageKind::RackInternal &&
            kind != PackageKind::OtherCabling)
            p.devices.push_back(DeviceId(key));
        if (route && route->route != kNoRoute) {
            const auto& segments = routing_.routes[route->route].segments;
            p.trays.insert(p.trays.end(), segments.begin(), segments.end());
        }
        lowerEnd_[it->second].insert(da.value);
    }

    /// The package kind a cable belongs to and what it is grouped by (a rack or a switch id).
    std::pair<PackageKind, std::uint32_t> classify(const Link& link, bool power, DeviceId da, DeviceId db, RackId ra,
                                                   RackId rb) const {
        if (power) return {PackageKind::PowerCords, ra.value};
        if (link.fabric == Fabric::Oob || link.role == LinkRole::Management) {
            const bool aIsSwitch = m_.devices()[da].role == DeviceRole::MgmtSwitch;
            return {PackageKind::OobCabling, (aIsSwitch ? rb : ra).value};
        }
        if (link.fabric == Fabric::Nvlink || link.role == LinkRole::Nvlink) return {PackageKind::RackInternal, ra.value};
        const bool compute = link.fabric == Fabric::Compute;
        switch (link.role) {
            case LinkRole::NodeLeaf: return {compute ? PackageKind::NodeLeaf : PackageKind::InbandStorage, db.value};
            case LinkRole::LeafSpine: return {compute ? PackageKind::LeafSpine : PackageKind::InbandStorage, db.value};
            case LinkRole::SpineCore: return {compute ? PackageKind::SpineCore : PackageKind::InbandStorage, db.value};
            default: return {ra == rb ? PackageKind::RackInternal : PackageKind::OtherCabling, ra.value};
        }
    }

    std::string cablePackageName(PackageKind kind, std::uint32_t key, Trade trade) const {
        const auto rack = [&] { return m_.racks()[RackId(key)].name; };
        const auto device = [&] { return m_.devices()[DeviceId(key)].name; };
        switch (kind) {
            case PackageKind::PowerCords: return fmt::format("rack {} power cords", rack());
            case PackageKind::OobCabling: return fmt::format("rack {} OOB ({})", rack(), toString(trade));
            case PackageKind::RackInternal: return fmt::format("rack {} in-rack cables ({})", rack(), toString(trade));
            case PackageKind::OtherCabling: return fmt::format("rack {} other cables ({})", rack(), toString(trade));
            case PackageKind::NodeLeaf: return fmt::format("leaf {} node cables ({})", device(), toString(trade));
            case PackageKind::LeafSpine: return fmt::format("spine {} uplinks from leaves ({})", device(), toString(trade));
            case PackageKind::SpineCore: return fmt::format("core {} uplinks from spines ({})", device(), toString(trade));
            default: return fmt::format("switch {} in-band/storage cables ({})", device(), toString(trade));
        }
    }

    /// A check with a sign-off that waits for `predecessors`.
    int addGate(PackageKind kind, std::string name, const LabourRate& rate, std::vector<int> predecessors) {
        const int p = add(kind, std::move(name), rate, 1.0);
        at(p).gate = true;
        at(p).predecessors = std::move(predecessors);
        return p;
    }

    void addRackPowerOn() {
        for (const auto& [rack, cords] : byKindOf(PackageKind::PowerCords)) {
            const std::string& name = m_.racks()[RackId(rack)].name;
            std::vector<int> before = cords;
            if (const auto cdus = cduTestsOfRack_.find(rack); cdus != cduTestsOfRack_.end())
                before.insert(before.end(), cdus->second.begin(), cdus->second.end());
            powerOn_[rack] = addGate(PackageKind::RackPowerOn, fmt::format("rack {} power-on", name), rates_.rackPowerOn, std::move(before));
            at(powerOn_[rack]).racks.push_back(RackId(rack));
        }
    }

    void addGates() {
        for (const auto& [leaf, cabling] : byKindOf(PackageKind::NodeLeaf)) {
            const std::string& name = m_.devices()[DeviceId(leaf)].name;
            podCheck_[leaf] = addGate(PackageKind::PodCheck, fmt::format("pod check {}", name), rates_.podCheck, cabling);
            at(podCheck_[leaf]).devices.push_back(DeviceId(leaf));
        }
        std::vector<int> fabric, cabling;
        for (int i = 0; i < static_cast<int>(plan_.packages.size()); ++i) {
            if (isComputeFabric(at(i).kind)) fabric.push_back(i);
            if (isCablePackage(at(i).kind)) cabling.push_back(i);
        }
        if (!fabric.empty()) {
            fabricCabled_ = addGate(PackageKind::FabricCabled, "compute fabric cabled", rates_.asBuiltCheck, fabric);
            at(fabricCabled_).labourMinutes = 0.0;  // a milestone: no work of its own
            cabling.push_back(fabricCabled_);
        }
        if (cabling.empty()) return;
        const int asBuilt = addGate(PackageKind::AsBuiltCheck, "as-built check", rates_.asBuiltCheck, cabling);
        // Burn-in under load, a day per hall, proves the fabric and the liquid loops under real heat.
        std::set<std::uint32_t> halls;
        m_.racks().forEach([&](RackId, const Rack& r) { halls.insert(r.hall.value); });
        const int burnIn = addGate(PackageKind::BurnIn, "burn-in", rates_.burnIn, {asBuilt});
        at(burnIn).labourMinutes = rates_.burnIn.minutes * static_cast<double>(std::max<std::size_t>(1, halls.size()));
    }

    std::map<std::uint32_t, std::vector<int>> byKindOf(PackageKind kind) const {
        std::map<std::uint32_t, std::vector<int>> out;
        for (const auto& [key, packages] : byKind_)
            if (key.first == kind) out[key.second] = packages;
        return out;
    }

    /// What a rack must have before data cables go in: its OOB cabled, else its power on, else set.
    void addRackReady(std::vector<int>& into, RackId rack) const {
        if (const auto it = byKind_.find({PackageKind::OobCabling, rack.value}); it != byKind_.end())
            into.insert(into.end(), it->second.begin(), it->second.end());
        else if (const auto on = powerOn_.find(rack.value); on != powerOn_.end()) into.push_back(on->second);
        else into.push_back(rackSet_.at(rack.value));
    }

    void wire() {
        const int n = static_cast<int>(plan_.packages.size());
        for (int i = 0; i < n; ++i) {
            WorkPackage& p = at(i);
            if (!isCablePackage(p.kind)) continue;
            std::vector<int>& pred = p.predecessors;
            for (RackId r : p.racks) pred.push_back(rackSet_.at(r.value));
            for (TrayId t : p.trays) pred.push_back(runOfTray_[t.value]);
            switch (p.kind) {
                case PackageKind::PowerCords:
                    for (RackId r : p.racks)
                        if (const auto t = tapOffs_.find(r.value); t != tapOffs_.end()) pred.push_back(t->second);
                    break;
                case PackageKind::OobCabling:
                    for (RackId r : p.racks)
                        if (const auto on = powerOn_.find(r.value); on != powerOn_.end()) pred.push_back(on->second);
                    break;
                case PackageKind::LeafSpine:
                    for (std::uint32_t leaf : lowerEnd_[i])
                        if (const auto c = podCheck_.find(leaf); c != podCheck_.end()) pred.push_back(c->second);
                    break;
                case PackageKind::SpineCore:
                    for (std::uint32_t spine : lowerEnd_[i])
                        if (const auto c = byKind_.find({PackageKind::LeafSpine, spine}); c != byKind_.end())
                            pred.insert(pred.end(), c->second.begin(), c->second.end());
                    break;
                case PackageKind::InbandStorage:
                    if (fabricCabled_ >= 0) pred.push_back(fabricCabled_);
                    break;
                default: break;
            }
            if (p.kind != PackageKind::PowerCords && p.kind != PackageKind::OobCabling)
                for (RackId r : p.racks) addRackReady(pred, r);
            std::erase(pred, i);
        }
    }

    const Model& m_;
    const RoutingResult& routing_;
    const LabourRates& rates_;
    WorkPlan plan_;
    std::vector<int> runOfTray_;
    std::map<std::uint32_t, int> rackSet_, powerOn_, podCheck_, survey_, buswayRun_, tapOffs_;
    std::map<std::uint32_t, std::set<PanelId>> panelsOfRack_;
    std::map<std::uint32_t, int> circuitsOfRack_;
    std::map<std::uint32_t, std::vector<int>> cduTestsOfRack_;
    std::map<std::tuple<PackageKind, std::uint32_t, Trade>, int> cablePackage_;
    std::map<std::pair<PackageKind, std::uint32_t>, std::vector<int>> byKind_;
    std::map<int, std::set<std::uint32_t>> lowerEnd_;
    int fabricCabled_ = -1;
};

}  // namespace

double WorkPlan::labourMinutes(Trade t) const {
    double sum = 0.0;
    for (const WorkPackage& p : packages)
        if (p.trade == t) sum += p.labourMinutes;
    return sum;
}

WorkPlan buildWorkPackages(const Model& model, const RoutingResult& routing, const LabourRates& rates) {
    return Builder(model, routing, rates).build();
}

RcpspProblem toSchedulingProblem(const WorkPlan& plan, const LabourRates& rates, const std::array<int, kTradeCount>& crews,
                                 std::optional<int> crewsPerRow, const Model* model) {
    RcpspProblem problem;
    for (const auto& [trade, name] : EnumNames<Trade>::table) {
        problem.resourceNames.emplace_back(name);
        problem.capacity.push_back(crews[static_cast<std::size_t>(trade)]);
    }
    std::map<std::uint32_t, int> rowResource;  // row id -> resource index
    if (crewsPerRow) {
        if (*crewsPerRow < 1) throw InputError(fmt::format("crews per row: {} is not at least 1", *crewsPerRow));
        std::set<std::uint32_t> rows;
        for (const WorkPackage& p : plan.packages)
            if (p.row.valid()) rows.insert(p.row.value);
        for (const std::uint32_t row : rows) {
            rowResource[row] = problem.resourceCount();
            const Row* r = model ? model->rows().find(RowId(row)) : nullptr;
            problem.resourceNames.push_back(fmt::format("row {}", r ? r->name : std::to_string(row)));
            problem.capacity.push_back(*crewsPerRow);
        }
    }
    problem.activities.resize(plan.packages.size());
    for (std::size_t i = 0; i < plan.packages.size(); ++i) {
        const WorkPackage& p = plan.packages[i];
        Activity& a = problem.activities[i];
        a.name = p.name;
        a.duration = static_cast<int>(std::ceil(p.labourMinutes / rates.crew(p.trade).size - 1e-9));
        a.demand.assign(problem.capacity.size(), 0);
        if (a.duration > 0) {
            if (crews[static_cast<std::size_t>(p.trade)] < 1)
                throw InputError(fmt::format("no {} crews, but '{}' needs one", toString(p.trade), p.name));
            a.demand[static_cast<std::size_t>(p.trade)] = 1;
            if (crewsPerRow && p.row.valid()) a.demand[rowResource.at(p.row.value)] = 1;
        }
        for (int q : p.predecessors) problem.activities[q].successors.push_back(static_cast<int>(i));
    }
    return problem;
}

}  // namespace rw::install
