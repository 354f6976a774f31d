// Spine and core switches stand so that every spine-to-core link stays within a short run of
// network racks (docs/placement.md, "By plane"): spine p of a pod cables only to plane p of its
// pod group's core block, so the generator places each block's spines and cores plane by plane.
// Placed level after level, those links spanned the whole spine and core block, more cable along
// the network rows than any tray stack holds (issue #13).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <string>

#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "support/ShippedCatalog.h"

namespace rw {
namespace {

struct Span {
    std::size_t blockRacks = 0;  // racks holding spine or core switches of the compute fabric
    std::uint32_t longestGap = 0;  // largest difference in placement order across one spine-to-core link
    std::size_t links = 0;
};

Span spanOf(const std::string& spec) {
    const Catalog& catalog = test::shippedCatalog();
    const Model m = generate(parseSpecText(spec, "spec.json", catalog), catalog).model;
    std::vector<std::uint8_t> inBlock(m.racks().capacity(), 0);
    m.devices().forEach([&](DeviceId, const Device& d) {
        if (d.role == DeviceRole::Spine || d.role == DeviceRole::Core) inBlock[d.rack.value] = 1;
    });
    Span span;
    span.blockRacks = static_cast<std::size_t>(std::count(inBlock.begin(), inBlock.end(), 1));
    m.links().forEach([&](LinkId, const Link& l) {
        if (l.fabric != Fabric::Compute || l.role != LinkRole::SpineCore) return;
        // Generated racks are numbered in placement order, so ids measure distance along the rows.
        ++span.links;
        const RackId a = m.devices()[m.ports()[l.a].device].rack, b = m.devices()[m.ports()[l.b].device].rack;
        span.longestGap = std::max(span.longestGap, static_cast<std::uint32_t>(std::abs(int(a.value) - int(b.value))));
    });
    return span;
}

TEST(NetworkBlockOrder, ThreeTierSpineToCoreLinksStayWithinAFewRacks) {
    const Span s = spanOf(R"({"compute": {"system": "nvidia-dgx-h100", "nodes": 4096}, "fabrics": {"compute": {"tiers": 3}}})");
    ASSERT_GE(s.blockRacks, 20U);  // big enough for the order to matter
    EXPECT_LE(s.longestGap * 4, s.blockRacks) << "longest gap " << s.longestGap << " of " << s.blockRacks << " racks";
    std::cout << "[ gap      ] " << s.longestGap << " of " << s.blockRacks << " racks, " << s.links << " links\n";
}

TEST(NetworkBlockOrder, FourTierSpineToCoreLinksStayWithinTheirCoreBlock) {
    const Span s = spanOf(R"({"compute": {"system": "nvidia-dgx-h100", "nodes": 2048}, "fabrics": {"compute": {"tiers": 4}}})");
    ASSERT_GE(s.blockRacks, 20U);
    EXPECT_LE(s.longestGap * 4, s.blockRacks) << "longest gap " << s.longestGap << " of " << s.blockRacks << " racks";
    std::cout << "[ gap      ] " << s.longestGap << " of " << s.blockRacks << " racks, " << s.links << " links\n";
}

}  // namespace
}  // namespace rw
