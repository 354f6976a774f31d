// Multi-rack NVLink domains: racks of one domain stand side by side in one row and their switch
// trays are cabled to each other with passive copper. The system comes from a test catalog
// (tests/data/catalog-nvlink-domain), since no shipped system declares a multi-rack domain.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "catalog/Catalog.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "util/Errors.h"

namespace rw {
namespace {

const Catalog& catalog() {
    static const Catalog c =
        Catalog::loadFromDirectories({Catalog::shippedDirectory(), std::string(RACKWEAVE_TEST_DATA) + "/catalog-nvlink-domain"});
    return c;
}

Model generateDomains(int domains, const char* hall = R"("hall": {"width_m": 30, "depth_m": 20})") {
    const std::string spec = std::string(R"({"compute": {"system": "test-two-rack-nvlink-system", "nodes": )") +
                             std::to_string(domains * 18) + R"(}, "fabrics": {"compute": {"switch": "nvidia-qm9700"}}, )" + hall + "}";
    return generate(parseSpecText(spec, "domains.json", catalog()), catalog()).model;
}

TEST(NvlinkDomain, RacksOfADomainStandSideBySideAndAreCabled) {
    const Model m = generateDomains(3);
    ASSERT_TRUE(m.validate().empty());
    std::map<std::uint32_t, std::set<std::uint32_t>> rackPeers;  // rack -> racks it has NVLink cables to
    int links = 0;
    m.links().forEach([&](LinkId, const Link& l) {
        if (l.fabric != Fabric::Nvlink) return;
        ++links;
        EXPECT_EQ(l.role, LinkRole::Nvlink);
        const RackId a = m.devices()[m.ports()[l.a].device].rack, b = m.devices()[m.ports()[l.b].device].rack;
        ASSERT_NE(a, b) << "domain cables join two racks";
        rackPeers[a.value].insert(b.value);
        rackPeers[b.value].insert(a.value);
        const Rack& ra = m.racks()[a];
        const Rack& rb = m.racks()[b];
        EXPECT_EQ(ra.row, rb.row);
        EXPECT_EQ(std::abs(ra.position.x - rb.position.x), 600) << ra.name << " and " << rb.name << " must be neighbours";
    });
    // 3 domains x 2 racks x 9 trays x 4 ports to the next rack (half of 8 cross-rack ports).
    EXPECT_EQ(links, 3 * 2 * 9 * 4);
    EXPECT_EQ(rackPeers.size(), 6U);
    for (const auto& [rack, peers] : rackPeers) EXPECT_EQ(peers.size(), 1U) << "each rack pairs with its domain partner only";
    int copper = 0;
    m.cables().forEach([&](CableId, const Cable& c) { copper += c.media == Media::NvlinkCopper; });
    EXPECT_EQ(copper, links);
}

TEST(NvlinkDomain, DomainNeverStraddlesARowEnd) {
    // 7 positions per row (4.2 m after the 1.2 m wall bands); with the SU's network rack between
    // the domains, the third pair would start at a row's last slot. Without keepTogether() this
    // layout cables 72 links across two rows.
    const Model m = generateDomains(3, R"("hall": {"width_m": 6.6, "depth_m": 30})");
    int links = 0;
    m.links().forEach([&](LinkId, const Link& l) { links += l.fabric == Fabric::Nvlink; });
    EXPECT_EQ(links, 3 * 2 * 9 * 4);
    m.links().forEach([&](LinkId, const Link& l) {
        if (l.fabric != Fabric::Nvlink) return;
        EXPECT_EQ(m.racks()[m.devices()[m.ports()[l.a].device].rack].row, m.racks()[m.devices()[m.ports()[l.b].device].rack].row);
    });
}

TEST(NvlinkDomain, PartialDomainIsRefused) {
    try {
        (void)parseSpecText(R"({"compute": {"system": "test-two-rack-nvlink-system", "nodes": 27}})", "half.json", catalog());
        FAIL() << "accepted";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("half.json: $.compute.nodes"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("whole number of domains"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace rw
