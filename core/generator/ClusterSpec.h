#pragma once
// A cluster spec after parsing: what the engineer asked for, with every default resolved from
// the catalog. docs/spec.md documents the JSON form key by key.
#include <optional>
#include <string>
#include <vector>

#include "catalog/CatalogEntry.h"
#include "generator/FatTreeRequest.h"
#include "model/InstallSettings.h"

namespace rw {

/// A switched fabric built as a fat tree (compute, storage, in-band).
struct FabricSpec {
    const CatalogEntry* switchEntry = nullptr;
    int nodesPerSu = 0;                 // 0 = derived from the switch radix
    int tiers = 0;                      // 0 = auto
    Oversubscription oversubscription{};
    int portSpeedGbps = 0;              // 0 = the switch cages' native speed
};

struct ComputeFabricSpec : FabricSpec {
    const CatalogEntry* ufm = nullptr;  // fabric-manager appliance occupying one node slot, or none
};

enum class OobScope : std::uint8_t { Rack, Row };

struct OobSpec {
    const CatalogEntry* switchEntry = nullptr;
    OobScope scope = OobScope::Rack;
};

struct ColumnGrid {
    double pitchXM = 0.0;  // 0 = no columns
    double pitchYM = 0.0;
    double sizeM = 0.6;
    double offsetXM = 0.0;
    double offsetYM = 0.0;
};

struct HallSpec {
    double widthM = 60.0;
    double depthM = 40.0;
    bool sizeGiven = false;     // the spec set width_m or depth_m; else the size grows with the design (docs/spec.md)
    double coldAisleM = 1.2;
    double hotAisleM = 1.0;
    double wallClearanceM = 1.2;
    int racksPerRow = 0;        // 0 = as many as fit
    ColumnGrid columns;
    int maxHalls = 16;          // refuse beyond this many halls
    double ceilingHeightM = 4.5;
    double floorLoadKgPerM2 = 1200.0;
    double coolingCapacityKw = 0.0;  // the facility's declared heat removal per hall; 0 = not declared
    double waterSupplyC = 32.0;      // facility water supply temperature (ASHRAE W32)
};

struct PowerSpecChoice {
    const CatalogEntry* pdu = nullptr;  // the spec's rack PDU; nullptr = chosen per rack to carry its PSUs
    int feeds = 0;              // feeds per rack; 0 = the fewest that keep PSU redundancy
    std::string redundancy;     // "2N", "N+1" or empty (automatic), as the spec gave it
    double derating = 0.8;      // fraction of a breaker's, busway's or PDU's ampere rating loaded continuously
    double blockKw = 0.0;       // UPS block size; 0 = the largest catalog ups-block
    const CatalogEntry* ups = nullptr;  // the ups-block entry of blockKw; nullptr when the catalog has none
};

enum class CoolingScope : std::uint8_t { None, Rack, Row };

struct CoolingSpecChoice {
    const CatalogEntry* cdu = nullptr;
    CoolingScope scope = CoolingScope::None;
};

/// One kind of compute node. A cluster may mix several (an H100 hall plus an H200 expansion);
/// all of them attach to the same fabrics.
struct ComputeGroup {
    const CatalogEntry* system = nullptr;    // gpu-server or rack-scale-system
    const CatalogEntry* node = nullptr;      // the server itself (a rack-scale system's compute tray)
    std::int64_t nodes = 0;                  // servers as the OS sees them
    int nodesPerRack = 0;
    const CatalogEntry* rack = nullptr;
    std::int64_t firstNode = 0;              // index of its first node in the whole cluster
    int domainRacks = 1;                     // racks per NVLink domain (rack-scale systems)
    std::string path;                        // "$.compute" or "$.compute[1]", for messages
    [[nodiscard]] bool rackScale() const noexcept { return system->kind == CatalogKind::RackScaleSystem; }
};

struct ClusterSpec {
    std::string name;
    std::string sourceFile;     // for messages

    std::vector<ComputeGroup> groups;        // at least one
    std::int64_t nodes = 0;                  // all groups together

    std::optional<ComputeFabricSpec> compute;
    std::optional<FabricSpec> storage;
    std::optional<FabricSpec> inband;
    std::optional<OobSpec> oob;
    bool nvlink = true;                      // count in-node / in-rack NVLink

    HallSpec hall;
    PowerSpecChoice power;
    CoolingSpecChoice cooling;
    InstallSettings install;                 // `install`: plan settings the design keeps for `plan`

    /// Which defaults came from the system's reference architecture (docs/spec.md, "Defaults"):
    /// one line each, shown with the generator's notes.
    std::vector<std::string> defaultsApplied;
};

}  // namespace rw
