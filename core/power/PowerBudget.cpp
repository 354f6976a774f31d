#include "power/PowerBudget.h"

#include <algorithm>

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
