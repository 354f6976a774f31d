#include "generator/FatTreePlanner.h"

#include <string>
#include <vector>

#include <fmt/format.h>

#include "util/Errors.h"

namespace rw {
namespace {

// Sanity bounds that keep every product below in 64-bit range; far beyond any real fabric.
constexpr std::int64_t kMaxNodes = 1'000'000'000;
constexpr int kMaxRadix = 4096;
constexpr int kMaxRails = 4096;
constexpr int kMaxRatioTerm = 1000;
constexpr int kMaxReservedSlots = 1'000'000;

std::int64_t ceilDiv(std::int64_t a, std::int64_t b) noexcept { return (a + b - 1) / b; }

// "2048" -> "2,048": limits are read by people.
std::string grouped(std::int64_t value) {
    std::string digits = std::to_string(value < 0 ? -value : value);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return value < 0 ? "-" + out : out;
}

std::string plural(std::int64_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", grouped(n), n == 1 ? one : many);
}

// Leaves of whole SUs that one pod holds: a spine below a core spends half its ports going up.
std::int64_t susPerPodFor(int radix, int rails) noexcept { return (radix / 2) / rails; }

void validate(const FatTreeRequest& r) {
    auto refuse = [](const std::string& what) { throw InputError("compute fabric: " + what); };
    if (r.nodes < 1 || r.nodes > kMaxNodes)
        refuse(fmt::format("node count must be 1..{}; got {}", grouped(kMaxNodes), r.nodes));
    if (r.railsPerNode < 1 || r.railsPerNode > kMaxRails)
        refuse(fmt::format("rails per node must be 1..{}; got {}", kMaxRails, r.railsPerNode));
    if (r.switchRadix < 2 || r.switchRadix > kMaxRadix)
        refuse(fmt::format("switch radix must be 2..{} ports; got {}", kMaxRadix, r.switchRadix));
    if (r.nodeSlotsPerSu < 0 || r.nodeSlotsPerSu > r.switchRadix)
        refuse(fmt::format("nodes per SU must be 1..{} (the switch radix) or 0 to derive it; got {}",
                           r.switchRadix, r.nodeSlotsPerSu));
    if (r.tiers < 0 || r.tiers > kMaxFatTreeTiers)
        refuse(fmt::format("tiers must be auto or 1..{}; got {}", kMaxFatTreeTiers, r.tiers));
    const Oversubscription o = r.oversubscription;
    if (o.down < 1 || o.up < 1 || o.down > kMaxRatioTerm || o.up > kMaxRatioTerm)
        refuse(fmt::format("oversubscription {}:{} must have both terms in 1..{}", o.down, o.up, kMaxRatioTerm));
    if (o.down < o.up)
        refuse(fmt::format("oversubscription {}:{} has more uplinks than downlinks; the least is 1:1", o.down, o.up));
    if (r.reservedNodeSlots < 0 || r.reservedNodeSlots > kMaxReservedSlots)
        refuse(fmt::format("reserved node slots must be 0..{}; got {}", grouped(kMaxReservedSlots),
                           r.reservedNodeSlots));
}

std::string describeRequest(const FatTreeRequest& r) {
    const std::int64_t slots = r.nodes + r.reservedNodeSlots;
    const std::string who = r.reservedNodeSlots == 0
                                ? plural(r.nodes, "node", "nodes")
                                : fmt::format("{} + {} = {}", plural(r.nodes, "node", "nodes"),
                                              plural(r.reservedNodeSlots, "reserved slot", "reserved slots"),
                                              plural(slots, "node slot", "node slots"));
    return fmt::format("requested {} ({} x {})", grouped(slots * r.railsPerNode), who,
                       plural(r.railsPerNode, "rail", "rails"));
}

// The refusal states the limit first, in the form "2 tiers of 64-port switches hold at most
// 2,048 endpoints at 1:1 (...); requested 4,096 (...)".
[[noreturn]] void refuseCapacity(const FatTreeRequest& r, int tiers, int slotsPerSu, std::string_view suffix) {
    const std::int64_t maxSus = fatTreeMaxSus(r.switchRadix, r.railsPerNode, tiers);
    const std::int64_t limit = maxSus * slotsPerSu * r.railsPerNode;
    const std::string shape = tiers == 1 ? std::string(" (one switch per rail)") : std::string();
    const std::string ratio =
        tiers == 1 ? std::string() : fmt::format(" at {}:{}", r.oversubscription.down, r.oversubscription.up);
    std::string why;
    if (tiers >= 3 && maxSus == 0)
        why = fmt::format(" (a pod must hold one whole SU: {} leaves, but a pod spine has only {} downlinks)",
                          r.railsPerNode, r.switchRadix / 2);
    else
        why = fmt::format(" ({} of {} x {})", plural(maxSus, "SU", "SUs"),
                          plural(slotsPerSu, "node slot", "node slots"), plural(r.railsPerNode, "rail", "rails"));
    throw InputError(fmt::format("compute fabric: {} of {}-port switches{} {} at most {} endpoints{}{}; {}{}",
                                 plural(tiers, "tier", "tiers"), r.switchRadix, shape,
                                 tiers == 1 ? "holds" : "hold", grouped(limit), ratio, why, describeRequest(r),
                                 suffix));
}

// Largest divisor of `uplinks` not above `most` (1 always qualifies when most >= 1).
int largestDivisorAtMost(int uplinks, std::int64_t most) noexcept {
    for (std::int64_t p = std::min<std::int64_t>(uplinks, most); p > 1; --p)
        if (uplinks % p == 0) return static_cast<int>(p);
    return 1;
}

// Sizes level `level` above `below`. Intermediate levels hold full-capacity blocks of children
// with one link per pair (as large as a 1:1 switch allows); the top level holds every block
// below and takes as many parallel links per pair as its radix allows, which keeps it small.
FatTreeTier sizeLevel(int level, bool top, const FatTreeTier& below, int radix, std::int64_t podLeaves) {
    FatTreeTier t;
    t.level = level;
    if (top) {
        t.childBlocksPerBlock = below.blocks;
        t.linksPerPair = largestDivisorAtMost(below.upPorts, radix / below.blocks);
        t.blocks = 1;
    } else {
        t.childBlocksPerBlock = level == 2 ? podLeaves : radix / 2;
        t.linksPerPair = 1;
        t.blocks = ceilDiv(below.blocks, t.childBlocksPerBlock);
    }
    t.switchesPerChild = below.upPorts / t.linksPerPair;
    t.switchesPerBlock = below.switchesPerBlock * t.switchesPerChild;
    t.switches = t.blocks * t.switchesPerBlock;
    t.downPorts = static_cast<int>(t.childBlocksPerBlock * t.linksPerPair);
    t.upPorts = top ? 0 : t.downPorts;  // 1:1 above the leaves
    return t;
}

}  // namespace

int leafUplinks(int nodeSlotsPerSu, Oversubscription ratio) noexcept {
    return static_cast<int>(ceilDiv(static_cast<std::int64_t>(nodeSlotsPerSu) * ratio.up, ratio.down));
}

int deriveNodeSlotsPerSu(int radix, Oversubscription ratio, int tiers) noexcept {
    if (tiers == 1) return radix;
    int slots = radix;
    while (slots > 1 && slots + leafUplinks(slots, ratio) > radix) --slots;
    return slots;
}

std::int64_t fatTreeMaxSus(int radix, int rails, int tiers) noexcept {
    if (radix < 2 || rails < 1) return 0;
    const std::int64_t k = radix;
    switch (tiers) {
    case 1: return 1;
    case 2: return k / rails;
    case 3: return susPerPodFor(radix, rails) * k;
    case 4: return susPerPodFor(radix, rails) * (k / 2) * k;
    default: return 0;
    }
}

FatTreePlan planFatTree(const FatTreeRequest& request) {
    validate(request);
    FatTreeRequest r = request;
    const int k = r.switchRadix;
    const int slotsTiers = r.tiers == 0 ? 2 : r.tiers;  // auto never picks 1 tier
    if (r.nodeSlotsPerSu == 0) r.nodeSlotsPerSu = deriveNodeSlotsPerSu(k, r.oversubscription, slotsTiers);
    const int S = r.nodeSlotsPerSu;
    const int uplinks = slotsTiers == 1 ? 0 : leafUplinks(S, r.oversubscription);
    if (S + uplinks > k)
        throw InputError(fmt::format("compute fabric: {} per SU need {} leaf downlinks + {} uplinks at {}:{} = {} "
                                     "ports; the switch has {}",
                                     plural(S, "node slot", "node slots"), S, uplinks, r.oversubscription.down,
                                     r.oversubscription.up, S + uplinks, k));

    const std::int64_t sus = ceilDiv(r.nodes + r.reservedNodeSlots, S);
    if (r.tiers == 0) {
        for (int t = 2; t <= kMaxFatTreeTiers && r.tiers == 0; ++t)
            if (sus <= fatTreeMaxSus(k, r.railsPerNode, t)) r.tiers = t;
        if (r.tiers == 0 && fatTreeMaxSus(k, r.railsPerNode, 3) == 0)
            refuseCapacity(r, 2, S,
                           fmt::format("; 3 or more tiers need a pod to hold one whole SU ({} leaves) but a pod "
                                       "spine has only {} downlinks",
                                       r.railsPerNode, k / 2));
        if (r.tiers == 0) refuseCapacity(r, kMaxFatTreeTiers, S, "; 4 tiers is the most planned");
    } else if (sus > fatTreeMaxSus(k, r.railsPerNode, r.tiers)) {
        refuseCapacity(r, r.tiers, S, "");
    }

    std::vector<FatTreeTier> tiers;
    FatTreeTier leaf;
    leaf.level = 1;
    leaf.switches = leaf.blocks = sus * r.railsPerNode;  // the full SU of leaves, even for a partial SU
    leaf.switchesPerBlock = 1;
    leaf.downPorts = S;
    leaf.upPorts = r.tiers == 1 ? 0 : uplinks;
    tiers.push_back(leaf);
    const std::int64_t podLeaves = susPerPodFor(k, r.railsPerNode) * r.railsPerNode;
    for (int level = 2; level <= r.tiers; ++level)
        tiers.push_back(sizeLevel(level, level == r.tiers, tiers.back(), k, podLeaves));
    return FatTreePlan(r, sus, fatTreeMaxSus(k, r.railsPerNode, r.tiers), std::move(tiers));
}

}  // namespace rw
