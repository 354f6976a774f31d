#include "power/PowerJudgements.h"

namespace rw::power {

ElementJudge::ElementJudge(const PowerNetwork& net, ElementIndex e, const ElementLoad& normal, const PowerRules& rules)
    : net_(&net), rules_(&rules), e_(e), normal_(normal) {
    const SupplyElement& element = net.elements[e];
    budget_.normalW = budget_.worstW = normal.watts;
    budget_.normalAmps = ampsOf(element, normal);
    budget_.worstAmps = budget_.normalAmps[busiest(budget_.normalAmps)];
    imbalanceFinding(element, budget_.normalAmps, rules, normalFindings);
    rated_ = rated(element);
    if (!rated_) return;
    const Excess x = excessOf(element, normal, rules);
    overNormally_ = x.over();
    if (overNormally_)
        normalFindings.push_back(aboutElement(element, Severity::Error, overloadText(net, element, x, kNoElement, 1, rules)));
}

void ElementJudge::offer(ElementIndex failed, const ElementLoad& delta) {
    const SupplyElement& element = net_->elements[e_];
    ElementLoad load = normal_;
    load += delta;
    const PerPhase amps = ampsOf(element, load);
    if (load.watts > budget_.worstW) budget_.worstW = load.watts;
    if (amps[busiest(amps)] > budget_.worstAmps + kAmpTolerance) {
        budget_.worstAmps = amps[busiest(amps)];
        budget_.worstScenario = failed;
    }
    if (!rated_ || overNormally_) return;
    const Excess x = excessOf(element, load, *rules_);
    if (!x.over()) return;
    worst_.offer(failed, x.ratio());
    if (worst_.scenario == failed) worst_.excess = x;
}

std::optional<Finding> ElementJudge::failureFinding() const {
    if (worst_.scenario == kNoElement) return std::nullopt;
    const SupplyElement& element = net_->elements[e_];
    return aboutElement(element, Severity::Error,
                        overloadText(*net_, element, worst_.excess, worst_.scenario, worst_.scenarios, *rules_));
}

std::optional<Finding> ElementJudge::unratedFinding() const {
    if (rated_ || budget_.worstW <= 0) return std::nullopt;
    const SupplyElement& element = net_->elements[e_];
    return aboutElement(element, Severity::Warning,
                        unratedText(element, budget_.normalW, budget_.normalAmps, budget_.worstW, budget_.worstAmps));
}

void Judgements::resize(std::size_t elements, std::size_t devices) {
    budgets.assign(elements, {});
    elementNormal.assign(elements, {});
    elementFailure.assign(elements, std::nullopt);
    elementUnrated.assign(elements, std::nullopt);
    deviceNormal.assign(devices, {});
    deviceShortfall.assign(devices, std::nullopt);
}

void Judgements::store(ElementIndex e, ElementJudge&& judge) {
    budgets[e] = judge.budget();
    elementFailure[e] = judge.failureFinding();
    elementUnrated[e] = judge.unratedFinding();
    elementNormal[e] = std::move(judge.normalFindings);
}

void Judgements::judgeDevice(const PowerNetwork& net, std::size_t d, const PsuOutcome& normal) {
    const PoweredDevice& device = net.devices[d];
    deviceNormal[d].clear();
    deviceNormalFindings(net, device, normal, deviceNormal[d]);
    deviceShortfall[d].reset();
    if (leftShort(device, normal)) return;  // already short normally: reported once, above
    WorstCase worst;
    for (ElementIndex failed : upstreamOf(net, device)) {
        if (!sweptAsFailure(net.elements[failed])) continue;
        const PsuOutcome o = psuOutcome(net, device, failed);
        if (o.dark() || !leftShort(device, o)) continue;
        worst.offer(failed, -o.live);
        if (worst.scenario == failed) worst.live = o.live;
    }
    if (worst.scenario != kNoElement) deviceShortfall[d] = shortfallFinding(net, device, worst);
}

PowerCheckResult Judgements::assemble() const {
    PowerCheckResult r;
    r.budgets = budgets;
    auto& out = r.findings;
    for (const auto& list : elementNormal) out.insert(out.end(), list.begin(), list.end());
    for (const auto& list : deviceNormal) out.insert(out.end(), list.begin(), list.end());
    for (const auto& f : elementFailure)
        if (f) out.push_back(*f);
    for (const auto& f : deviceShortfall)
        if (f) out.push_back(*f);
    for (const auto& f : elementUnrated)
        if (f) out.push_back(*f);
    return r;
}

}  // namespace rw::power
