#pragma once
// Reads a generated model back the way docs/model-conventions.md says: switch tiers from link
// roles, link counts per fabric and role. Test-side, independent of the generator's own lists.
#include <map>
#include <set>

#include "model/Model.h"

namespace rw::test {

struct FabricCounts {
    std::set<std::uint32_t> leaves, spines, cores;
    std::map<LinkRole, int> links;
};

inline FabricCounts countFabric(const Model& m, Fabric fabric) {
    FabricCounts c;
    m.links().forEach([&](LinkId, const Link& l) {
        if (l.fabric != fabric) return;
        c.links[l.role]++;
        const auto dev = [&](PortId p) { return m.ports()[p].device.value; };
        if (l.role == LinkRole::NodeLeaf) c.leaves.insert(dev(l.b));
        if (l.role == LinkRole::LeafSpine) c.spines.insert(dev(l.b));
        if (l.role == LinkRole::SpineCore) c.cores.insert(dev(l.b));
    });
    return c;
}

}  // namespace rw::test
