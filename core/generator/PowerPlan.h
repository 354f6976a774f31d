#pragma once
// Power sizing shared by the management phase (which must know how many PDUs a rack will get)
// and the power phase. Internal to core/generator.
#include <array>
#include <vector>

#include "generator/GeneratorContext.h"

namespace rw::gen {

struct PduDemand {
    int feeds = 2;                       // feeds (A, B[, C]) serving the rack
    std::array<int, 3> pdusPerFeed{};    // PDUs on each feed
    [[nodiscard]] int totalPdus() const noexcept { return pdusPerFeed[0] + pdusPerFeed[1] + pdusPerFeed[2]; }
};

/// The fewest feeds (2 or 3) for which every device keeps its N+M redundancy when one feed is
/// lost, or the spec's fixed count.
[[nodiscard]] int feedsPerRack(const Context& ctx, const std::vector<const CatalogEntry*>& devices);
[[nodiscard]] PduDemand pduDemand(Context& ctx, const std::vector<const CatalogEntry*>& devices);
[[nodiscard]] std::vector<const CatalogEntry*> entriesOf(const RackInfo& rack);

}  // namespace rw::gen
