#pragma once
// The compute-fabric planner: a pure function from a FatTreeRequest to a FatTreePlan. It derives
// the scalable-unit size, picks the tier count, sizes every level and checks that no switch
// exceeds its radix. The rules (and why they reproduce NVIDIA's published SuperPOD counts) are
// in docs/fabric-rules.md.
#include <cstdint>

#include "generator/FatTreePlan.h"
#include "generator/FatTreeRequest.h"

namespace rw {

// The most tiers planned; "auto" chooses among 2..kMaxFatTreeTiers.
inline constexpr int kMaxFatTreeTiers = 4;

// Plans the fabric. Throws rw::InputError when the request is malformed (a count below 1, an
// oversubscription below 1:1, a leaf that cannot fit its node slots and uplinks) or beyond what
// the switch and tiers can hold; the message states the limit and what was requested.
[[nodiscard]] FatTreePlan planFatTree(const FatTreeRequest& request);

// Node slots per SU when the request leaves it at 0: every port of a 1-tier leaf, otherwise the
// largest S with S + ceil(S * up / down) <= radix (32 for 64 ports at 1:1, 42 at 2:1).
[[nodiscard]] int deriveNodeSlotsPerSu(int radix, Oversubscription ratio, int tiers) noexcept;

// Leaf uplinks for S node slots: the fewest that keep downlinks:uplinks at or below the ratio.
[[nodiscard]] int leafUplinks(int nodeSlotsPerSu, Oversubscription ratio) noexcept;

// The most SUs `tiers` levels of `radix`-port switches hold with `rails` leaves per SU
// (0 when none fit, e.g. a pod too small for one SU).
[[nodiscard]] std::int64_t fatTreeMaxSus(int radix, int rails, int tiers) noexcept;

}  // namespace rw
