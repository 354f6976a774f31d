// The power check's entry points. The sums live in FailureSweep, the verdicts in
// PowerJudgements (words in PowerFindings); the incremental PowerCheckSession judges with the
// same code, so a full check and an incremental one cannot drift apart.
#include "power/PowerCheck.h"

#include <fmt/format.h>

#include "power/PowerJudgements.h"
#include "power/PowerFindings.h"

namespace rw::power {

std::vector<Finding> checkScenario(const PowerNetwork& net, ElementIndex failed, const PowerRules& rules) {
    std::vector<Finding> out;
    FailureSweep sweep(net);
    std::vector<ElementLoad> loads = sweep.normal();
    const std::string prefix = scenarioPrefix(net, failed);
    for (std::size_t d = 0; failed != kNoElement && d < net.devices.size(); ++d) {
        const PoweredDevice& device = net.devices[d];
        const PsuOutcome o = psuOutcome(net, device, failed);
        if (o.live == sweep.normalOutcomes()[d].live) continue;
        if (o.dark())
            out.push_back(aboutDevice(device, Severity::Error, fmt::format("{}: {}no PSU is left", device.name, prefix)));
        else if (leftShort(device, o))
            out.push_back(aboutDevice(device, Severity::Error,
                                      fmt::format("{}: {}{} of {} PSUs are left, {} needed", device.name, prefix, o.live,
                                                  device.psuCount, device.needed)));
    }
    if (failed != kNoElement) sweep.run(failed, [&](ElementIndex e, const ElementLoad& delta) { loads[e] += delta; });
    for (ElementIndex e = 0; e < net.elements.size(); ++e) {
        const SupplyElement& element = net.elements[e];
        if (!rated(element) || net.hangsBelow(e, failed)) continue;
        const Excess x = excessOf(element, loads[e], rules);
        if (x.over()) out.push_back(aboutElement(element, Severity::Error, overloadText(net, element, x, failed, 1, rules)));
    }
    return out;
}

ElementIndex findElement(const PowerNetwork& net, std::string_view name) {
    constexpr std::string_view kLost = " lost";
    if (name.size() > kLost.size() && name.substr(name.size() - kLost.size()) == kLost) name.remove_suffix(kLost.size());
    for (ElementIndex e = 0; e < net.elements.size(); ++e)
        if (net.elements[e].label == name) return e;
    return kNoElement;
}

PowerCheckResult checkPower(const PowerNetwork& net, const PowerRules& rules) {
    // Streams each failure's deltas through the judges instead of keeping them, as the session
    // must: the same verdicts, without its memory.
    FailureSweep sweep(net);
    std::vector<ElementJudge> judges;
    judges.reserve(net.elements.size());
    for (ElementIndex e = 0; e < net.elements.size(); ++e) judges.emplace_back(net, e, sweep.normal()[e], rules);
    for (ElementIndex failed = 0; failed < net.elements.size(); ++failed)
        if (sweptAsFailure(net.elements[failed]))
            sweep.run(failed, [&](ElementIndex e, const ElementLoad& delta) { judges[e].offer(failed, delta); });
    Judgements judged;
    judged.resize(net.elements.size(), net.devices.size());
    for (ElementIndex e = 0; e < net.elements.size(); ++e) judged.store(e, std::move(judges[e]));
    for (std::size_t d = 0; d < net.devices.size(); ++d) judged.judgeDevice(net, d, sweep.normalOutcomes()[d]);
    return judged.assemble();
}

}  // namespace rw::power
