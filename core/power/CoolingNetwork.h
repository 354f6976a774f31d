#pragma once
// The cooling side as the cooling check sees it: halls, rows (zones), racks with the heat their
// devices send to liquid and to air, and the cooling units with the zone each serves. A narrow,
// plain-data view like PowerNetwork: built from the model by coolingNetworkFromModel() or by
// hand in tests, so the check does no model or catalog lookups.
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "model/Model.h"
#include "power/CapacityCurve.h"

namespace rw::power {

using ZoneIndex = std::uint32_t;
inline constexpr ZoneIndex kNoZone = std::numeric_limits<ZoneIndex>::max();

struct CoolingHall {
    std::uint32_t hallId = 0;
    std::string name;
    double coolingCapacityKw = 0.0;  // Hall::coolingCapacityKw; 0 = not declared
    double waterSupplyC = 0.0;       // Hall::waterSupplyC; 0 = not stated (CoolingRules::waterSupplyC applies)
};

struct CoolingRow {
    std::uint32_t rowId = 0;
    std::string name;
    ZoneIndex hall = 0;
};

/// A rack's heat at its devices' maximum power. Air flow is what its devices move: the catalog's
/// figure where it states one, else estimated from the air heat (CoolingRules::deviceDeltaTF).
/// Coolant flow likewise: the catalog's thermal.coolant_flow_lpm, else the heat to liquid at
/// CoolingRules::litresPerMinutePerKw.
struct HeatRack {
    std::uint32_t rackId = 0;
    std::string name;
    ZoneIndex hall = 0;
    ZoneIndex row = kNoZone;  // kNoZone: the rack stands alone (the hall's units serve it)
    double liquidW = 0.0;
    double airW = 0.0;
    double airCfm = 0.0;
    double liquidLpm = 0.0;
};

/// A cooling unit and what it serves: its rack (an in-rack CDU), its row, or (both kNoZone) the
/// whole hall.
struct CoolingUnitInfo {
    std::uint32_t unitId = 0;
    std::string name;
    CoolingKind kind = CoolingKind::Cdu;
    CapacityCurve curve = CapacityCurve::flat(0.0);
    std::string redundancy;       // the catalog's words for the unit's own redundancy ("N+1 pumps")
    ZoneIndex hall = 0;
    ZoneIndex row = kNoZone;
    std::uint32_t rack = kNoZone;  // index into racks for an in-rack unit
    double flowLpm = 0.0;          // CDUs: catalog coolant flow, L/min; 0 = not stated (flow not checked)
    double airflowCfm = 0.0;       // air units, rear doors: catalog air flow; 0 = not stated (estimated from capacity)
    [[nodiscard]] bool inRack() const noexcept { return rack != kNoZone; }
    [[nodiscard]] bool liquid() const noexcept { return kind == CoolingKind::Cdu; }
};

struct CoolingNetwork {
    std::vector<CoolingHall> halls;
    std::vector<CoolingRow> rows;
    std::vector<HeatRack> racks;
    std::vector<CoolingUnitInfo> units;
};

}  // namespace rw::power
