#pragma once
// One catalog entry: a part with its real figures and where they come from. The JSON format is
// described field by field in docs/catalog.md; units are in the member names (mm, kg, W, m).
//
// Common fields live on CatalogEntry; the kind-specific figures sit in optional spec blocks.
// Which blocks are present is decided by the kind and checked by the loader, so consumers may
// rely on it:
//   gpu-server         device, compute
//   rack-scale-system  device, compute, rackScale
//   switch             device, switching
//   appliance          device
//   power-shelf        device
//   pdu                device (outlets are ports with role outlet), powerDistribution
//   busway-tap         powerDistribution
//   busway, ups-block  powerDistribution
//   cdu, air-cooler    cooling (+ device when it is rack-mounted and has ports)
//   patch-panel        device (positions are ports)
//   rack               rack
//   tray               tray
//   cable, power-cord  cable
//   transceiver        transceiver
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/CatalogEnums.h"
#include "model/Enums.h"

namespace rw {

/// Where a figure comes from: a document title and its URL.
struct CatalogSource {
    std::string title;
    std::string url;
};

/// Outside dimensions in mm as the vendor states them (width across the rack, height, depth).
struct Dimensions {
    double widthMm = 0.0;
    double heightMm = 0.0;
    double depthMm = 0.0;
};

/// N+M: N units carry the load, M are spares.
struct Redundancy {
    int n = 0;
    int m = 0;
};

struct PowerSpec {
    double typicalW = 0.0;
    double maxW = 0.0;
    int psuCount = 0;
    Redundancy psuRedundancy;       // e.g. DGX H100: 4+2
    double psuRatingW = 0.0;        // per PSU
    double powerFactor = 0.0;       // at max power; 0 = not stated (the power check's default applies)
    PortKind inlet = PortKind::Other;  // inlet on the device, e.g. C20
    double minVoltage = 0.0;        // input range, V AC
    double maxVoltage = 0.0;
};

struct ThermalSpec {
    double heatToAirW = 0.0;     // at max power
    double heatToLiquidW = 0.0;  // at max power
    Airflow airflow = Airflow::FrontToRear;
    double airflowCfm = 0.0;     // 0 = not stated
    /// Coolant flow its cold plates need at max power, L/min; 0 = not stated (the cooling check
    /// estimates it from heatToLiquidW at CoolingRules::litresPerMinutePerKw).
    double coolantFlowLpm = 0.0;
};

/// One sub-port of a cage: the vendor's label and, on compute NIC ports, the GPU it serves.
struct SubPortSpec {
    std::string name;        // e.g. "OSFP1P1"
    int gpu = -1;            // GPU index served, -1 = none
    int rail = -1;           // rail (leaf index within an SU), -1 = none
};

/// One cage or connector. A cage split in 2 (an 800G OSFP serving 2 x 400G) is one PortSpec with
/// split = 2 and two subPorts. subPorts.size() == split always (the loader fills default names).
struct PortSpec {
    std::string name;                  // the cage label, e.g. "OSFP1", "17", "PSU3"
    PortKind kind = PortKind::Other;
    PortRole role = PortRole::Other;
    std::uint16_t speedGbps = 0;       // per sub-port at the default split
    std::uint8_t lanes = 0;            // electrical lanes of the whole cage
    std::uint8_t split = 1;            // default split
    std::uint8_t splitModes = 1;       // rw::SplitMode flags (model/Equipment.h), includes split
    std::vector<SubPortSpec> subPorts;

    /// Total cage bandwidth; speed of a sub-port at split s is cageGbps() / s.
    [[nodiscard]] std::uint32_t cageGbps() const noexcept { return std::uint32_t{speedGbps} * split; }
    [[nodiscard]] std::uint16_t speedAtSplit(std::uint8_t s) const noexcept {
        return s == 0 ? 0 : static_cast<std::uint16_t>(cageGbps() / s);
    }
    [[nodiscard]] bool supportsSplit(std::uint8_t s) const noexcept { return (splitModes & s) != 0; }
};

/// Anything rack-mounted with power, heat and ports.
struct DeviceSpec {
    PowerSpec power;
    ThermalSpec thermal;
    std::vector<PortSpec> ports;  // in the vendor's order

