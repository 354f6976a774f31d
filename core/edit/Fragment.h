#pragma once
// A piece of a design lifted out of its model: some racks with everything mounted in them, the
// ports, optics and in-rack cooling of those devices, and the links and cables that run only
// between them. It refers to its own parts by index and to catalog parts and port labels by
// text, so it can be pasted into any project -- the same one (Duplicate) or another window's
// (the clipboard carries it as JSON).
//
// What a fragment leaves behind: links and cables to devices outside it, power circuits (the
// pasted PDUs are fed anew) and row membership (pasted racks stand alone).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "edit/Transaction.h"

namespace rw {

struct FragmentRack {
    std::string catalog;
    std::string name;
    Point2 position;
    Rotation rotation = Rotation::R0;
    RackRole role = RackRole::Other;
    friend bool operator==(const FragmentRack&, const FragmentRack&) = default;
};

struct FragmentDevice {
    std::uint32_t rack = 0;  // index into Fragment::racks
    std::string catalog;
    std::string name;
    std::uint8_t uPosition = 1;
    Face face = Face::Front;
    DeviceRole role = DeviceRole::Other;
    friend bool operator==(const FragmentDevice&, const FragmentDevice&) = default;
};

struct FragmentPort {
    std::uint32_t device = 0;  // index into Fragment::devices
    std::string name;
    std::uint16_t speedGbps = 0;
    PortKind kind = PortKind::Other;
    std::uint8_t lanes = 0;
    std::uint8_t split = 1;
    std::uint8_t splitModes = Split1;
    friend bool operator==(const FragmentPort&, const FragmentPort&) = default;
};

struct FragmentTransceiver {
    std::uint32_t port = 0;  // index into Fragment::ports
    std::string catalog;
    friend bool operator==(const FragmentTransceiver&, const FragmentTransceiver&) = default;
};

struct FragmentLink {
    std::uint32_t a = 0;  // indices into Fragment::ports
    std::uint32_t b = 0;
    std::uint8_t aSub = 0;
    std::uint8_t bSub = 0;
    Fabric fabric = Fabric::Compute;
    LinkRole role = LinkRole::Other;
    std::uint16_t speedGbps = 0;
    friend bool operator==(const FragmentLink&, const FragmentLink&) = default;
};

struct FragmentCable {
    std::uint32_t first = 0;              // index into Fragment::links
    std::optional<std::uint32_t> second;  // a twin-port cable's second link
    Media media = Media::Auto;
    std::string sku;
    std::uint32_t lengthMm = 0;
    friend bool operator==(const FragmentCable&, const FragmentCable&) = default;
};

/// An in-rack cooling unit (a CDU mounted as a device).
struct FragmentCooling {
    std::uint32_t device = 0;  // index into Fragment::devices
    std::string catalog;
    std::string name;
    CoolingKind kind = CoolingKind::Cdu;
    double capacityKw = 0.0;
    friend bool operator==(const FragmentCooling&, const FragmentCooling&) = default;
};

struct Fragment {
    std::vector<FragmentRack> racks;
    std::vector<FragmentDevice> devices;
    std::vector<FragmentPort> ports;
    std::vector<FragmentTransceiver> transceivers;
    std::vector<FragmentLink> links;
    std::vector<FragmentCable> cables;
    std::vector<FragmentCooling> cooling;

    [[nodiscard]] bool empty() const noexcept { return racks.empty(); }
    friend bool operator==(const Fragment&, const Fragment&) = default;
};

/// How far from the hall's origin a fragment's rack may stand, in mm (100 km, far beyond any hall):
/// within it, paste offsets, centres and tile snapping add coordinates without overflowing int32.
inline constexpr std::int32_t kFragmentCoordinateLimitMm = 100'000'000;

/// The racks `ids` (missing ids are skipped) with their contents, in ascending id order.
[[nodiscard]] Fragment copyFragment(const Model& model, const std::vector<RackId>& ids);

/// Where and how a fragment is pasted.
struct PasteOptions {
    HallId hall;            // every pasted rack stands in this hall
    Point2 offset;          // added to every rack position
};

/// Ids of what insertFragment() created.
struct PastedIds {
    std::vector<RackId> racks;
    std::vector<DeviceId> devices;
    std::vector<CableId> cables;
};

/// Adds the fragment's entities to the model inside `tx`, with fresh ids. Racks and devices whose
/// names are taken get the next free name (NameAllocator); a device named after its rack
/// ("R3-n01") follows the rack's new name ("R41-n01"). Throws EditError when the hall does not
/// exist, an index in the fragment points nowhere, or a rack would land beyond
/// kFragmentCoordinateLimitMm.
PastedIds insertFragment(Transaction& tx, const Fragment& fragment, const PasteOptions& options);

/// The names insertFragment() gives the fragment's racks when pasted into `model`.
[[nodiscard]] std::vector<std::string> freshRackNames(const Model& model, const Fragment& fragment);

/// The fragment as JSON text ({"format": "rackweave-fragment", "version": 1, ...}); enum values by
/// their file-format names.
[[nodiscard]] std::string fragmentToJson(const Fragment& fragment);
/// Reads fragmentToJson()'s text. Throws InputError naming `sourceName` and the JSON path.
[[nodiscard]] Fragment fragmentFromJson(std::string_view text, std::string_view sourceName = "clipboard");

/// The smallest axis-aligned box (x0, y0, x1, y1 in mm) around the fragment's rack centres.
struct CentreBounds {
    Point2 min;
    Point2 max;
};
[[nodiscard]] CentreBounds centreBounds(const Fragment& fragment) noexcept;

}  // namespace rw
