#include "exchange/AsBuiltCheck.h"

#include <algorithm>
#include <fmt/format.h>
#include <string>
#include <unordered_map>
#include <vector>

namespace rw {

std::string_view toString(AsBuiltKind kind) noexcept {
    switch (kind) {
        case AsBuiltKind::Swapped: return "swapped";
        case AsBuiltKind::Miswired: return "miswired";
        case AsBuiltKind::Missing: return "missing";
        case AsBuiltKind::Extra: return "extra";
        case AsBuiltKind::WrongRate: return "wrong_rate";
        case AsBuiltKind::UnknownDevice: return "unknown_device";
    }
    return "?";
}

std::int64_t AsBuiltReport::count(AsBuiltKind kind) const noexcept {
    return std::count_if(findings.begin(), findings.end(), [kind](const AsBuiltFinding& f) { return f.kind == kind; });
}

std::string asBuiltReportText(const AsBuiltReport& report, std::string_view capture, std::string_view fabric) {
    std::string text;
    for (const AsBuiltFinding& f : report.findings) text += fmt::format("{:<15} {}\n", toString(f.kind), f.message);
    std::vector<std::string> parts;
    for (const AsBuiltKind kind : kAsBuiltKinds) parts.push_back(fmt::format("{} {}", report.count(kind), toString(kind)));
    text += fmt::format("{} against fabric {}: {} designed links, {} found, {} match; {}\n", capture, fabric,
                        report.designedLinks, report.foundLinks, report.matchedLinks, fmt::join(parts, ", "));
    return text;
}

namespace {

constexpr std::uint32_t kNone = ~0U;

// One port of the design's fabric: design node index and port number.
using EndKey = std::uint64_t;
EndKey endKey(std::uint32_t node, std::uint16_t port) noexcept { return (static_cast<EndKey>(node) << 16) | port; }
std::uint32_t nodeOf(EndKey k) noexcept { return static_cast<std::uint32_t>(k >> 16); }

struct KeyedLink {
    EndKey a = 0, b = 0;
    [[nodiscard]] EndKey other(EndKey end) const noexcept { return end == a ? b : a; }
};

class Comparer {
public:
    Comparer(const IbnetdiscoverCapture& designed, const IbnetdiscoverCapture& found, const AsBuiltOptions& options)
        : designed_(designed), found_(found), options_(options) {}

    AsBuiltReport run() {
        indexDesign();
        mapFoundNodes();
        matchExact();
        findSwaps();
        findMiswires();
        reportLeftovers();
        reportUnknownDevices();
        std::stable_sort(report_.findings.begin(), report_.findings.end(),
                         [](const AsBuiltFinding& x, const AsBuiltFinding& y) { return x.kind < y.kind; });
        report_.designedLinks = static_cast<std::int64_t>(designed_.links.size());
        report_.foundLinks = static_cast<std::int64_t>(found_.links.size());
        return std::move(report_);
    }

private:
    void indexDesign() {
        byDescription_.reserve(designed_.nodes.size());
        for (std::uint32_t i = 0; i < designed_.nodes.size(); ++i) byDescription_.try_emplace(designed_.nodes[i].description, i);
        designedKeys_.reserve(designed_.links.size());
        designedAt_.reserve(designed_.links.size() * 2);
        for (std::uint32_t i = 0; i < designed_.links.size(); ++i) {
            const IbCaptureLink& l = designed_.links[i];
            const KeyedLink k{endKey(l.a, l.aPort), endKey(l.b, l.bPort)};
            designedKeys_.push_back(k);
            designedAt_.try_emplace(k.a, i);
            designedAt_.try_emplace(k.b, i);
        }
        designedUsed_.assign(designed_.links.size(), false);
    }

