#pragma once
// The cable list as CSV (`rackweave-cli export cables`, File > Export > Cables in the GUI): one
// line per cable with both ends (rack, U, device, sub-port), fabric, media, part, routed and
// ordered length, route status and the tray segments it follows. Column names and formats are an
// interface (docs/routing.md): scripts read them.
#include <iosfwd>

#include "model/Model.h"
#include "router/RoutingResult.h"

namespace rw {

class Catalog;

/// Writes the header and one line per cable of `model`, with `routes` computed on it. `catalog`
/// names the sub-ports of split cages ("OSFP4P2").
void writeCablesCsv(std::ostream& out, const Model& model, const Catalog& catalog, const RoutingResult& routes);

}  // namespace rw
