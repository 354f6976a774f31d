#pragma once
// The power check: the load on every supply element (W, and A per phase) against its rating
// times the continuous-load factor, in the normal state and after each single failure (every
// feed, panel, circuit and PDU lost in turn) with each device's surviving PSUs taking its load;
// devices left short of PSUs; single points of failure; phase imbalance; unrated elements.
// Rules, formulas and sources: docs/power.md.
#include <string_view>
#include <vector>

#include "checks/Finding.h"
#include "power/PowerMath.h"
#include "power/PowerNetwork.h"
#include "power/PowerRules.h"

namespace rw {
class Catalog;
}

namespace rw::power {

/// What one element carries normally and after the single failure that loads it most.
struct ElementBudget {
    double normalW = 0.0;
    PerPhase normalAmps{};
    double worstW = 0.0;                      // >= normalW
    double worstAmps = 0.0;                   // busiest phase, >= the normal busiest phase
    ElementIndex worstScenario = kNoElement;  // the failure behind worstAmps (kNoElement: none raises it)
};

struct PowerCheckResult {
    std::vector<Finding> findings;
    std::vector<ElementBudget> budgets;  // by ElementIndex
};

[[nodiscard]] PowerCheckResult checkPower(const PowerNetwork& net, const PowerRules& rules = {});

/// One what-if: the findings with `failed` lost, each element and device judged in that state
/// alone (elements over their limit, devices short of PSUs or left without any). With
/// kNoElement: the elements over their limit normally.
[[nodiscard]] std::vector<Finding> checkScenario(const PowerNetwork& net, ElementIndex failed, const PowerRules& rules = {});

/// The element a user names: its label ("feed Utility B", "busway Busway H1-Row03-A",
/// "PDU r012-pdu-A1"), optionally followed by " lost"; kNoElement when none has that label.
[[nodiscard]] ElementIndex findElement(const PowerNetwork& net, std::string_view name);

/// The check over a model: builds the network (powerNetworkFromModel) and checks it.
[[nodiscard]] std::vector<Finding> checkPower(const Model& model, const Catalog& catalog, const PowerRules& rules = {});

}  // namespace rw::power
