#pragma once
// Small but complete models for tests: every entity kind appears at least once, so round trips
// and undo tests exercise every table.
#include "model/Model.h"

namespace rw::test {

/// One hall with a column, one row of `racks` racks, each holding a node and a switch wired
/// node->switch, with trays, power (feed, panel, circuit to a PDU) and a cooling unit.
[[nodiscard]] Model sampleModel(int racks = 3);

/// Adds `devices` devices to the first rack, each with `portsPerDevice` OSFP ports linked in
/// pairs: bulk for tests that need saves to take a while (one SQLite row per link).
void addBulkDevices(Model& model, int devices, int portsPerDevice);

}  // namespace rw::test
