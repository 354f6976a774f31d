#pragma once
// NetBox's names for interface and power connector types (dcim/choices.py InterfaceTypeChoices,
// PowerPortTypeChoices), shared by the device-type import (catalog/NetboxImport) and the NetBox
// import pack (exchange/NetboxPack) so that what one writes the other reads back.
#include <optional>
#include <string>
#include <string_view>

#include "model/Enums.h"

namespace rw::netbox {

struct InterfaceType {
    std::string_view netbox;
    PortKind kind;
    int speedGbps;
    int lanes;
};

// The interface types Rackweave can place on a port. Ethernet types first: the export picks the
// first type matching a port's kind and speed, and takes the infiniband-* rows only for ports
// that face an InfiniBand switch.
inline constexpr InterfaceType kInterfaceTypes[] = {
    {"100base-tx", PortKind::RJ45, 0, 0},          {"1000base-t", PortKind::RJ45, 1, 0},
    {"2.5gbase-t", PortKind::RJ45, 2, 0},          {"5gbase-t", PortKind::RJ45, 5, 0},
    {"10gbase-t", PortKind::RJ45, 10, 0},          {"1000base-x-sfp", PortKind::SFP, 1, 1},
    {"10gbase-x-sfpp", PortKind::SFP, 10, 1},      {"25gbase-x-sfp28", PortKind::SFP28, 25, 1},
    {"40gbase-x-qsfpp", PortKind::QSFP28, 40, 4},  {"100gbase-x-qsfp28", PortKind::QSFP28, 100, 4},
    {"200gbase-x-qsfp56", PortKind::QSFP56, 200, 4}, {"400gbase-x-qsfp112", PortKind::QSFP112, 400, 4},
    {"400gbase-x-osfp", PortKind::OSFP, 400, 8},   {"800gbase-x-osfp", PortKind::OSFP, 800, 8},
    {"infiniband-hdr", PortKind::QSFP56, 200, 4},  {"infiniband-ndr", PortKind::OSFP, 400, 4},
    {"infiniband-xdr", PortKind::OSFP, 800, 4},
};

/// NetBox slug of a name: lower-case letters and digits, other runs of characters one '-'.
[[nodiscard]] std::string slugify(std::string_view text);

/// IEC 60320 power connector of a NetBox power port / outlet type, nullopt for any other type.
[[nodiscard]] constexpr std::optional<PortKind> powerConnector(std::string_view type) noexcept {
    if (type == "iec-60320-c13") return PortKind::C13;
    if (type == "iec-60320-c14") return PortKind::C14;
    if (type == "iec-60320-c19") return PortKind::C19;
    if (type == "iec-60320-c20") return PortKind::C20;
    if (type == "iec-60309-2p-e-6h") return PortKind::Iec60309_32A;
    return std::nullopt;
}

/// The NetBox type of a power connector kind; empty for kinds NetBox has no type for here.
[[nodiscard]] constexpr std::string_view powerConnectorType(PortKind kind) noexcept {
    switch (kind) {
        case PortKind::C13: return "iec-60320-c13";
        case PortKind::C14: return "iec-60320-c14";
        case PortKind::C19: return "iec-60320-c19";
        case PortKind::C20: return "iec-60320-c20";
        case PortKind::Iec60309_32A: return "iec-60309-2p-e-6h";
        default: return {};
    }
}

}  // namespace rw::netbox
