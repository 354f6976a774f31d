#pragma once
// Closed vocabularies used only by the catalog. Their text names are part of the catalog file
// format (docs/catalog.md); they plug into rw::toString / rw::parseEnum from model/Enums.h.
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>

#include "model/Enums.h"

namespace rw {

/// What an entry is. Decides which spec blocks it must carry (see CatalogEntry).
enum class CatalogKind : std::uint8_t {
    GpuServer,        // one GPU node (DGX H100, HGX H100 4U, a GB200 compute tray)
    RackScaleSystem,  // a whole rack sold as one system (GB200 NVL72)
    Switch,           // InfiniBand / Ethernet / NVLink switch
    Appliance,        // other rack-mounted device with ports (UFM appliance, storage head)
    PowerShelf,       // rack power shelf of a rack-scale system
    Rack,
    Pdu,              // rack PDU
    BuswayTap,        // busway tap-off unit feeding rack PDUs
    Cdu,              // coolant distribution unit, in-rack or row
    AirCooler,        // in-row air unit or rear-door heat exchanger
    PatchPanel,
    Tray,             // cable tray part
    Cable,            // data cable of one orderable length
    Transceiver,
    PowerCord,
    Busway,           // busway run or remote power panel (RPP) feeding tap-offs / branch circuits
    UpsBlock          // utility / UPS block: one feed of the hall's power
};

/// What a device port is used for. Compute NIC ports also carry a GPU index / rail.
enum class PortRole : std::uint8_t {
    Compute,  // compute fabric NIC (rail-optimized)
    Storage,  // storage fabric NIC
    Inband,   // in-band management NIC
    Bmc,      // server baseboard management controller (goes to OOB)
    Mgmt,     // switch / appliance management port (goes to OOB)
    Console,  // serial console
    Data,     // switch data port usable by any fabric
    Nvlink,   // NVLink (rack-scale spine)
    Psu,      // power inlet of a PSU
    Outlet,   // power outlet of a PDU / power shelf
    Other
};

/// Airflow, with the NetBox names so imports map one to one.
enum class Airflow : std::uint8_t { FrontToRear, RearToFront, LeftToRight, RightToLeft, SideToRear, Passive, Mixed };

/// Physical connector at a cable end, transceiver or patch-panel position.
enum class Connector : std::uint8_t {
    OSFP, QSFP112, QSFP56, QSFP28, SFP28, SFP, RJ45, MPO12, LC, C13, C14, C19, C20, Iec60309_32A, Other
};

enum class TrayStyle : std::uint8_t { Ladder, WireBasket, Solid };

/// Where a cooling unit sits.
enum class CoolingPlacement : std::uint8_t { InRack, Row, RearDoor, Room };

template <>
struct EnumNames<CatalogKind> {
    static constexpr auto table = std::to_array<std::pair<CatalogKind, std::string_view>>({
        {CatalogKind::GpuServer, "gpu-server"},
        {CatalogKind::RackScaleSystem, "rack-scale-system"},
        {CatalogKind::Switch, "switch"},
        {CatalogKind::Appliance, "appliance"},
        {CatalogKind::PowerShelf, "power-shelf"},
        {CatalogKind::Rack, "rack"},
        {CatalogKind::Pdu, "pdu"},
        {CatalogKind::BuswayTap, "busway-tap"},
        {CatalogKind::Cdu, "cdu"},
        {CatalogKind::AirCooler, "air-cooler"},
        {CatalogKind::PatchPanel, "patch-panel"},
        {CatalogKind::Tray, "tray"},
        {CatalogKind::Cable, "cable"},
        {CatalogKind::Transceiver, "transceiver"},
        {CatalogKind::PowerCord, "power-cord"},
        {CatalogKind::Busway, "busway"},
        {CatalogKind::UpsBlock, "ups-block"},
    });
};

template <>
struct EnumNames<PortRole> {
    static constexpr auto table = std::to_array<std::pair<PortRole, std::string_view>>({
        {PortRole::Compute, "compute"},
        {PortRole::Storage, "storage"},
        {PortRole::Inband, "inband"},
        {PortRole::Bmc, "bmc"},
        {PortRole::Mgmt, "mgmt"},
        {PortRole::Console, "console"},
        {PortRole::Data, "data"},
        {PortRole::Nvlink, "nvlink"},
        {PortRole::Psu, "psu"},
        {PortRole::Outlet, "outlet"},
        {PortRole::Other, "other"},
    });
};

template <>
struct EnumNames<Airflow> {
    static constexpr auto table = std::to_array<std::pair<Airflow, std::string_view>>({
        {Airflow::FrontToRear, "front-to-rear"},
        {Airflow::RearToFront, "rear-to-front"},
        {Airflow::LeftToRight, "left-to-right"},
        {Airflow::RightToLeft, "right-to-left"},
        {Airflow::SideToRear, "side-to-rear"},
        {Airflow::Passive, "passive"},
        {Airflow::Mixed, "mixed"},
    });
};

template <>
struct EnumNames<Connector> {
    static constexpr auto table = std::to_array<std::pair<Connector, std::string_view>>({
        {Connector::OSFP, "OSFP"},
        {Connector::QSFP112, "QSFP112"},
        {Connector::QSFP56, "QSFP56"},
        {Connector::QSFP28, "QSFP28"},
        {Connector::SFP28, "SFP28"},
        {Connector::SFP, "SFP"},
        {Connector::RJ45, "RJ45"},
        {Connector::MPO12, "MPO12"},
        {Connector::LC, "LC"},
        {Connector::C13, "C13"},
        {Connector::C14, "C14"},
        {Connector::C19, "C19"},
        {Connector::C20, "C20"},
        {Connector::Iec60309_32A, "IEC60309-32A"},
        {Connector::Other, "other"},
    });
};

template <>
struct EnumNames<TrayStyle> {
    static constexpr auto table = std::to_array<std::pair<TrayStyle, std::string_view>>({
        {TrayStyle::Ladder, "ladder"},
        {TrayStyle::WireBasket, "wire-basket"},
        {TrayStyle::Solid, "solid"},
    });
};

template <>
struct EnumNames<CoolingPlacement> {
    static constexpr auto table = std::to_array<std::pair<CoolingPlacement, std::string_view>>({
        {CoolingPlacement::InRack, "in-rack"},
        {CoolingPlacement::Row, "row"},
        {CoolingPlacement::RearDoor, "rear-door"},
        {CoolingPlacement::Room, "room"},
    });
};

/// The fabric a port of this role attaches to; nullopt for power and "data"/"other" (decided by
/// where the device is used).
[[nodiscard]] constexpr std::optional<Fabric> fabricOf(PortRole role) noexcept {
    switch (role) {
        case PortRole::Compute: return Fabric::Compute;
        case PortRole::Storage: return Fabric::Storage;
        case PortRole::Inband: return Fabric::Inband;
        case PortRole::Bmc:
        case PortRole::Mgmt:
        case PortRole::Console: return Fabric::Oob;
        case PortRole::Nvlink: return Fabric::Nvlink;
        case PortRole::Psu:
        case PortRole::Outlet: return Fabric::Power;
        case PortRole::Data:
        case PortRole::Other: return std::nullopt;
    }
    return std::nullopt;
}

/// The model's port kind for a connector that is a device cage or socket; nullopt for MPO/LC.
[[nodiscard]] constexpr std::optional<PortKind> portKindOf(Connector c) noexcept {
    switch (c) {
        case Connector::OSFP: return PortKind::OSFP;
        case Connector::QSFP112: return PortKind::QSFP112;
        case Connector::QSFP56: return PortKind::QSFP56;
        case Connector::QSFP28: return PortKind::QSFP28;
        case Connector::SFP28: return PortKind::SFP28;
        case Connector::SFP: return PortKind::SFP;
        case Connector::RJ45: return PortKind::RJ45;
        case Connector::C13: return PortKind::C13;
        case Connector::C14: return PortKind::C14;
        case Connector::C19: return PortKind::C19;
        case Connector::C20: return PortKind::C20;
        case Connector::Iec60309_32A: return PortKind::Iec60309_32A;
        case Connector::MPO12:
        case Connector::LC:
        case Connector::Other: return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace rw
