#pragma once
// Exports one fabric of a design as an InfiniBand topology in the format `ibnetdiscover` prints
// (and `ibsim` and `ibdiagnet` read): one block per switch and per channel adapter (CA), each
// listing its cabled ports and the far ends. docs/stats-and-export.md describes the output.
//
// What it relies on (docs/model-conventions.md): in a node_leaf link `a` is the node's NIC port
// and `b` the leaf port; leaf_spine and spine_core links join two switches. Every NIC sub-port
// becomes its own one-port CA named "<server>/<port label>", as each ConnectX port is its own
// HCA to the subnet manager; switches are named by their device name.
//
// Switch port numbers follow the conventions: the device's data cages in port-id order, one
// number per sub-port from 1. Data cages are the pluggable network cages (OSFP, QSFP*, SFP*);
// RJ45 management and console ports and power inlets are not InfiniBand ports.
//
// GUIDs are placeholders derived from ids, so the same design always exports the same file:
// 0x0252 ("RW" with the locally-administered bit) | kind << 40 | value, where kind is 1 for a
// switch (value = device id), 2 for a CA (value = (port id * 8 + sub-port) * 2; its port GUID
// is one more) and 3 for the system image of a server (value = device id). LIDs are written as 0:
// the subnet manager assigns them.
#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "model/Model.h"

namespace rw {

class Catalog;

struct IbExportSummary {
    std::int64_t switches = 0;
    std::int64_t channelAdapters = 0;
    std::int64_t links = 0;
    /// Node id (as in the file, "H-<guid>") of the first CA written: where to attach a subnet
    /// manager in a simulation (ibsim's SIM_HOST). Empty when the fabric has no CA.
    std::string firstCaNodeId;
    /// Links of the fabric that are not written (roles other than node_leaf, leaf_spine,
    /// spine_core) and other remarks.
    std::vector<std::string> warnings;
};

namespace ib {
inline constexpr std::uint64_t kGuidPrefix = 0x0252ULL << 48;
[[nodiscard]] constexpr std::uint64_t switchGuid(DeviceId device) noexcept {
    return kGuidPrefix | (1ULL << 40) | device.value;
}
[[nodiscard]] constexpr std::uint64_t caGuid(PortId port, int sub) noexcept {
    return kGuidPrefix | (2ULL << 40) | ((static_cast<std::uint64_t>(port.value) * 8 + static_cast<std::uint64_t>(sub)) * 2);
}
[[nodiscard]] constexpr std::uint64_t systemImageGuid(DeviceId device) noexcept {
    return kGuidPrefix | (3ULL << 40) | device.value;
}
/// True for cages that carry InfiniBand ports (and so get switch port numbers).
[[nodiscard]] bool isDataCage(PortKind kind) noexcept;
/// "4xNDR" for 400 Gb/s over 4 lanes; empty when the per-lane rate has no InfiniBand name.
[[nodiscard]] std::string linkRate(std::uint16_t speedGbps, int lanes);
}  // namespace ib

/// Writes `fabric` of `model` to `out`. `catalog` (optional) supplies the names of split-cage
/// sub-ports (a DGX H100's "OSFP1P1"); without it a sub-port is "<cage>/<n>".
/// Throws InputError when the fabric has no links to export, a switch has more than 254 ports,
/// two links claim one port, or (with a catalog) a switch of the fabric is not InfiniBand.
IbExportSummary writeIbnetdiscover(std::ostream& out, const Model& model, Fabric fabric,
                                   const Catalog* catalog = nullptr);

/// The same, as a string (tests, small fabrics).
[[nodiscard]] std::string ibnetdiscoverText(const Model& model, Fabric fabric, const Catalog* catalog = nullptr,
                                            IbExportSummary* summary = nullptr);

}  // namespace rw
