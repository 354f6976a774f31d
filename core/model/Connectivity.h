#pragma once
// Links are logical (port to port, one per sub-port pair); cables are physical and carry one
// or two links (a twin-port cable serves two 400G links).
#include <cstdint>

#include "model/Enums.h"
#include "model/Id.h"
#include "model/StringPool.h"

namespace rw {

struct Link {
    PortId a;
    PortId b;
    std::uint8_t aSub = 0;  // sub-port index within a split cage
    std::uint8_t bSub = 0;
    Fabric fabric = Fabric::Compute;
    LinkRole role = LinkRole::Other;
    std::uint16_t speedGbps = 0;
    friend bool operator==(const Link&, const Link&) = default;
};

/// A physical cable. Media and SKU may be left to the router (Media::Auto, empty SKU); the
/// router's result (route, length, chosen SKU) is derived data and is not stored here.
struct Cable {
    LinkId first;
    LinkId second;                  // invalid for a single-link cable
    Media media = Media::Auto;      // requested media
    StringId sku;                   // pinned part, empty = chosen by the router
    std::uint32_t lengthMm = 0;     // pinned length, 0 = from the route
    friend bool operator==(const Cable&, const Cable&) = default;
};

}  // namespace rw
