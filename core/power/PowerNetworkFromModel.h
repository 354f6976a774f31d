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
/// and one cord per power-cord link to a PDU (on the bank holding its outlet when the PDU's
/// entry has banks, else spread evenly over its legs). A rack's power shelves are one device, its
/// busbar: its load is the rack's busbar devices (those without PSUs or cords, such as GB200
/// compute and switch trays), its cords are the shelves' input cords, so the shelves that stay
/// live after a failure carry the whole load; it needs as many inputs as the busbar load takes
/// at each input's share of its shelf's max_w. It is named after the rack and found by its
/// first shelf's device id.
[[nodiscard]] PowerNetwork powerNetworkFromModel(const Model& model, const Catalog& catalog, const PowerRules& rules = {});

}  // namespace rw::power
