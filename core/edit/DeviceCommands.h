#pragma once
// Edits of a mounted device that need the catalog: moving it to another U position. The model
// alone does not know how many units a device takes, so the plain property edit ("u") cannot see
// that the device would run into its neighbour or out of the top of the rack; this command can.
#include "edit/Document.h"

namespace rw {
class Catalog;
}

namespace rw::cmd {

/// Moves `device` to start at rack unit `u`, as one step "Set u of device NAME". Refused (EditError,
/// model unchanged) when its units (its catalog height; 1 U when unknown) would overlap another
/// device of the same rack -- front and rear both block a unit, as lowestFreeSpan() counts them --
/// or run past the rack's height (when the rack type is known). 0 U devices take no units.
void setDeviceU(Document& doc, const Catalog& catalog, DeviceId device, int u);

}  // namespace rw::cmd