    // Found node -> design node by description; kNone for an unknown or a second node with one description.
    void mapFoundNodes() {
        toDesign_.assign(found_.nodes.size(), kNone);
        std::vector<std::uint32_t> claimedBy(designed_.nodes.size(), kNone);
        for (std::uint32_t i = 0; i < found_.nodes.size(); ++i) {
            const auto it = byDescription_.find(found_.nodes[i].description);
            if (it == byDescription_.end()) continue;
            if (claimedBy[it->second] != kNone) {
                duplicateOf_.try_emplace(i, claimedBy[it->second]);
                continue;
            }
            claimedBy[it->second] = i;
            toDesign_[i] = it->second;
        }
        foundKeys_.resize(found_.links.size());
        foundKnown_.assign(found_.links.size(), false);
        foundUsed_.assign(found_.links.size(), false);
        foundAt_.reserve(found_.links.size() * 2);
        for (std::uint32_t i = 0; i < found_.links.size(); ++i) {
            const IbCaptureLink& l = found_.links[i];
            if (toDesign_[l.a] == kNone || toDesign_[l.b] == kNone) continue;
            foundKnown_[i] = true;
            foundKeys_[i] = KeyedLink{endKey(toDesign_[l.a], l.aPort), endKey(toDesign_[l.b], l.bPort)};
            foundAt_.try_emplace(foundKeys_[i].a, i);
            foundAt_.try_emplace(foundKeys_[i].b, i);
        }
    }

    [[nodiscard]] std::uint32_t freeDesignedAt(EndKey end) const {
        const auto it = designedAt_.find(end);
        return it == designedAt_.end() || designedUsed_[it->second] ? kNone : it->second;
    }
    [[nodiscard]] std::uint32_t freeFoundAt(EndKey end) const {
        const auto it = foundAt_.find(end);
        return it == foundAt_.end() || foundUsed_[it->second] ? kNone : it->second;
    }

    void matchExact() {
        for (std::uint32_t f = 0; f < found_.links.size(); ++f) {
            if (!foundKnown_[f]) continue;
            const KeyedLink& k = foundKeys_[f];
            const std::uint32_t d = freeDesignedAt(k.a);
            if (d == kNone || designedKeys_[d].other(k.a) != k.b) continue;
            designedUsed_[d] = foundUsed_[f] = true;
            ++report_.matchedLinks;
            if (options_.compareRates) compareRate(d, f);
        }
    }

    void compareRate(std::uint32_t d, std::uint32_t f) {
        const std::string& want = designed_.links[d].rate;
        const std::string& got = found_.links[f].rate;
        if (want.empty() || got == want) return;
        const IbRateParts w = splitIbRate(want), g = splitIbRate(got);
        std::vector<std::string> what;
        if (w.width != g.width) what.emplace_back("width");
        if (w.speed != g.speed) what.emplace_back("speed");
        AsBuiltFinding finding{AsBuiltKind::WrongRate, {designedLink(d)}, {foundLink(f)}, {}, found_.links[f].line, {}};
        finding.message = fmt::format("wrong {}: {} runs at {}, designed {} (capture line {})", fmt::join(what, " and "),
                                      linkText(finding.designed[0]), got.empty() ? "an unreported rate" : got, want,
                                      finding.line);
        report_.findings.push_back(std::move(finding));
    }

