#pragma once
// Reads the text `ibnetdiscover` prints (infiniband-diags; the format `rackweave-cli export fabric`
// also writes): per node a header (`Switch 64 "S-<guid>"  # "leaf-01" enhanced port 0 ...` or
// `Ca 1 "H-<guid>"  # "node-01/OSFP1P1"`) after its vendid/devid/guid lines, then one line per
// cabled port: `[port](port guid)  "<remote id>"[remote port](remote port guid)  # ... 4xNDR`.
// The node description is the quoted text after `#` in the header; the link's width and speed
// are the last token of a port line ("4xNDR").
//
// Every link appears in the file once from each end; the capture keeps it once. A line that is
// none of these is an error naming the file and line, so a file that is not ibnetdiscover output
// is refused rather than read as an empty fabric.
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace rw {

enum class IbNodeType : std::uint8_t { Switch, Ca, Router };

struct IbCaptureNode {
    IbNodeType type = IbNodeType::Ca;
    std::string id;           // "S-0252010000000005": ibnetdiscover's node id (built from the GUID)
    std::string description;  // the node description, e.g. "leaf-01"
    int ports = 0;            // as the header says
    int line = 0;             // of the header; 0 = only seen as a remote end, never as a block
    std::vector<std::uint64_t> portGuids;  // a CA's port GUIDs from its own port lines "[1](guid)", in order
};

/// The node GUID in an ibnetdiscover node id ("S-0252010000000005", "H-..."): ibnetdiscover
/// builds the id from it. 0 when the id holds no hex GUID.
[[nodiscard]] std::uint64_t nodeGuidOf(std::string_view id) noexcept;

struct IbCaptureLink {
    std::uint32_t a = 0, b = 0;  // node indexes
    std::uint16_t aPort = 0, bPort = 0;
    std::string rate;  // "4xNDR"; empty when the line has none
    int line = 0;      // of the first port line that names the link
};

struct IbnetdiscoverCapture {
    std::vector<IbCaptureNode> nodes;
    std::vector<IbCaptureLink> links;
};

/// Parses ibnetdiscover text. `source` names the input in errors ("fabric.txt"). Throws
/// InputError "<source>:<line>: ..." on a line that is not part of the format, or when the text
/// holds no node at all.
[[nodiscard]] IbnetdiscoverCapture parseIbnetdiscover(std::istream& in, std::string_view source);
[[nodiscard]] IbnetdiscoverCapture parseIbnetdiscoverText(std::string_view text, std::string_view source);

/// "4xNDR" -> {"4x", "NDR"}; an empty or odd rate gives two empty parts.
struct IbRateParts {
    std::string width, speed;
};
[[nodiscard]] IbRateParts splitIbRate(std::string_view rate);

}  // namespace rw
