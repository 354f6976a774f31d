#pragma once
// The cable list as CSV (`rackweave-cli export cables`, File > Export > Cables in the GUI): one
// line per cable with both ends (rack, U, device, sub-port), fabric, media, part, routed and
// ordered length, route status and the tray segments it follows. Column names and formats are an
// interface (docs/routing.md): scripts read them.
#include <cstdint>
#include <iosfwd>
#include <string>

#include "model/Model.h"
#include "router/RoutingResult.h"

namespace rw {

class Catalog;

/// Writes the header and one line per cable of `model`, with `routes` computed on it. `catalog`
/// names the sub-ports of split cages ("OSFP4P2").
/// The port a cable end plugs into as the CSV, cutsheets and labels name it: the sub-port of a
/// split cage ("OSFP4P2"), both sub-ports of one cage for a 2-link cable ("OSFP4P1+OSFP4P2").
[[nodiscard]] std::string cableEndPortName(const Model& model, const Catalog& catalog, PortId port, std::uint8_t sub,
                                           const Link* second);

void writeCablesCsv(std::ostream& out, const Model& model, const Catalog& catalog, const RoutingResult& routes);

}  // namespace rw
