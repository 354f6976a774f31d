#pragma once
// What the compute-fabric planner is asked for: plain numbers, no catalog and no Model, so the
// fat-tree arithmetic can be tested on its own and reused by the generator, the CLI and the GUI.
// docs/fabric-rules.md explains every rule applied to these inputs.
#include <cstdint>

namespace rw {

// Oversubscription as downlinks:uplinks at the leaf tier ("1:1", "2:1", ...). Tiers above the
// leaves are always 1:1 (see docs/fabric-rules.md, "Oversubscription").
struct Oversubscription {
    int down = 1;
    int up = 1;
    friend constexpr bool operator==(Oversubscription, Oversubscription) noexcept = default;
};

struct FatTreeRequest {
    // Servers to attach (as the operating system sees them). At least 1.
    std::int64_t nodes = 0;
    // Compute NIC ports per node; port r of every node is rail r (e.g. 8 on a DGX H100).
    int railsPerNode = 0;
    // Ports per switch at the chosen port speed (QM9700: 64 x 400G; SN5600 split to 400G: 128).
    int switchRadix = 0;
    // Node slots per scalable unit; 0 derives the largest the leaf radix allows
    // (32 for a 64-port switch at 1:1 with two or more tiers).
    int nodeSlotsPerSu = 0;
    // 0 = auto (the fewest of 2..4 tiers that holds the request); 1..4 = exactly that many.
    int tiers = 0;
    Oversubscription oversubscription{};
    // Node slots of the fabric kept for appliances that are not compute nodes, e.g. 1 for the
    // UFM appliance in a DGX SuperPOD (hence 31, 63, 127 nodes). They take the last slots.
    int reservedNodeSlots = 0;
};

}  // namespace rw
