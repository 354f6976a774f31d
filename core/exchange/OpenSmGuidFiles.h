#pragma once
// OpenSM's ftree files for an installed fabric (docs/exchange.md, `rackweave-cli export opensm`):
// once the real GUIDs are known, root_guid_file (the top-tier switches' node GUIDs),
// cn_guid_file (the compute nodes' HCA port GUIDs) and a node-name map (`0x<guid> "<name>"`, the
// format of ibnetdiscover(8) and OpenSM's node_name_map_name) naming every node as the design does.
//
// The design's side is its fabric as `export fabric` writes it, read back as an
// IbnetdiscoverCapture (switch names, "<server>/<NIC port>" for channel adapters). Roots are the
// switches farthest from the leaves (a leaf: a switch cabled to a channel adapter), which is how
// ftree ranks a fat tree: the spines of a two-tier fabric, the cores of a three-tier one.
//
// The inventory says which GUID each designed node has: an ibnetdiscover capture of the installed
// fabric (nodes matched by description, as `verify` does) or a GUID list, one node a line:
//     <design name> <node GUID> [<port GUID>...]     # comment
// names as the design's fabric names them (a switch's name, "<server>/<NIC port>" for an HCA),
// GUIDs hex with or without 0x, separated by blanks or commas; an HCA without port GUIDs is taken
// to have one port whose GUID is its node GUID.
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "exchange/IbnetdiscoverCapture.h"

namespace rw::opensm {

struct InventoryNode {
    std::string name;
    std::uint64_t nodeGuid = 0;
    std::vector<std::uint64_t> portGuids;
    int line = 0;
};

struct GuidInventory {
    std::vector<InventoryNode> nodes;
    bool capture = false;  // read from ibnetdiscover output (else a GUID list)
};

/// Reads an inventory: ibnetdiscover output when its first meaningful line is one (a node header,
/// a vendid/devid/guid line or a port line), else a GUID list. Throws InputError
/// "<source>:<line>: ..." for a malformed line.
[[nodiscard]] GuidInventory readGuidInventory(std::string_view text, std::string_view source);

struct GuidFiles {
    std::string rootGuids;    // root_guid_file
    std::string cnGuids;      // cn_guid_file
    std::string nodeNameMap;  // node-name map
    std::size_t roots = 0, computePorts = 0, named = 0;
    std::vector<std::string> notInInventory;  // designed nodes the inventory gives no GUID for
};

/// The three files for `designed` (the design's fabric). `computeServers` are the server names
/// whose HCAs are compute nodes (GPU nodes; storage and UFM appliances become I/O nodes by being
/// left out). Throws InputError "<source>:<line>: ..." for an inventory node the design does not
/// have, a name given twice or a GUID given to two nodes.
[[nodiscard]] GuidFiles ftreeGuidFiles(const IbnetdiscoverCapture& designed, const std::set<std::string>& computeServers,
                                       const GuidInventory& inventory, std::string_view source, std::string_view designName);

}  // namespace rw::opensm
