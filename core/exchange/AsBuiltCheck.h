#pragma once
// The as-built check: compares what an installed InfiniBand fabric reports (an ibnetdiscover
// capture) with what the design says, both read as IbnetdiscoverCapture (the design's side is
// the `export fabric` text, so port numbers and node descriptions follow exactly the convention
// that export documents). GUIDs differ in every real fabric, so nodes are matched by node
// description (= the design's switch names and "<server>/<NIC port>" for channel adapters) and
// links by the port numbers at both ends.
//
// Findings, in this order of precedence for a link that does not match:
//   swapped      two designed cables found in each other's ports (a-y, b-x instead of a-x, b-y);
//   miswired     a designed cable found with one end on another port (same or other device);
//   missing      a designed link that is not in the capture;
//   extra        a captured link between designed devices that the design does not have;
//   wrong_rate   a matched link whose width or speed ("4xNDR") differs from the design;
//   unknown_device  a node whose description is not a device of the design (its links are
//                listed with it, not as extra links); a description seen twice is reported so too.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "exchange/IbnetdiscoverCapture.h"

namespace rw {

enum class AsBuiltKind : std::uint8_t { Swapped, Miswired, Missing, Extra, WrongRate, UnknownDevice };
[[nodiscard]] std::string_view toString(AsBuiltKind kind) noexcept;
/// Every kind, in the order reports count them.
inline constexpr AsBuiltKind kAsBuiltKinds[] = {AsBuiltKind::Swapped, AsBuiltKind::Miswired,  AsBuiltKind::Missing,
                                                AsBuiltKind::Extra,   AsBuiltKind::WrongRate, AsBuiltKind::UnknownDevice};

struct AsBuiltEnd {
    std::string device;
    int port = 0;
};

struct AsBuiltLink {
    AsBuiltEnd a, b;
    std::string rate;
    int line = 0;  // in the capture (found links) or in the design's export (designed links)
};

struct AsBuiltFinding {
    AsBuiltKind kind = AsBuiltKind::Missing;
    std::vector<AsBuiltLink> designed;  // what the design says (empty for extra, unknown_device)
    std::vector<AsBuiltLink> found;     // what the capture says (empty for missing)
    std::string device;                 // unknown_device: its description
    int line = 0;                       // capture line of the node or the first found link
    std::string message;                // one line for people
};

struct AsBuiltReport {
    std::vector<AsBuiltFinding> findings;
    std::int64_t designedLinks = 0, foundLinks = 0, matchedLinks = 0;
    [[nodiscard]] bool matches() const noexcept { return findings.empty(); }
    [[nodiscard]] std::int64_t count(AsBuiltKind kind) const noexcept;
};

struct AsBuiltOptions {
    bool compareRates = true;  // false: ignore width and speed (a simulator that cannot model the design's rate)
};

[[nodiscard]] AsBuiltReport checkAsBuilt(const IbnetdiscoverCapture& designed, const IbnetdiscoverCapture& found,
                                         const AsBuiltOptions& options = {});

/// The report as `rackweave-cli verify` prints it (and the app shows it): a line per finding
/// ("<kind> <message>"), then "<capture> against fabric <fabric>: N designed links, ... ; 0 swapped, ...".
[[nodiscard]] std::string asBuiltReportText(const AsBuiltReport& report, std::string_view capture, std::string_view fabric);

}  // namespace rw
