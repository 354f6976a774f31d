#pragma once
// Removing an entity removes what cannot exist without it: a rack takes its devices, a device
// its ports, a port its links and transceivers, a link its cable. Each function gathers the
// whole closure first and then scans each table once, so deleting many racks stays linear.
#include <vector>

#include "edit/Transaction.h"

namespace rw {

void removeRacks(Transaction& tx, const std::vector<RackId>& racks);
void removeDevices(Transaction& tx, const std::vector<DeviceId>& devices);
void removeLinks(Transaction& tx, const std::vector<LinkId>& links);
void removeTrays(Transaction& tx, const std::vector<TrayId>& trays);

}  // namespace rw
