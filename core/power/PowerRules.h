#pragma once
// The rule figures the power check applies, in one place with their sources (docs/power.md).
// They are settings, not constants: a jurisdiction or a device may need other values.
namespace rw::power {

struct PowerRules {
    /// Continuous load may use this fraction of a breaker's, busway's or PDU input's ampere
    /// rating: NEC 210.19(A)(1), 210.20(A), 215.2, 215.3 (125 % of continuous load), and Geist's
    /// guidance for PDU branch breakers. IEC 230 V circuits are often allowed 100 % (set 1.0).
    double continuousLoadFactor = 0.8;
    /// Power factor of a device whose catalog entry states none. Estimate: modern server PSUs
    /// run at 0.95-0.99; NVIDIA DPS's example PowerDomain uses 0.95.
    double defaultPowerFactor = 0.95;
    /// Phase imbalance (NEMA: largest deviation from the mean / mean) at or above which a
    /// finding is raised: the "poor" band and worse (15-20 % poor, >= 20 % critical).
    double imbalanceWarning = 0.15;
    /// ...but only on an element whose busiest phase carries at least this fraction of its allowed
    /// current: a PDU feeding two management switches is "200 % out of balance" at 0.4 A and
    /// strands nothing. Estimate; the hard per-phase limit is checked at any load.
    double imbalanceMinLoad = 0.10;
};

}  // namespace rw::power