    // Designed a-y and b-x found as a-x and b-y: the two cables' far ends exchanged.
    void findSwaps() {
        for (std::uint32_t f = 0; f < found_.links.size(); ++f) {
            if (!foundKnown_[f] || foundUsed_[f]) continue;
            for (const auto& [a, x] : {std::pair(foundKeys_[f].a, foundKeys_[f].b), std::pair(foundKeys_[f].b, foundKeys_[f].a)}) {
                const std::uint32_t d1 = freeDesignedAt(a);
                if (d1 == kNone) continue;
                const EndKey y = designedKeys_[d1].other(a);
                const std::uint32_t f2 = freeFoundAt(y);
                if (f2 == kNone || f2 == f) continue;
                const EndKey b = foundKeys_[f2].other(y);
                const std::uint32_t d2 = freeDesignedAt(b);
                if (d2 == kNone || d2 == d1 || designedKeys_[d2].other(b) != x) continue;
                designedUsed_[d1] = designedUsed_[d2] = foundUsed_[f] = foundUsed_[f2] = true;
                AsBuiltFinding finding{AsBuiltKind::Swapped,
                                       {designedLink(std::min(d1, d2)), designedLink(std::max(d1, d2))},
                                       {foundLink(f), foundLink(f2)},
                                       {},
                                       std::min(found_.links[f].line, found_.links[f2].line),
                                       {}};
                finding.message = fmt::format("cables swapped: designed {} and {}, found {} and {} (capture lines {}, {})",
                                              linkText(finding.designed[0]), linkText(finding.designed[1]),
                                              linkText(finding.found[0]), linkText(finding.found[1]), found_.links[f].line,
                                              found_.links[f2].line);
                report_.findings.push_back(std::move(finding));
                break;
            }
        }
    }

    // A found link with one end where a designed cable should be: that cable, on another port.
    // The end whose designed far end is on the same device as the found far end (a wrong port)
    // is preferred to one on another device.
    void findMiswires() {
        for (std::uint32_t f = 0; f < found_.links.size(); ++f) {
            if (!foundKnown_[f] || foundUsed_[f]) continue;
            std::uint32_t best = kNone;
            EndKey fixed = 0;
            bool samePort = false;
            for (const auto& [a, x] : {std::pair(foundKeys_[f].a, foundKeys_[f].b), std::pair(foundKeys_[f].b, foundKeys_[f].a)}) {
                const std::uint32_t d = freeDesignedAt(a);
                if (d == kNone) continue;
                const bool sameDevice = nodeOf(designedKeys_[d].other(a)) == nodeOf(x);
                if (best == kNone || (sameDevice && !samePort)) {
                    best = d;
                    fixed = a;
                    samePort = sameDevice;
                }
            }
            if (best == kNone) continue;
            designedUsed_[best] = foundUsed_[f] = true;
            AsBuiltFinding finding{AsBuiltKind::Miswired, {designedLink(best)}, {foundLink(f)}, {}, found_.links[f].line, {}};
            const EndKey want = designedKeys_[best].other(fixed), got = foundKeys_[f].other(fixed);
            finding.message = fmt::format("miswired ({}): {} should go to {}, found on {} (capture line {})",
                                          samePort ? "wrong port" : "wrong device", endText(fixed), endText(want), endText(got),
                                          finding.line);
            report_.findings.push_back(std::move(finding));
        }
    }

    void reportLeftovers() {
        for (std::uint32_t d = 0; d < designed_.links.size(); ++d) {
            if (designedUsed_[d]) continue;
            AsBuiltFinding finding{AsBuiltKind::Missing, {designedLink(d)}, {}, {}, 0, {}};
            finding.message = fmt::format("missing: {}{}", linkText(finding.designed[0]),
                                          designed_.links[d].rate.empty() ? "" : " (" + designed_.links[d].rate + ")");
            report_.findings.push_back(std::move(finding));
        }
        for (std::uint32_t f = 0; f < found_.links.size(); ++f) {
            if (!foundKnown_[f] || foundUsed_[f]) continue;
            AsBuiltFinding finding{AsBuiltKind::Extra, {}, {foundLink(f)}, {}, found_.links[f].line, {}};
            finding.message = fmt::format("extra: {} is not in the design (capture line {})", linkText(finding.found[0]),
                                          finding.line);
            report_.findings.push_back(std::move(finding));
        }
    }