    [[nodiscard]] const PortSpec* findPort(std::string_view name) const noexcept;
    [[nodiscard]] std::vector<const PortSpec*> portsWithRole(PortRole role) const;
    /// Number of cages of this kind and role (e.g. C19 outlets of a PDU).
    [[nodiscard]] int countPorts(PortKind kind, PortRole role) const noexcept;
};

/// GPU nodes (and rack-scale systems as a whole).
struct ComputeSpec {
    int gpus = 0;                   // per node (per system for rack-scale)
    std::string gpuModel;           // e.g. "H100 SXM5 80GB"
    int defaultNodesPerRack = 0;    // 0 for rack-scale systems
    std::string defaultRack;        // catalog id of kind rack, may be empty
    std::string inRackCdu;          // catalog id of kind cdu when each rack carries one, else empty
    int nvlinkLinks = 0;            // GPU-to-NVSwitch links on the node's own board (HGX: 8 x 18), no cables
    /// The vendor's reference design for a cluster of this system, as the cluster spec's own
    /// `fabrics`, `power` and `cooling` objects (JSON text; empty when the catalog has none). A
    /// spec that leaves one of them out gets it from here (docs/spec.md, "Defaults").
    std::string referenceArchitecture;
    CatalogSource referenceSource;  // where the reference design is published
    std::string referenceEstimate;  // non-empty: the design is Rackweave's estimate, on this basis
    std::string referenceFile;      // where it was read (catalog file and JSON path), for messages
    std::string referencePath;
};

/// A catalog part inside a rack-scale system, e.g. 18 compute trays.
struct RackScaleMember {
    std::string entry;              // catalog id
    int count = 0;
    DeviceRole role = DeviceRole::Other;
    std::vector<int> uPositions;    // lowest U of each unit, bottom = 1; empty = not stated
};

struct RackScaleSpec {
    std::string rack;               // catalog id of kind rack the system ships in
    std::vector<RackScaleMember> members;
    int computeNodes = 0;           // sum of members with role gpu-node (filled by the loader)
    int nvlinkSwitchTrays = 0;      // sum of members with role nvlink-switch (filled by the loader)
    int nvlinkLinks = 0;            // GPU-to-switch-chip links through the copper spine
    /// Racks in one NVLink domain (1 = the rack alone). With more, the racks stand side by side
    /// and the `nvlink` ports of their switch trays are cabled to the neighbouring racks.
    int nvlinkDomainRacks = 1;
};

struct SwitchSpec {
    std::string protocol;           // "infiniband", "ethernet", "nvlink"
    std::string asic;               // e.g. "Quantum-2"
    double capacityTbps = 0.0;
    std::vector<DeviceRole> roles;  // roles it is meant for: leaf, spine, core, mgmt-switch, ...
};

struct RackSpec {
    int uHeight = 0;
    double staticLoadKg = 0.0;
    double dynamicLoadKg = 0.0;     // 0 = not stated
};

/// A group of a rack PDU's outlets behind one branch breaker, wired to one leg of the input
/// (0..2 = L1..L3 on a wye PDU, L1-L2..L3-L1 on a delta one). A bank can trip while the PDU as a
/// whole is well under its rating, so the power check sums every bank.
struct OutletBank {
    int leg = 0;
    double breakerAmps = 0.0;
    std::vector<std::size_t> outlets;  // indices into the PDU's DeviceSpec::ports
};

/// Rack PDUs, busway tap-off units, busways / RPPs and UPS blocks.
struct PowerDistributionSpec {
    double voltage = 0.0;           // nominal, line-to-line for 3-phase
    int phases = 1;
    double amps = 0.0;              // rated input current (a busway's ampacity, a UPS block's output current)
    std::string inletPlug;          // e.g. "IEC 60309 3P+N+E 32A"
    /// Apparent power the unit delivers continuously (80 % of rating where the source says so);
    /// the nominal V x A (x sqrt 3) when the entry does not state it.
    double ratedKva = 0.0;
    double capacityKw = 0.0;        // ups-block: usable real power; 0 elsewhere
    PanelKind panelKind = PanelKind::Busway;  // busway entries: a busway run or an RPP
    std::vector<OutletBank> banks;  // pdu: its outlet banks; empty when the entry does not give them
    /// The bank holding outlet port `port`, or nullptr.
    [[nodiscard]] const OutletBank* bankOf(std::size_t port) const noexcept {
        for (const OutletBank& b : banks)
            for (std::size_t o : b.outlets)
                if (o == port) return &b;
        return nullptr;
    }
};

/// One point of a cooling unit's capacity curve: what it removes at a given water supply temperature.
struct WaterCapacityPoint {
    double waterC = 0.0;
    double capacityKw = 0.0;
};

struct CoolingSpec {
    CoolingKind type = CoolingKind::Cdu;
    CoolingPlacement placement = CoolingPlacement::Row;
    double capacityKw = 0.0;
    /// Capacity by water supply temperature, at least two points by rising temperature; empty
    /// when the source gives one figure (capacityKw). Read through power::CapacityCurve.
    std::vector<WaterCapacityPoint> capacityByWaterC;
    double powerW = 0.0;            // its own consumption, 0 = not stated
    std::string redundancy;         // free text, e.g. "N+1 pumps"
    /// CDUs: rated coolant flow on the IT (secondary) side, L/min, with all pumps running; 0 =
    /// not stated (the cooling check then skips the flow comparison for the unit's group).
    double flowLpm = 0.0;
    /// Air units and rear doors: rated air flow, CFM; 0 = not stated (the cooling check then
    /// estimates it from capacity at CoolingRules::unitDeltaTF).
    double airflowCfm = 0.0;
};

struct TraySpec {
    TrayStyle style = TrayStyle::Ladder;
    double widthMm = 0.0;
    double depthMm = 0.0;           // usable depth (side-rail height)
    double loadKgPerM = 0.0;        // rated load at the stated support span
    double sectionLengthM = 0.0;
};

/// One orderable cable SKU (data cable or power cord): one length.
struct CableSpec {
    Media media = Media::Auto;
    Connector endA = Connector::Other;
    Connector endB = Connector::Other;
    int endsA = 1;                  // connectors on side A (a 1-to-2 splitter has endsB = 2)
    int endsB = 1;
    double lengthM = 0.0;
    double maxReachM = 0.0;         // reach of this media/speed class
    double outerDiameterMm = 0.0;
    double bendRadiusMm = 0.0;      // minimum
    double weightKgPerM = 0.0;
    int linksCarried = 1;           // twin-port cable = 2
    std::uint16_t speedGbps = 0;    // per link; 0 for power cords
    double powerPerEndW = 0.0;      // active cables
    double ratedAmps = 0.0;         // power cords
    std::string fiberType;          // "OM4", "OS2", "Cat6A", ... may be empty
    std::vector<std::string> transceivers;  // catalog ids of compatible transceivers (fibre)
};

struct TransceiverSpec {
    PortKind formFactor = PortKind::OSFP;
    Media media = Media::MultimodeFiber;
    Connector connector = Connector::MPO12;
    int connectors = 1;             // optical connectors on the module (twin-port: 2)
    int ports = 1;                  // links served (twin-port: 2)
    std::uint16_t speedGbps = 0;    // per port
    double reachM = 0.0;
    double powerW = 0.0;
    bool flatTop = false;           // flat-top modules for host NICs, finned for switches
};

struct CatalogEntry {
    std::string id;                 // stable slug, e.g. "nvidia-dgx-h100"
    CatalogKind kind = CatalogKind::Appliance;
    std::string vendor;
    std::string model;
    std::string partNumber;         // may be empty
    std::optional<double> listPriceUsd;
    std::string notes;
    std::vector<CatalogSource> sources;
    /// Field paths (as in the JSON entry, dotted: "weight_kg", "power.typical_w", "ports") whose
    /// values are estimates, or "*" for the whole entry.
    std::vector<std::string> estimates;

    // Physical body; 0 where it does not apply (cables) or the part is not rack-mounted (uHeight).
    int uHeight = 0;
    Dimensions dimensions;
    double weightKg = 0.0;

    std::optional<DeviceSpec> device;
    std::optional<ComputeSpec> compute;
    std::optional<RackScaleSpec> rackScale;
    std::optional<SwitchSpec> switching;
    std::optional<RackSpec> rack;
    std::optional<PowerDistributionSpec> powerDistribution;
    std::optional<CoolingSpec> cooling;
    std::optional<TraySpec> tray;
    std::optional<CableSpec> cable;
    std::optional<TransceiverSpec> transceiver;

    // Where it was defined, for messages ("dgx.json: $.entries[0]").
    std::string originFile;
    std::string originPath;

    /// True when the value at `fieldPath` (dotted, as in `estimates`) is marked as an estimate:
    /// the whole entry, the field itself or an enclosing object ("power" covers "power.max_w").
    [[nodiscard]] bool isEstimate(std::string_view fieldPath) const noexcept;
};

}  // namespace rw
