#pragma once
// Small but complete models for tests: every entity kind appears at least once, so round trips
// and undo tests exercise every table.
#include "model/Model.h"

namespace rw::test {

/// One hall with a column, one row of `racks` racks, each holding a node and a switch wired
/// node->switch, with trays, power (feed, panel, circuit to a PDU) and a cooling unit.
[[nodiscard]] Model sampleModel(int racks = 3);

}  // namespace rw::test
