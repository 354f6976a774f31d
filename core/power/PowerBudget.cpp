#include "power/PowerBudget.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace rw::power {

double BudgetLine::worstShare() const noexcept {
    if (kind == ElementKind::Feed) return capacityKw > 0 ? worstKw / capacityKw : 0.0;
    return allowedAmps > 0 ? worstAmps / allowedAmps : 0.0;
}

std::vector<BudgetLine> supplyBudget(const PowerNetwork& net, const PowerCheckResult& result, const PowerRules& rules) {
    std::vector<BudgetLine> lines;
    for (ElementIndex e = 0; e < net.elements.size() && e < result.budgets.size(); ++e) {
        const SupplyElement& element = net.elements[e];
        if (element.kind != ElementKind::Feed && element.kind != ElementKind::Panel) continue;
        const ElementBudget& b = result.budgets[e];
        BudgetLine line;
        line.kind = element.kind;
        line.label = element.label;
        line.normalKw = b.normalW / 1000.0;
        line.worstKw = b.worstW / 1000.0;
        if (b.worstScenario != kNoElement) line.worstScenario = net.elements[b.worstScenario].label + " lost";
        line.capacityKw = element.capacityKw;
        line.normalAmps = *std::max_element(b.normalAmps.begin(), b.normalAmps.end());
        line.worstAmps = b.worstAmps;
        line.allowedAmps = allowedAmps(element.ratedAmps, rules.continuousLoadFactor);
        lines.push_back(std::move(line));
    }
    return lines;
}

}  // namespace rw::power

namespace rw::power {
namespace {

/// Apparent power an element may carry: rating x continuous-load factor at its voltage.
double allowedKva(const SupplyElement& e, const PowerRules& rules) {
    const double amps = allowedAmps(e.ratedAmps, rules.continuousLoadFactor);
    return (e.phases == 3 ? std::sqrt(3.0) : 1.0) * e.volts * amps / 1000.0;
}

struct Place {
    std::uint32_t row = RowId::kInvalid;
    std::uint32_t hall = HallId::kInvalid;
};

Place placeOf(const Model& model, std::uint32_t deviceId) {
    const Device* d = model.devices().find(DeviceId{deviceId});
    const Rack* r = d ? model.racks().find(d->rack) : nullptr;
    return r ? Place{r->row.value, r->hall.value} : Place{};
}

class AreaTally final {
public:
    AreaTally(const Model& model, const PowerNetwork& net, const PowerCheckResult& power, const PowerRules& rules)
        : model_(model), net_(net), power_(power), rules_(rules) {}

    void addDevices() {
        for (const PoweredDevice& d : net_.devices) {
            if (d.cords.empty()) continue;  // in no budget (the check says so)
            const double pf = d.powerFactor > 0 ? d.powerFactor : 1.0;
            forPlace(placeOf(model_, d.deviceId), [&](AreaBudget& a) {
                a.normalKw += d.maxW / 1000.0;
                a.kva += d.maxW / pf / 1000.0;
            });
        }
    }

    void addPdus() {
        for (ElementIndex e = 0; e < net_.elements.size(); ++e) {
            const SupplyElement& pdu = net_.elements[e];
            if (pdu.kind != ElementKind::Pdu || pdu.entity != EntityKind::Device) continue;
            const ElementBudget& b = power_.budgets[e];
            forPlace(placeOf(model_, pdu.entityId), [&](AreaBudget& a) {
                ++a.pdus;
                if (pdu.ratedAmps <= 0) {
                    ++a.unratedPdus;
                    return;
                }
                a.capacityKva += allowedKva(pdu, rules_);
                const double share = b.worstAmps / allowedAmps(pdu.ratedAmps, rules_.continuousLoadFactor);
                if (share <= a.worstShare) return;
                a.worstShare = share;
                a.worstElement = pdu.label;
                a.worstScenario = b.worstScenario == kNoElement ? std::string() : net_.elements[b.worstScenario].label + " lost";
            });
        }
    }

    AreaBudgets finish(const CoolingNetwork& coolingNet, const CoolingCheckResult& cooling) {
        for (std::size_t r = 0; r < coolingNet.rows.size() && r < cooling.rows.size(); ++r)
            area(rows_, coolingNet.rows[r].rowId).cooling = cooling.rows[r];
        for (std::size_t h = 0; h < coolingNet.halls.size() && h < cooling.halls.size(); ++h)
            area(halls_, coolingNet.halls[h].hallId).cooling = cooling.halls[h];
        AreaBudgets out;
        model_.rows().forEach([&](RowId id, const Row& row) {
            AreaBudget a = area(rows_, id.value);
            a.name = row.name;
            const Hall* hall = model_.halls().find(row.hall);
            a.hall = hall ? hall->name : std::string();
            out.rows.push_back(settle(std::move(a)));
        });
        model_.halls().forEach([&](HallId id, const Hall& hall) {
            AreaBudget a = area(halls_, id.value);
            a.name = a.hall = hall.name;
            out.halls.push_back(settle(std::move(a)));
        });
        return out;
    }

private:
    template <class F>
    void forPlace(const Place& p, F&& f) {
        if (p.row != RowId::kInvalid) f(area(rows_, p.row));
        if (p.hall != HallId::kInvalid) f(area(halls_, p.hall));
    }

    static AreaBudget& area(std::unordered_map<std::uint32_t, AreaBudget>& map, std::uint32_t id) { return map[id]; }

    static AreaBudget settle(AreaBudget a) {
        if (a.capacityKva > 0) a.normalShare = a.kva / a.capacityKva;
        if (a.capacityKva > 0 && a.worstShare > 0) a.strandedKva = std::max(0.0, a.capacityKva - a.kva / a.worstShare);
        return a;
    }

    const Model& model_;
    const PowerNetwork& net_;
    const PowerCheckResult& power_;
    const PowerRules& rules_;
    std::unordered_map<std::uint32_t, AreaBudget> rows_, halls_;
};

}  // namespace

AreaBudgets areaBudgets(const Model& model, const PowerNetwork& net, const PowerCheckResult& power,
                        const CoolingNetwork& coolingNet, const CoolingCheckResult& cooling, const PowerRules& rules) {
    AreaTally tally(model, net, power, rules);
    tally.addDevices();
    tally.addPdus();
    return tally.finish(coolingNet, cooling);
}

}  // namespace rw::power
