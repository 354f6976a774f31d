// Links, cables and transceivers are distinct: a twin-port OSFP transceiver at a switch serves two
// 400G links, and a cable carries one or two links.
#include <gtest/gtest.h>

#include <map>

#include "catalog/Catalog.h"
#include "support/ShippedCatalog.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"

namespace rw {
namespace {

TEST(LinksCablesOptics, TwinPortOpticServesTwoLinksAndCablesCarryOneOrTwo) {
    const Catalog& catalog = test::shippedCatalog();
    const auto spec = parseSpecFile(std::string(RACKWEAVE_SOURCE_DIR) + "/examples/superpod-h100-1su.json", catalog);
    const Model m = generate(spec, catalog).model;

    std::map<std::uint32_t, int> linksPerPort;
    m.links().forEach([&](LinkId, const Link& l) {
        if (l.fabric == Fabric::Power) return;
        linksPerPort[l.a.value]++;
        linksPerPort[l.b.value]++;
    });
    int twinAtSwitches = 0, servingTwo = 0;
    m.transceivers().forEach([&](TransceiverId, const Transceiver& t) {
        const TransceiverSpec& spec = *catalog.get(m.text(t.catalog)).transceiver;
        const Port& cage = m.ports()[t.port];
        EXPECT_EQ(spec.ports, cage.split) << "one optic per cage, one optical port per sub-port";
        EXPECT_LE(linksPerPort[t.port.value], spec.ports);
        const DeviceRole role = m.devices()[cage.device].role;
        if (spec.ports == 2 && (role == DeviceRole::Leaf || role == DeviceRole::Spine)) {
            ++twinAtSwitches;
            // Cages at the partly used UFM slot and the 31st storage node carry one link.
            servingTwo += linksPerPort[t.port.value] == 2;
        }
    });
    EXPECT_GT(twinAtSwitches, 0);
    EXPECT_GE(servingTwo * 10, twinAtSwitches * 9) << "nearly every twin-port optic at a switch serves two 400G links";

    std::map<int, int> cablesByLinks;
    m.cables().forEach([&](CableId, const Cable& c) { cablesByLinks[c.second.valid() ? 2 : 1]++; });
    EXPECT_GT(cablesByLinks[1], 0);
    EXPECT_GT(cablesByLinks[2], 0) << "twin-port cage pairs between a leaf and a spine share a two-link cable";
    int links = 0;
    m.links().forEach([&](LinkId, const Link&) { ++links; });
    EXPECT_EQ(cablesByLinks[1] + 2 * cablesByLinks[2], links) << "every link is carried by exactly one cable";
}

}  // namespace
}  // namespace rw
