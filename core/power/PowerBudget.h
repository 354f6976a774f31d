#pragma once
// A readable power budget: each feed and panel (busway, RPP) with its load normally and after
// the single failure that loads it most, against its capacity or derated rating. Panels are per
// row and side in generated halls, so this is also the per-row view.
#include <string>
#include <vector>

#include "power/CoolingCheck.h"
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

/// One row's or hall's budget (docs/power.md, "Rows and halls"). Capacity is the derated input
/// of the rack PDUs standing in it (the feeds and panels have their own lines above).
struct AreaBudget {
    std::string name;          // "R03", "Hall 1"
    std::string hall;          // the hall a row stands in; a hall's own name for a hall
    double normalKw = 0.0;     // the maximum power of its corded devices
    double kva = 0.0;          // the same at each device's power factor
    double capacityKva = 0.0;  // sum over its PDUs of rating x continuous-load factor, as kVA
    int pdus = 0;
    int unratedPdus = 0;       // PDUs with no rating: in no capacity and no share
    /// kva / capacityKva.
    double normalShare = 0.0;
    /// The busiest of its PDUs after the single failure that loads that PDU most, as a share of
    /// its allowed current; with the PDU and the failure.
    double worstShare = 0.0;
    std::string worstElement;
    std::string worstScenario;
    /// Capacity that cannot be used because partners must be able to take over: installed
    /// capacity less the load at which, scaled evenly, the first PDU reaches its limit in its
    /// worst single failure (kva / worstShare). A balanced 2N row strands half.
    double strandedKva = 0.0;
    CoolingLoad cooling;
};

struct AreaBudgets {
    std::vector<AreaBudget> rows;
    std::vector<AreaBudget> halls;
};

/// Per-row and per-hall budgets from a checked power network and a checked cooling network of
/// the same model.
[[nodiscard]] AreaBudgets areaBudgets(const Model& model, const PowerNetwork& net, const PowerCheckResult& power,
                                      const CoolingNetwork& coolingNet, const CoolingCheckResult& cooling,
                                      const PowerRules& rules = {});

}  // namespace rw::power
