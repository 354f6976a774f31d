#pragma once
// The cooling check (issue 11): each rack's heat split to liquid and air, liquid heat to the
// CDUs serving its rack, row or hall and air heat to the air units (in-row coolers, room units,
// rear doors) of its row or hall, each group against its capacity at the facility water
// temperature, normally and with its largest unit lost (N+1); air flow against the units' air
// flow; the hall's total heat against its declared cooling capacity. Rules, formulas and
// sources: docs/power.md.
#include <vector>

#include "checks/Finding.h"
#include "power/CoolingNetwork.h"

namespace rw {
class Catalog;
}

namespace rw::power {

/// Air flow that carries a heat load across a temperature rise: CFM = 3,162 x kW / dT(degF)
/// (APC Application Note 126 [STD]; 158 CFM per kW at a 20 degF rise).
inline constexpr double kCfmPerWattPerDegF = 3.162;

struct CoolingRules {
    /// Facility water supply temperature, degC, for a hall that states none (a hand-built
    /// network; model halls carry Hall::waterSupplyC, 32 by default). 32 degC is ASHRAE's W32
    /// class, the common one for direct liquid cooling.
    double waterSupplyC = 32.0;
    /// Air temperature rise across a device whose catalog entry states no air flow: 20 degF
    /// (11 K), the low end of servers' rise, so the estimate errs towards more air [EST].
    double deviceDeltaTF = 20.0;
    /// Air temperature rise across an air unit's coil at its rated capacity: its air flow is
    /// estimated from its rating when its catalog entry states none (airflow_cfm) [EST].
    double unitDeltaTF = 20.0;
    /// Coolant flow a device's cold plates need per kW of heat to liquid when its catalog entry
    /// states none: OCP's guideline of 1.5 L/min per kW (at a rise of up to 10 K; water carries
    /// 1 kW at 10 K with 1.43 L/min) [SEC].
    double litresPerMinutePerKw = 1.5;
};

/// Heat and cooling capacity of one row or hall (capacities at the hall's water temperature;
/// a unit with no figure at that temperature counts 0).
struct CoolingLoad {
    double liquidKw = 0.0;
    double airKw = 0.0;
    double liquidCapacityKw = 0.0;  // CDUs: in-rack ones of its racks and those serving it
    double airCapacityKw = 0.0;     // air units and rear doors serving it
};

struct CoolingCheckResult {
    std::vector<Finding> findings;
    std::vector<CoolingLoad> rows;   // by index into CoolingNetwork::rows
    std::vector<CoolingLoad> halls;  // by index into CoolingNetwork::halls; hall-wide units count only here
};

[[nodiscard]] CoolingCheckResult checkCooling(const CoolingNetwork& net, const CoolingRules& rules = {});

/// The check over a model: builds the network (coolingNetworkFromModel) and checks it.
[[nodiscard]] std::vector<Finding> checkCooling(const Model& model, const Catalog& catalog, const CoolingRules& rules = {});

}  // namespace rw::power
