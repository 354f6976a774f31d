#pragma once
// A readable power budget: each feed and panel (busway, RPP) with its load normally and after
// the single failure that loads it most, against its capacity or derated rating. Panels are per
// row and side in generated halls, so this is also the per-row view.
#include <string>
#include <vector>

#include "power/PowerCheck.h"

namespace rw::power {

struct BudgetLine {
    ElementKind kind = ElementKind::Feed;
    std::string label;          // "feed Utility A", "busway Busway H1-Row01-A"
    double normalKw = 0.0;
    double worstKw = 0.0;
    std::string worstScenario;  // "feed Utility B lost"; empty when no failure adds load
    double capacityKw = 0.0;    // feeds; 0 = unknown
    double normalAmps = 0.0;    // busiest phase; panels
    double worstAmps = 0.0;
    double allowedAmps = 0.0;   // rating x continuous-load factor; 0 = no rating
    /// Worst load as a fraction of the limit (kW for feeds, A for panels); 0 when there is no limit.
    [[nodiscard]] double worstShare() const noexcept;
};

[[nodiscard]] std::vector<BudgetLine> supplyBudget(const PowerNetwork& net, const PowerCheckResult& result,
                                                   const PowerRules& rules = {});

}  // namespace rw::power
