#pragma once
// What is mounted in racks (devices), what they expose (ports) and what plugs into cages
// (transceivers).
#include <cstdint>
#include <string>

#include "model/Enums.h"
#include "model/Id.h"
#include "model/StringPool.h"

namespace rw {

/// A device mounted in a rack at U position `uPosition` (1 = the lowest U), on the front or rear
/// rails. Its height and everything numeric about it come from its catalog entry.
struct Device {
    RackId rack;
    StringId catalog;  // e.g. "nvidia-dgx-h100"
    std::string name;  // e.g. "r012-n03" or "su1-leaf3"
    std::uint8_t uPosition = 1;
    Face face = Face::Front;
    DeviceRole role = DeviceRole::Other;
    friend bool operator==(const Device&, const Device&) = default;
};

/// Bit flags of the breakout modes a cage supports: 1, 2, 4 or 8 sub-ports.
enum SplitMode : std::uint8_t { Split1 = 1, Split2 = 2, Split4 = 4, Split8 = 8 };

/// A cage or connector on a device. 16 bytes: the model holds a million of them.
/// A split cage (an 800G OSFP serving 2 x 400G) is one port with split = 2; links address
/// its sub-ports by index (Link::aSub, Link::bSub).
struct Port {
    DeviceId device;
    StringId name;                  // the vendor's label, e.g. "OSFP1P1", "PSU3"
    std::uint16_t speedGbps = 0;    // per sub-port at the current split
    PortKind kind = PortKind::Other;
    std::uint8_t lanes = 0;         // electrical lanes of the whole cage
    std::uint8_t split = 1;         // current split count
    std::uint8_t splitModes = Split1;  // supported SplitMode flags
    friend bool operator==(const Port&, const Port&) = default;
};
static_assert(sizeof(Port) <= 16, "Port must stay compact");

/// A pluggable optic or active module seated in a cage.
struct Transceiver {
    PortId port;
    StringId catalog;
    friend bool operator==(const Transceiver&, const Transceiver&) = default;
};

}  // namespace rw
