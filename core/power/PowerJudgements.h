#pragma once
// Every element's and device's findings and budget, kept apart so that one can be judged again
// on its own, and put together in the order the check reports them. The full check streams
// each failure's deltas through one ElementJudge per element; the incremental session replays
// an element's stored deltas through the same judge, so both reach the same verdicts.
#include <algorithm>
#include <optional>
#include <vector>

#include "power/PowerCheck.h"
#include "power/PowerFindings.h"

namespace rw::power {

/// Replaces v[first, first + erased) by `inserted` copies of `blank`, moving the tail once.
template <class V, class T>
void spliceRange(V& v, std::size_t first, std::size_t erased, std::size_t inserted, const T& blank) {
    const auto at = v.begin() + static_cast<std::ptrdiff_t>(first);
    if (inserted > erased) v.insert(at + static_cast<std::ptrdiff_t>(erased), inserted - erased, blank);
    else v.erase(at + static_cast<std::ptrdiff_t>(inserted), at + static_cast<std::ptrdiff_t>(erased));
    std::fill(v.begin() + static_cast<std::ptrdiff_t>(first), v.begin() + static_cast<std::ptrdiff_t>(first + inserted), blank);
}

/// Judges one element: begin with its normal load, offer each single failure's change to it by
/// rising failure index, then finish.
class ElementJudge final {
public:
    ElementJudge(const PowerNetwork& net, ElementIndex e, const ElementLoad& normal, const PowerRules& rules);
    void offer(ElementIndex failed, const ElementLoad& delta);
    [[nodiscard]] const ElementBudget& budget() const noexcept { return budget_; }
    /// Findings about the normal state (imbalance, overload), then the worst failure's and the
    /// unrated one.
    std::vector<Finding> normalFindings;
    [[nodiscard]] std::optional<Finding> failureFinding() const;
    [[nodiscard]] std::optional<Finding> unratedFinding() const;

private:
    const PowerNetwork* net_;
    const PowerRules* rules_;
    ElementIndex e_;
    ElementLoad normal_;
    ElementBudget budget_;
    bool rated_ = false;
    bool overNormally_ = false;
    WorstCase worst_;
};

struct Judgements {
    std::vector<ElementBudget> budgets;
    std::vector<std::vector<Finding>> elementNormal;
    std::vector<std::optional<Finding>> elementFailure, elementUnrated;
    std::vector<std::vector<Finding>> deviceNormal;
    std::vector<std::optional<Finding>> deviceShortfall;

    void resize(std::size_t elements, std::size_t devices);
    /// Elements [first, first + erased) are replaced by `inserted` unjudged ones; every stored
    /// element index is moved by `remap` (the session's splice of one PDU's banks).
    template <class Remap>
    void spliceElements(ElementIndex first, std::size_t erased, std::size_t inserted, Remap&& remap) {
        const auto splice = [&](auto& v, const auto& blank) { spliceRange(v, first, erased, inserted, blank); };
        splice(budgets, ElementBudget{});
        splice(elementNormal, std::vector<Finding>{});
        splice(elementFailure, std::optional<Finding>{});
        splice(elementUnrated, std::optional<Finding>{});
        for (ElementBudget& b : budgets) b.worstScenario = remap(b.worstScenario);
    }
    void store(ElementIndex e, ElementJudge&& judge);
    /// Device d's findings: normal state, and the failure that leaves it shortest of PSUs.
    void judgeDevice(const PowerNetwork& net, std::size_t d, const PsuOutcome& normal);
    /// The findings in report order: each element's normal ones, each device's, each element's
    /// worst failure, each device's shortfall, each unrated element.
    [[nodiscard]] PowerCheckResult assemble() const;
};

}  // namespace rw::power
