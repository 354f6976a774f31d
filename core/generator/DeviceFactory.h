#pragma once
// Instantiates catalog parts as model devices. A device's ports are created contiguously in the
// catalog's order, so "port i of this device" is firstPort + i and wiring never searches. The
// per-entry layout (which sub-ports serve which role, rail order, interned labels) is computed
// once per catalog entry and reused for every copy.
#include <array>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "catalog/Catalog.h"
#include "model/Model.h"

namespace rw {

/// One link end on a device: catalog port index and sub-port.
struct Endpoint {
    std::uint16_t port = 0;
    std::uint8_t sub = 0;
};

/// The socket families of PDU outlets a PSU cord plugs into; a layout keeps one list per family.
/// Other: sockets of kind "other" (a power shelf's three-phase input feed), which take only
/// inlets of kind "other".
enum class OutletPool : std::uint8_t { C13, C19, Iec32A, Other };
inline constexpr std::size_t kOutletPools = 4;

/// Where the ports of each role sit on one catalog entry.
struct PortLayout {
    std::vector<StringId> names;       // interned cage labels, by catalog port index
    std::vector<Endpoint> compute;     // in rail order
    std::vector<Endpoint> storage;
    std::vector<Endpoint> inband;
    std::vector<Endpoint> management;  // BMC and management ports (OOB)
    std::vector<Endpoint> psus;
    std::array<std::vector<Endpoint>, kOutletPools> outlets;  // by OutletPool
    std::vector<Endpoint> rj45Data;    // switch RJ45 data ports (management switches)
    std::vector<Endpoint> nvlink;      // cross-rack NVLink ports (switch trays of multi-rack domains)
};

/// A device as placed: its id, catalog entry and first port.
struct PlacedDevice {
    DeviceId id;
    const CatalogEntry* entry = nullptr;
    PortId firstPort;
    [[nodiscard]] PortId port(Endpoint e) const noexcept { return PortId(firstPort.value + e.port); }
};

class DeviceFactory final {
public:
    explicit DeviceFactory(Model& model) : model_(model) {}

    /// Creates a device with all its catalog ports. `dataSpeedGbps` (switches): split data cages
    /// so each sub-port runs at that speed; 0 keeps the catalog's default split.
    PlacedDevice create(const CatalogEntry& entry, RackId rack, int uPosition, Face face, DeviceRole role,
                        std::string name, int dataSpeedGbps = 0);

    [[nodiscard]] const PortLayout& layout(const CatalogEntry& entry);

    /// Switch data sub-ports that run at `speedGbps`, in catalog order (the fabric's port numbers).
    [[nodiscard]] const std::vector<Endpoint>& dataPorts(const CatalogEntry& entry, int speedGbps);

    /// The split a data cage takes to run at `speedGbps`, or 0 if it cannot.
    [[nodiscard]] static int splitFor(const PortSpec& cage, int speedGbps) noexcept;

private:
    Model& model_;
    std::unordered_map<const CatalogEntry*, PortLayout> layouts_;
    std::unordered_map<const CatalogEntry*, std::unordered_map<int, std::vector<Endpoint>>> dataPorts_;
};

}  // namespace rw
