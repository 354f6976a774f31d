#pragma once
// The power chain above the rack PDUs, sized from the racks' planned loads: busway runs per row
// and feed side (split where one run's rating or one UPS block cannot carry the row), a tap-off
// circuit per PDU, and UPS blocks (the feeds) grouping busway runs. Internal to core/generator.
#include <vector>

#include "generator/PowerPlan.h"

namespace rw::gen {

/// One rack's PDUs (device, feed index) and its load per feed, normally and with each feed lost.
struct RackPower {
    const RackInfo* rack = nullptr;
    FeedScenarioLoads watts{};
    FeedScenarioLoads voltAmps{};
    std::array<std::array<double, 3>, 3> worstLegVa{};  // per feed and leg: RackPowerPlan::worstLegVa
    struct Pdu {
        DeviceId id;
        int feed = 0;
        const CatalogEntry* entry = nullptr;  // its catalog PDU
    };
    std::vector<Pdu> pdus;
};

void buildPowerChain(Context& ctx, const std::vector<RackPower>& racks);

}  // namespace rw::gen
