// Multi-rack NVLink domains: the racks of one domain stand side by side (RackBuilder keeps them
// together) and the `nvlink` ports of their NVLink switch trays are cabled around a ring: the
// first half of each tray's ports to the same tray in the next rack, the second half to the
// previous rack. In-rack NVLink (through a rack's copper spine) is counted from the catalog,
// never cabled.
#include <map>

#include "generator/GeneratorContext.h"

namespace rw::gen {

void wireNvlinkDomains(Context& ctx) {
    std::map<int, std::vector<const RackInfo*>> domains;
    for (const RackInfo& rack : ctx.racks)
        if (rack.domain >= 0) domains[rack.domain].push_back(&rack);
    for (const auto& [domain, racks] : domains) {
        const std::size_t n = racks.size();
        const auto traysOf = [&](const RackInfo& rack) {
            std::vector<PlacedDevice> trays;
            for (const PlacedDevice& d : rack.devices)
                if (ctx.model.devices()[d.id].role == DeviceRole::NvlinkSwitch) trays.push_back(d);
            return trays;
        };
        for (std::size_t k = 0; k < n; ++k) {
            const auto here = traysOf(*racks[k]);
            const auto next = traysOf(*racks[(k + 1) % n]);
            for (std::size_t t = 0; t < std::min(here.size(), next.size()); ++t) {
                const auto& east = ctx.factory.layout(*here[t].entry).nvlink;
                const auto& west = ctx.factory.layout(*next[t].entry).nvlink;
                const std::size_t half = std::min(east.size(), west.size()) / 2;
                for (std::size_t p = 0; p < half; ++p)
                    ctx.link(here[t], east[p], next[t], west[half + p], Fabric::Nvlink, LinkRole::Nvlink);
            }
        }
    }
}

}  // namespace rw::gen
