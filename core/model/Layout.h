#pragma once
// Floor-level entities: the site, its halls, rows and racks.
#include <string>

#include "model/Enums.h"
#include "model/Geometry.h"
#include "model/Id.h"
#include "model/InstallSettings.h"
#include "model/StringPool.h"

namespace rw {

/// Project-wide facts. One site per project file.
struct Site {
    std::string name;
    InstallSettings install;  // the spec's install-plan settings (persisted as meta `install_plan`)
    friend bool operator==(const Site&, const Site&) = default;
};

struct Obstacle {
    ObstacleKind kind = ObstacleKind::Column;
    Polygon outline;  // mm
    friend bool operator==(const Obstacle&, const Obstacle&) = default;
};

struct Hall {
    std::string name;
    Polygon outline;                 // floor outline in mm, counter-clockwise
    std::vector<Obstacle> obstacles;  // columns and other keep-outs
    double floorLoadKgPerM2 = 1200.0;
    std::int32_t ceilingHeightMm = 4500;
    double coolingCapacityKw = 0.0;  // the facility's declared heat removal for the hall; 0 = not declared
    double waterSupplyC = 32.0;      // facility water supply temperature (32 degC = ASHRAE W32)
    friend bool operator==(const Hall&, const Hall&) = default;
};

/// A row groups racks that face the same aisle. Its origin and rotation say where the row starts
/// and which way its racks face (R0: fronts face -y, the cold aisle).
struct Row {
    HallId hall;
    std::string name;
    Point2 origin;
    Rotation rotation = Rotation::R0;
    friend bool operator==(const Row&, const Row&) = default;
};

/// A rack: a catalog rack type placed on the floor. Position is the footprint centre in mm.
struct Rack {
    HallId hall;
    RowId row;          // invalid when the rack stands alone
    StringId catalog;   // catalog id of the rack type, e.g. "rack-48u-600x1200"
    std::string name;
    Point2 position;
    Rotation rotation = Rotation::R0;
    RackRole role = RackRole::Other;
    friend bool operator==(const Rack&, const Rack&) = default;
};

}  // namespace rw
