#pragma once
// NetBox device-type YAML (netbox-community/devicetype-library schema) for the catalog entries a
// design uses: the inverse of `catalog import` (catalog/NetboxImport). NetBox creates a device's
// interfaces and power ports from its type, and a cable row names its ends by those names, so
// the interface names here are exactly the names the pack's cable rows use: a cage split by
// default (an 800G OSFP serving 2 x 400G) becomes one interface per sub-port ("OSFP1P1").
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>
#include <utility>

#include "catalog/Catalog.h"
#include "model/Model.h"

namespace rw::netbox {

/// What the design does with each device type's ports, keyed by (catalog id, name):
/// - infiniband: interfaces cabled to an InfiniBand switch; they get infiniband-* types, every
///   other data port an Ethernet type of its cage and speed;
/// - splits: the splits the design's devices use on each cage, when any differs from the
///   catalog default (an SN5600 cage split 2 x 400G in an Ethernet fabric): the device type then
///   lists the sub-ports the cable rows name.
struct DesignPorts {
    std::set<std::pair<std::string, std::string>, std::less<>> infiniband;
    std::map<std::pair<std::string, std::string>, std::set<std::uint8_t>, std::less<>> splits;
};
[[nodiscard]] DesignPorts designPorts(const Model& model, const Catalog& catalog);

/// The NetBox interface names of a cage as the device type lists them: at the catalog's default
/// split (its sub-port names), or at each split in `splits` when given, named as the cable
/// rows name them (reports/CablesCsv cableEndPortName).
[[nodiscard]] std::vector<std::string> interfaceNames(const PortSpec& port, const std::set<std::uint8_t>& splits = {});

/// A PDU's inlet as a NetBox power port: the catalog's PSU-role port, else this added name
/// (catalog PDUs describe their inlet plug as text, not as a port).
inline constexpr std::string_view kPduInlet = "Inlet";
[[nodiscard]] std::string pduInletName(const CatalogEntry& entry);

/// One device type as YAML. `model` is the NetBox model name (unique per manufacturer).
[[nodiscard]] std::string deviceTypeYaml(const CatalogEntry& entry, const std::string& model,
                                         const DesignPorts& ports);

}  // namespace rw::netbox
