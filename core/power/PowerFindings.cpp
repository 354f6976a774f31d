#include "power/PowerFindings.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace rw::power {
namespace {

bool isFeed(const SupplyElement& e) { return e.kind == ElementKind::Feed; }

std::string phaseName(const SupplyElement& e, std::size_t phase) {
    if (e.phases != 3) return {};
    return fmt::format(" {} L{}", wiringFor(e.volts, e.phases) == Wiring::Delta ? "line" : "phase", phase + 1);
}

std::string othersSuffix(int scenarios, std::string_view what) {
    if (scenarios <= 1) return {};
    return fmt::format("; {} other single failure{} {}", scenarios - 1, scenarios == 2 ? "" : "s", what);
}

}  // namespace

bool rated(const SupplyElement& e) noexcept { return isFeed(e) ? e.capacityKw > 0 : e.ratedAmps > 0; }

Excess excessOf(const SupplyElement& e, const ElementLoad& load, const PowerRules& rules) {
    if (isFeed(e)) {
        const Excess kw{load.watts / 1000.0, e.capacityKw, 0};
        const double kva = (load.legVa[0] + load.legVa[1] + load.legVa[2]) / 1000.0;
        if (e.capacityKva > 0 && kva / e.capacityKva > kw.ratio()) return {kva, e.capacityKva, 0, true};
        return kw;
    }
    const PerPhase amps = ampsOf(e, load);
    const std::size_t p = busiest(amps);
    return {amps[p], allowedAmps(e.ratedAmps, rules.continuousLoadFactor), p};
}

void WorstCase::offer(ElementIndex failed, double m) {
    ++scenarios;
    if (scenario == kNoElement || m > measure + 1e-9 * std::max(1.0, std::abs(measure))) {
        scenario = failed;
        measure = m;
    }
}

std::string scenarioPrefix(const PowerNetwork& net, ElementIndex failed) {
    return failed == kNoElement ? std::string() : fmt::format("with {} lost, ", net.elements[failed].label);
}

std::string overloadText(const PowerNetwork& net, const SupplyElement& e, const Excess& x, ElementIndex failed, int scenarios,
                         const PowerRules& rules) {
    const std::string suffix = othersSuffix(scenarios, scenarios == 2 ? "overloads it too" : "overload it too");
    if (isFeed(e))
        return fmt::format("{}{} carries {:.1f} {} of its {:g} {} {}{}", scenarioPrefix(net, failed), e.label, x.load,
                           x.kva ? "kVA" : "kW", x.limit, x.kva ? "kVA" : "kW", x.kva ? "rating" : "capacity", suffix);
    return fmt::format("{}{}{} carries {:.1f} A of {:.1f} A allowed ({:g} A rating x {:g} for continuous load){}",
                       scenarioPrefix(net, failed), e.label, phaseName(e, x.phase), x.load, x.limit, e.ratedAmps,
                       rules.continuousLoadFactor, suffix);
}

Finding aboutElement(const SupplyElement& e, Severity severity, std::string message) {
    return {severity, FindingSource::Power, e.entity, e.entityId, std::move(message)};
}

Finding aboutDevice(const PoweredDevice& d, Severity severity, std::string message) {
    return {severity, FindingSource::Power, EntityKind::Device, d.deviceId, std::move(message)};
}

void deviceNormalFindings(const PowerNetwork& net, const PoweredDevice& device, const PsuOutcome& o, std::vector<Finding>& out) {
    if (device.cords.empty() && device.psuCount > 0) {
        out.push_back(aboutDevice(device, Severity::Warning,
                                  fmt::format("{} has no power cord: its {:.1f} kW are in no power budget", device.name,
                                              device.maxW / 1000.0)));
        return;
    }
    if (leftShort(device, o))
        out.push_back(aboutDevice(device, Severity::Error,
                                  fmt::format("{}: only {} of {} PSUs are corded, {} needed", device.name, o.live,
                                              device.psuCount, device.needed)));
    if (const auto spof = singlePointOfFailure(net, device)) {
        ElementIndex top = *spof;
        while (net.elements[top].parent != kNoElement) top = net.elements[top].parent;
        const std::string which = device.cords.size() == 1 ? std::string("its one corded PSU traces")
                                                           : fmt::format("all {} corded PSUs trace", device.cords.size());
        out.push_back(aboutDevice(device, Severity::Warning,
                                  fmt::format("{}: {} to {}{}: losing it powers the device off (single point of failure)",
                                              device.name, which, net.elements[*spof].label,
                                              top == *spof ? std::string() : " (" + net.elements[top].label + ")")));
    }
}

void imbalanceFinding(const SupplyElement& e, const PerPhase& amps, const PowerRules& rules, std::vector<Finding>& out) {
    if (e.phases != 3 || (e.kind != ElementKind::Pdu && e.kind != ElementKind::Panel)) return;
    const double imbalance = phaseImbalance(amps);
    if (imbalance < rules.imbalanceWarning) return;
    // A nearly idle element is out of balance by a few cords and strands nothing.
    if (e.ratedAmps > 0 && *std::max_element(amps.begin(), amps.end()) <
                               rules.imbalanceMinLoad * allowedAmps(e.ratedAmps, rules.continuousLoadFactor))
        return;
    out.push_back(aboutElement(e, Severity::Warning,
                               fmt::format("{} phases are {:.0f} % out of balance (L1 {:.1f} A, L2 {:.1f} A, L3 {:.1f} A; "
                                           "NEMA: largest deviation from the mean over the mean, {} band)",
                                           e.label, imbalance * 100, amps[0], amps[1], amps[2],
                                           toString(imbalanceBand(imbalance)))));
}

Finding shortfallFinding(const PowerNetwork& net, const PoweredDevice& device, const WorstCase& w) {
    return aboutDevice(device, Severity::Error,
                       fmt::format("{}: {}{} of {} PSUs are left, {} needed{}", device.name, scenarioPrefix(net, w.scenario),
                                   w.live, device.psuCount, device.needed, othersSuffix(w.scenarios, "do the same")));
}

std::string unratedText(const SupplyElement& e, double normalW, const PerPhase& normalAmps, double worstW, double worstAmps) {
    if (isFeed(e))
        return fmt::format("{} has no capacity: its load ({:.1f} kW, {:.1f} kW after the worst single failure) is not checked",
                           e.label, normalW / 1000.0, worstW / 1000.0);
    return fmt::format("{} has no rating: its load ({:.1f} A on the busiest phase, {:.1f} A after the worst single "
                       "failure) is not checked",
                       e.label, normalAmps[busiest(normalAmps)], worstAmps);
}

}  // namespace rw::power
