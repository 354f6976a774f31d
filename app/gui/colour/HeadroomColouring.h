#pragma once
// Rack colours for the headroom colour modes: each rack by the worst load share of its PDUs and
// their circuits ("power headroom") or of its in-rack CDUs ("cooling headroom"), normally or in
// the active what-if (power/PowerAnalysis). Same scale as the other modes: blue = idle, red =
// at the limit, magenta = over it or tripping; racks the what-if leaves without supply or
// cooling get their own near-black colour.
#include <vector>

#include <QString>

#include "colour/RackColouring.h"
#include "power/RackHeadroom.h"

namespace rw::gui {

/// `byRack` by rack id value; `what` names the limit ("PDU and circuit load"), `scenario` the
/// what-if ("feed Utility A lost"; empty = normal operation).
[[nodiscard]] Colouring colourByHeadroom(const Model& model, const std::vector<power::RackHeadroom>& byRack,
                                         const QString& what, const QString& scenario);

/// The colour of a rack the what-if leaves without supply or cooling.
[[nodiscard]] QColor lostColour() noexcept;

}  // namespace rw::gui
