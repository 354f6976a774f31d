// Sums shares of device power up the supply tree, then repeats the sums for every single
// failure. A failure only changes the devices with a PSU below the lost element, so each
// scenario applies their change to the normal sums (a sparse delta) instead of summing the
// whole hall again: the sweep costs about (devices x chain depth) per level of the tree.
#include "power/PowerCheck.h"

#include <fmt/format.h>

#include <algorithm>
#include <limits>

#include "power/PsuFailover.h"

namespace rw::power {
namespace {

constexpr double kTolerance = 1e-6;  // sums of shares are not exact

struct ElementLoad {
    double watts = 0.0;
    PerPhase legVa{};
};

/// Adds `watts` drawn through a cord on `leg` (-1: unknown, spread evenly) to an element.
void addShare(ElementLoad& load, const SupplyElement& e, int leg, double watts, double powerFactor) {
    load.watts += watts;
    const double va = watts / powerFactor;
    if (e.phases != 3) load.legVa[0] += va;
    else if (leg >= 0 && leg < 3) load.legVa[static_cast<std::size_t>(leg)] += va;
    else
        for (double& l : load.legVa) l += va / 3.0;
}

PerPhase ampsOf(const SupplyElement& e, const ElementLoad& load) {
    return lineAmps(wiringFor(e.volts, e.phases), e.volts, load.legVa);
}

std::size_t busiest(const PerPhase& amps) {
    return static_cast<std::size_t>(std::max_element(amps.begin(), amps.end()) - amps.begin());
}

bool isFeed(const SupplyElement& e) { return e.kind == ElementKind::Feed; }
bool rated(const SupplyElement& e) { return isFeed(e) ? e.capacityKw > 0 : e.ratedAmps > 0; }

/// An element's load against its limit: kW against capacity for feeds, A on the busiest phase
/// against rating x continuous-load factor for the rest.
struct Excess {
    double load = 0.0;
    double limit = 0.0;
    std::size_t phase = 0;
    bool kva = false;  // a feed judged by its kVA rating (nearer its limit than by kW)
    [[nodiscard]] bool over() const noexcept { return load > limit + kTolerance; }
    [[nodiscard]] double ratio() const noexcept { return limit > 0 ? load / limit : 0.0; }
};

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

std::string phaseName(const SupplyElement& e, std::size_t phase) {
    if (e.phases != 3) return {};
    return fmt::format(" {} L{}", wiringFor(e.volts, e.phases) == Wiring::Delta ? "line" : "phase", phase + 1);
}

std::string scenarioPrefix(const PowerNetwork& net, ElementIndex failed) {
    return failed == kNoElement ? std::string() : fmt::format("with {} lost, ", net.elements[failed].label);
}

std::string othersSuffix(int scenarios, std::string_view what) {
    if (scenarios <= 1) return {};
    return fmt::format("; {} other single failure{} {}", scenarios - 1, scenarios == 2 ? "" : "s", what);
}

std::string overloadText(const PowerNetwork& net, const SupplyElement& e, const Excess& x, ElementIndex failed,
                         int scenarios, const PowerRules& rules) {
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

/// The worst single failure found so far for one element or device, and how many failures hit it.
struct WorstCase {
    ElementIndex scenario = kNoElement;
    double measure = 0.0;  // ratio over the limit (elements) or minus the live PSUs (devices)
    int scenarios = 0;
    Excess excess;
    int live = 0;
    void offer(ElementIndex failed, double m) {
        ++scenarios;
        if (scenario == kNoElement || m > measure) {
            scenario = failed;
            measure = m;
        }
    }
};

class FailureSweep final {
public:
    explicit FailureSweep(const PowerNetwork& net) : net_(net) {
        const std::size_t n = net.elements.size();
        normal_.resize(n);
        delta_.resize(n);
        touchedFlag_.assign(n, 0);
        devicesUnder_.resize(n);
        std::vector<std::size_t> lastDevice(n, std::numeric_limits<std::size_t>::max());
        for (std::size_t d = 0; d < net.devices.size(); ++d) {
            const PoweredDevice& device = net.devices[d];
            outcomes_.push_back(psuOutcome(net, device));
            for (const PsuCord& cord : device.cords) {
                if (!cordLive(net, cord, kNoElement)) continue;
                net.forEachUpstream(cord.element, [&](ElementIndex e) {
                    addShare(normal_[e], net.elements[e], cord.leg, outcomes_[d].wattsPerPsu, powerFactor(device));
                    if (lastDevice[e] != d) devicesUnder_[e].push_back(d);
                    lastDevice[e] = d;
                });
            }
        }
    }

    [[nodiscard]] const std::vector<ElementLoad>& normal() const noexcept { return normal_; }
    [[nodiscard]] const PsuOutcome& normalOutcome(std::size_t device) const noexcept { return outcomes_[device]; }

    /// Runs `failed` as a scenario and calls onElement(e, load) for each surviving element whose
    /// load changed, then onDevice(d, outcome) for each device with a PSU below `failed`.
    template <class OnElement, class OnDevice>
    void run(ElementIndex failed, OnElement&& onElement, OnDevice&& onDevice) {
        for (std::size_t d : devicesUnder_[failed]) shift(d, failed);
        for (ElementIndex e : touched_) {
            if (!net_.hangsBelow(e, failed)) {
                ElementLoad load = normal_[e];
                load.watts += delta_[e].watts;
                for (std::size_t k = 0; k < 3; ++k) load.legVa[k] += delta_[e].legVa[k];
                onElement(e, load);
            }
            delta_[e] = {};
            touchedFlag_[e] = 0;
        }
        touched_.clear();
        for (std::size_t d : devicesUnder_[failed]) onDevice(d, psuOutcome(net_, net_.devices[d], failed));
    }

private:
    static double powerFactor(const PoweredDevice& d) { return d.powerFactor > 0 ? d.powerFactor : 1.0; }

    // Moves device d's shares from its normal split to its split with `failed` lost.
    void shift(std::size_t d, ElementIndex failed) {
        const PoweredDevice& device = net_.devices[d];
        const PsuOutcome after = psuOutcome(net_, device, failed);
        for (const PsuCord& cord : device.cords) {
            if (!cordLive(net_, cord, kNoElement)) continue;
            const double change = (cordLive(net_, cord, failed) ? after.wattsPerPsu : 0.0) - outcomes_[d].wattsPerPsu;
            if (change == 0.0) continue;
            net_.forEachUpstream(cord.element, [&](ElementIndex e) {
                addShare(delta_[e], net_.elements[e], cord.leg, change, powerFactor(device));
                if (!touchedFlag_[e]) touched_.push_back(e);
                touchedFlag_[e] = 1;
            });
        }
    }

    const PowerNetwork& net_;
    std::vector<ElementLoad> normal_;
    std::vector<PsuOutcome> outcomes_;
    std::vector<std::vector<std::size_t>> devicesUnder_;
    std::vector<ElementLoad> delta_;
    std::vector<std::uint8_t> touchedFlag_;
    std::vector<ElementIndex> touched_;
};

void checkDevicesNormally(const PowerNetwork& net, const FailureSweep& sweep, std::vector<Finding>& out) {
    for (std::size_t d = 0; d < net.devices.size(); ++d) {
        const PoweredDevice& device = net.devices[d];
        const PsuOutcome& o = sweep.normalOutcome(d);
        if (device.cords.empty() && device.psuCount > 0) {
            out.push_back(aboutDevice(device, Severity::Warning,
                                      fmt::format("{} has no power cord: its {:.1f} kW are in no power budget", device.name,
                                                  device.maxW / 1000.0)));
            continue;
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
}

void checkImbalance(const SupplyElement& e, const PerPhase& amps, const PowerRules& rules, std::vector<Finding>& out) {
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

std::string unratedText(const SupplyElement& e, const ElementBudget& b) {
    if (isFeed(e))
        return fmt::format("{} has no capacity: its load ({:.1f} kW, {:.1f} kW after the worst single failure) is not checked",
                           e.label, b.normalW / 1000.0, b.worstW / 1000.0);
    return fmt::format("{} has no rating: its load ({:.1f} A on the busiest phase, {:.1f} A after the worst single "
                       "failure) is not checked",
                       e.label, b.normalAmps[busiest(b.normalAmps)], b.worstAmps);
}

}  // namespace

std::vector<Finding> checkScenario(const PowerNetwork& net, ElementIndex failed, const PowerRules& rules) {
    std::vector<Finding> out;
    FailureSweep sweep(net);
    std::vector<ElementLoad> loads = sweep.normal();
    const auto onElement = [&](ElementIndex e, const ElementLoad& load) { loads[e] = load; };
    const auto onDevice = [&](std::size_t d, const PsuOutcome& o) {
        const PoweredDevice& device = net.devices[d];
        const std::string prefix = scenarioPrefix(net, failed);
        if (o.dark())
            out.push_back(aboutDevice(device, Severity::Error, fmt::format("{}: {}no PSU is left", device.name, prefix)));
        else if (leftShort(device, o))
            out.push_back(aboutDevice(device, Severity::Error,
                                      fmt::format("{}: {}{} of {} PSUs are left, {} needed", device.name, prefix, o.live,
                                                  device.psuCount, device.needed)));
    };
    if (failed != kNoElement) sweep.run(failed, onElement, onDevice);
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
    PowerCheckResult result;
    std::vector<Finding>& out = result.findings;
    const std::size_t n = net.elements.size();
    FailureSweep sweep(net);

    // The normal state.
    std::vector<std::uint8_t> overNormally(n, 0);
    result.budgets.resize(n);
    for (ElementIndex e = 0; e < n; ++e) {
        const SupplyElement& element = net.elements[e];
        ElementBudget& b = result.budgets[e];
        b.normalW = b.worstW = sweep.normal()[e].watts;
        b.normalAmps = ampsOf(element, sweep.normal()[e]);
        b.worstAmps = b.normalAmps[busiest(b.normalAmps)];
        checkImbalance(element, b.normalAmps, rules, out);
        if (!rated(element)) continue;
        const Excess x = excessOf(element, sweep.normal()[e], rules);
        if (!x.over()) continue;
        overNormally[e] = 1;
        out.push_back(aboutElement(element, Severity::Error, overloadText(net, element, x, kNoElement, 1, rules)));
    }
    checkDevicesNormally(net, sweep, out);

    // Every single failure.
    std::vector<WorstCase> overloads(n), shortfalls(net.devices.size());
    for (ElementIndex failed = 0; failed < n; ++failed) {
        sweep.run(
            failed,
            [&](ElementIndex e, const ElementLoad& load) {
                const SupplyElement& element = net.elements[e];
                ElementBudget& b = result.budgets[e];
                const PerPhase amps = ampsOf(element, load);
                if (load.watts > b.worstW) b.worstW = load.watts;
                if (amps[busiest(amps)] > b.worstAmps + kTolerance) {
                    b.worstAmps = amps[busiest(amps)];
                    b.worstScenario = failed;
                }
                if (!rated(element) || overNormally[e]) return;
                const Excess x = excessOf(element, load, rules);
                if (!x.over()) return;
                WorstCase& w = overloads[e];
                w.offer(failed, x.ratio());
                if (w.scenario == failed) w.excess = x;
            },
            [&](std::size_t d, const PsuOutcome& o) {
                const PoweredDevice& device = net.devices[d];
                if (o.dark() || !leftShort(device, o) || leftShort(device, sweep.normalOutcome(d))) return;
                WorstCase& w = shortfalls[d];
                w.offer(failed, -o.live);
                if (w.scenario == failed) w.live = o.live;
            });
    }

    for (ElementIndex e = 0; e < n; ++e) {
        const WorstCase& w = overloads[e];
        if (w.scenario != kNoElement)
            out.push_back(aboutElement(net.elements[e], Severity::Error,
                                       overloadText(net, net.elements[e], w.excess, w.scenario, w.scenarios, rules)));
    }
    for (std::size_t d = 0; d < net.devices.size(); ++d) {
        const WorstCase& w = shortfalls[d];
        if (w.scenario == kNoElement) continue;
        const PoweredDevice& device = net.devices[d];
        out.push_back(aboutDevice(device, Severity::Error,
                                  fmt::format("{}: {}{} of {} PSUs are left, {} needed{}", device.name,
                                              scenarioPrefix(net, w.scenario), w.live, device.psuCount, device.needed,
                                              othersSuffix(w.scenarios, "do the same"))));
    }
    for (ElementIndex e = 0; e < n; ++e)
        if (!rated(net.elements[e]) && result.budgets[e].worstW > 0)
            out.push_back(aboutElement(net.elements[e], Severity::Warning, unratedText(net.elements[e], result.budgets[e])));
    return result;
}

}  // namespace rw::power