    void reportUnknownDevices() {
        std::unordered_map<std::uint32_t, std::size_t> findingOf;
        auto findingFor = [&](std::uint32_t node) -> AsBuiltFinding& {
            auto [it, fresh] = findingOf.try_emplace(node, report_.findings.size());
            if (fresh) {
                const IbCaptureNode& n = found_.nodes[node];
                report_.findings.push_back(AsBuiltFinding{AsBuiltKind::UnknownDevice, {}, {}, n.description, n.line, {}});
            }
            return report_.findings[it->second];
        };
        for (std::uint32_t i = 0; i < found_.nodes.size(); ++i)
            if (toDesign_[i] == kNone) findingFor(i);
        for (std::uint32_t f = 0; f < found_.links.size(); ++f) {
            if (foundKnown_[f]) continue;
            const IbCaptureLink& l = found_.links[f];
            for (const std::uint32_t node : {l.a, l.b})
                if (toDesign_[node] == kNone) findingFor(node).found.push_back(foundLink(f));
        }
        for (const auto& [node, index] : findingOf) {
            AsBuiltFinding& finding = report_.findings[index];
            const IbCaptureNode& n = found_.nodes[node];
            std::string why = "is not a device of the design";
            if (const auto dup = duplicateOf_.find(node); dup != duplicateOf_.end())
                why = fmt::format("repeats the description of the node on capture line {}", found_.nodes[dup->second].line);
            std::vector<std::string> ends;
            for (const AsBuiltLink& l : finding.found) {
                if (ends.size() == 3) {
                    ends.emplace_back("...");
                    break;
                }
                ends.push_back(endText(l.a.device == n.description ? l.b : l.a));
            }
            finding.message = fmt::format("unknown device: \"{}\" ({} {}, capture line {}) {}; {} link(s){}{}", n.description,
                                          n.type == IbNodeType::Switch ? "switch" : n.type == IbNodeType::Ca ? "CA" : "router",
                                          n.id, n.line, why, finding.found.size(), ends.empty() ? "" : " to ",
                                          fmt::join(ends, ", "));
        }
    }

    [[nodiscard]] AsBuiltLink designedLink(std::uint32_t d) const {
        const IbCaptureLink& l = designed_.links[d];
        return {{designed_.nodes[l.a].description, l.aPort}, {designed_.nodes[l.b].description, l.bPort}, l.rate, l.line};
    }
    [[nodiscard]] AsBuiltLink foundLink(std::uint32_t f) const {
        const IbCaptureLink& l = found_.links[f];
        return {{found_.nodes[l.a].description, l.aPort}, {found_.nodes[l.b].description, l.bPort}, l.rate, l.line};
    }
    [[nodiscard]] std::string endText(EndKey k) const {
        return fmt::format("{}[{}]", designed_.nodes[nodeOf(k)].description, k & 0xFFFF);
    }
    static std::string endText(const AsBuiltEnd& e) { return fmt::format("{}[{}]", e.device, e.port); }
    static std::string linkText(const AsBuiltLink& l) { return fmt::format("{} - {}", endText(l.a), endText(l.b)); }

    const IbnetdiscoverCapture& designed_;
    const IbnetdiscoverCapture& found_;
    AsBuiltOptions options_;
    AsBuiltReport report_;
    std::unordered_map<std::string_view, std::uint32_t> byDescription_;
    std::vector<KeyedLink> designedKeys_;
    std::unordered_map<EndKey, std::uint32_t> designedAt_;
    std::vector<bool> designedUsed_;
    std::vector<std::uint32_t> toDesign_;
    std::unordered_map<std::uint32_t, std::uint32_t> duplicateOf_;
    std::vector<KeyedLink> foundKeys_;
    std::vector<bool> foundKnown_, foundUsed_;
    std::unordered_map<EndKey, std::uint32_t> foundAt_;
};

}  // namespace

AsBuiltReport checkAsBuilt(const IbnetdiscoverCapture& designed, const IbnetdiscoverCapture& found,
                           const AsBuiltOptions& options) {
    return Comparer(designed, found, options).run();
}

}  // namespace rw
