#pragma once
// One PDU element or one powered device of the power network, read from the model and catalog
// as powerNetworkFromModel reads them, for the incremental session to refresh a single entity
// after an edit without reading the whole hall again. Entities these cannot judge alone (power
// shelves, whose load is their rack's busbar devices; devices with no PSUs) return nullopt and
// the session reads the whole network. PowerCheckSession's random-edit test compares the
// result with powerNetworkFromModel after every edit, so the two readings cannot drift apart
// unnoticed; powerNetworkFromModel can call these when it is next reworked.
#include <optional>

#include "power/PowerNetwork.h"
#include "power/PowerRules.h"

namespace rw {
class Catalog;
}

namespace rw::power {

/// The PDU element of `device` with the place in the tree of `current` (its parent circuit,
/// whose voltage and phases apply when the catalog entry has no distribution data); nullopt
/// when the device is no longer a PDU.
[[nodiscard]] std::optional<SupplyElement> pduElementOf(const Model& model, const Catalog& catalog, const Device& device,
                                                        const PowerNetwork& net, const SupplyElement& current);

/// The powered device `device` with the cords of `current` (cords are links, which the caller
/// knows did not change); nullopt for PDUs, power shelves and devices with no PSUs.
[[nodiscard]] std::optional<PoweredDevice> poweredDeviceOf(const Model& model, const Catalog& catalog, const Device& device,
                                                           const PoweredDevice& current, const PowerRules& rules);

}  // namespace rw::power
