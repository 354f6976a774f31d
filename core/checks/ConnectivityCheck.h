#pragma once
// Connectivity checks: what an edit can break without breaking a reference (docs/checks.md).
//   - a device port that should be connected and is not. Ports of the cabled roles (compute,
//     storage and in-band NICs, BMC, management, NVLink, PSU inlets) are held to what the
//     device's peers (the devices of the same catalog entry) connect: a port is expected when a
//     peer connects it. Where no peer connects any port of a role, a GPU node is still held to
//     every compute, storage, in-band, BMC and PSU port: the generator wires a node into every
//     fabric it has ports for, and deleting all the leaves must not make the rails optional.
//   - a link that no cable carries (its far end cannot be reached)
//   - two racks, or two devices, with the same name
#include <vector>

#include "checks/Finding.h"

namespace rw {

class Catalog;

[[nodiscard]] std::vector<Finding> checkPortConnections(const Model& model, const Catalog& catalog);
[[nodiscard]] std::vector<Finding> checkUncabledLinks(const Model& model);
[[nodiscard]] std::vector<Finding> checkUniqueNames(const Model& model);
/// All three, in that order (FindingSource::Connectivity).
[[nodiscard]] std::vector<Finding> checkConnectivity(const Model& model, const Catalog& catalog);

}  // namespace rw
