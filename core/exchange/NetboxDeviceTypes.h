#pragma once
// NetBox device-type YAML (netbox-community/devicetype-library schema) for the catalog entries a
// design uses: the inverse of `catalog import` (catalog/NetboxImport). NetBox creates a device's
// interfaces and power ports from its type, and a cable row names its ends by those names, so
// the interface names here are exactly the names the pack's cable rows use: a cage split by
// default (an 800G OSFP serving 2 x 400G) becomes one interface per sub-port ("OSFP1P1").
#include <set>
#include <string>
#include <string_view>
#include <vector>
#include <utility>

#include "catalog/Catalog.h"
#include "model/Model.h"

namespace rw::netbox {

/// (catalog id, interface name) of ports cabled to an InfiniBand switch in the design: they get
/// infiniband-* types, every other data port an Ethernet type of its cage and speed.
using InfinibandPorts = std::set<std::pair<std::string, std::string>, std::less<>>;
[[nodiscard]] InfinibandPorts infinibandPorts(const Model& model, const Catalog& catalog);

/// The NetBox interface names of a port as the device type lists them (sub-ports of a cage
/// split by default, else the cage).
[[nodiscard]] std::vector<std::string> interfaceNames(const PortSpec& port);

/// A PDU's inlet as a NetBox power port: the catalog's PSU-role port, else this added name
/// (catalog PDUs describe their inlet plug as text, not as a port).
inline constexpr std::string_view kPduInlet = "Inlet";
[[nodiscard]] std::string pduInletName(const CatalogEntry& entry);

/// One device type as YAML. `model` is the NetBox model name (unique per manufacturer).
[[nodiscard]] std::string deviceTypeYaml(const CatalogEntry& entry, const std::string& model,
                                         const InfinibandPorts& infiniband);

}  // namespace rw::netbox
