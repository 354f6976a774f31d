#pragma once
// Trays, power distribution and cooling: the hall's infrastructure.
#include <cstdint>
#include <string>

#include "model/Enums.h"
#include "model/Geometry.h"
#include "model/Id.h"
#include "model/StringPool.h"

namespace rw {

/// A straight tray segment between two 3D points (mm). Segments meeting at a point are joined.
struct TraySegment {
    HallId hall;
    Point3 a;
    Point3 b;
    std::uint16_t widthMm = 300;
    std::uint16_t depthMm = 100;
    std::uint8_t level = 0;  // stacking level above a row: 0 lowest
    TrayKind kind = TrayKind::Data;
    std::uint8_t maxFillPercent = 40;
    float maxLoadKgPerM = 75.0F;
    StringId catalog;  // tray part, may be empty
    friend bool operator==(const TraySegment&, const TraySegment&) = default;
};

/// A utility feed (A or B side) entering the hall.
struct Feed {
    std::string name;
    FeedSide side = FeedSide::A;
    std::uint16_t voltage = 415;
    double capacityKw = 0.0;   // usable real power of the utility / UPS block
    double capacityKva = 0.0;  // its apparent-power rating; 0 = not known
    StringId catalog;          // the UPS block or feed entry it was sized from; empty when none
    friend bool operator==(const Feed&, const Feed&) = default;
};

/// A busway, remote power panel or tap-off fed from one feed.
struct PowerPanel {
    FeedId feed;
    HallId hall;
    std::string name;
    PanelKind kind = PanelKind::Busway;
    std::uint16_t ratedAmps = 0;
    StringId catalog;  // busway / RPP entry; empty when none
    friend bool operator==(const PowerPanel&, const PowerPanel&) = default;
};

/// A branch circuit from a panel to one rack PDU. Its side is its panel's feed side.
struct Circuit {
    PanelId panel;
    DeviceId pdu;
    std::uint16_t breakerAmps = 0;
    std::uint16_t voltage = 415;
    std::uint8_t phases = 3;
    StringId catalog;  // the tap-off unit or breaker entry; empty when none
    friend bool operator==(const Circuit&, const Circuit&) = default;
};

/// Room- or row-level cooling (row CDU, in-row air unit, rear door). In-rack CDUs are devices;
/// `device` then points at that device and position is unused.
struct CoolingUnit {
    HallId hall;
    StringId catalog;
    std::string name;
    CoolingKind kind = CoolingKind::Cdu;
    Point2 position;
    Rotation rotation = Rotation::R0;
    double capacityKw = 0.0;
    DeviceId device;
    RowId row;  // the row (zone) it serves; invalid = the whole hall
    friend bool operator==(const CoolingUnit&, const CoolingUnit&) = default;
};

}  // namespace rw
