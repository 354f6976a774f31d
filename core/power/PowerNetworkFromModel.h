#pragma once
// The model's power chain as a PowerNetwork, with every figure taken from the catalog.
#include "power/PowerNetwork.h"
#include "power/PowerRules.h"

namespace rw {
class Catalog;
}

namespace rw::power {

/// Elements: every feed, panel and circuit, and every PDU (a device whose catalog entry is a
/// pdu, or whose role is pdu) under the first circuit that feeds it. PDU ratings (voltage,
/// phases, input amps) come from the catalog, else from that circuit.
/// Devices: every other device with PSUs (catalog power.psu_count) or power cords, with its
/// catalog max_w and power factor (else rules.defaultPowerFactor), the N of its PSU redundancy
/// and one cord per power-cord link to a PDU. A power
/// shelf's load is its share of the rack's busbar devices (those without PSUs or cords, such as
/// GB200 compute and switch trays), split evenly over the rack's shelves. The catalog does not
/// say yet which phase an outlet is on, so every cord's leg is unknown (spread evenly).
[[nodiscard]] PowerNetwork powerNetworkFromModel(const Model& model, const Catalog& catalog, const PowerRules& rules = {});

}  // namespace rw::power
