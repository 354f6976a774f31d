// Where the generator stands racks (docs/placement.md): rows filled in a serpentine, so racks
// that follow each other stay neighbours across a row turn; by default a block about as deep as
// it is wide; `hall.racks_per_row` when the spec gives it.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "support/ShippedCatalog.h"

namespace rw {
namespace {

Model generateHgx(int nodes, const std::string& hallExtra = "") {
    const std::string text = fmt::format(R"({{
      "compute": {{"system": "supermicro-hgx-h100-4u-liquid", "nodes": {}, "nodes_per_rack": 8}},
      "fabrics": {{"compute": {{"switch": "nvidia-sn5600", "port_speed_gbps": 400, "tiers": "auto"}}}},
      "hall": {{"width_m": 150, "depth_m": 120{}}},
      "power": {{"pdu": "pdu-415v-3ph-60a-0u"}},
      "cooling": {{"per": "rack"}}
    }})", nodes, hallExtra);
    return generate(parseSpecText(text, "placement.json", test::shippedCatalog()), test::shippedCatalog()).model;
}

struct Extent {
    int minX = INT32_MAX, maxX = INT32_MIN, minY = INT32_MAX, maxY = INT32_MIN;
    void add(Point2 p) {
        minX = std::min(minX, p.x), maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y), maxY = std::max(maxY, p.y);
    }
};

TEST(FloorPlacement, ConsecutiveRacksStayNeighboursAcrossRowTurns) {
    const Model m = generateHgx(2000);
    std::vector<const Rack*> order;  // placement order is id order
    m.racks().forEach([&](RackId, const Rack& r) { order.push_back(&r); });
    int turns = 0;
    for (std::size_t i = 1; i < order.size(); ++i) {
        if (order[i]->row == order[i - 1]->row) continue;
        ++turns;
        const double dx = order[i]->position.x - order[i - 1]->position.x, dy = order[i]->position.y - order[i - 1]->position.y;
        EXPECT_LT(std::hypot(dx, dy), 4000.0) << order[i - 1]->name << " -> " << order[i]->name;
    }
    EXPECT_GT(turns, 2);
}

TEST(FloorPlacement, DefaultRowsMakeABlockAboutAsDeepAsWide) {
    const Model m = generateHgx(6000);
    Extent e;
    m.racks().forEach([&](RackId, const Rack& r) { e.add(r.position); });
    const double width = e.maxX - e.minX, depth = e.maxY - e.minY;
    EXPECT_GT(depth, 0.5 * width) << width << " x " << depth << " mm";
    EXPECT_LT(depth, 2.0 * width) << width << " x " << depth << " mm";
    // Each row's origin is its left end, whichever way it is filled.
    std::map<std::uint32_t, int> leftmost;
    m.racks().forEach([&](RackId, const Rack& r) {
        auto [it, fresh] = leftmost.emplace(r.row.value, r.position.x);
        if (!fresh) it->second = std::min(it->second, r.position.x);
    });
    m.rows().forEach([&](RowId id, const Row& row) {
        if (leftmost.count(id.value)) {
            EXPECT_LE(row.origin.x, leftmost[id.value]) << row.name;
        }
    });
}

TEST(FloorPlacement, RacksPerRowFromTheSpecIsKept) {
    const Model m = generateHgx(2000, R"(, "racks_per_row": 200)");
    std::map<std::uint32_t, int> perRow;
    m.racks().forEach([&](RackId, const Rack& r) { ++perRow[r.row.value]; });
    const int longest = std::max_element(perRow.begin(), perRow.end(), [](auto a, auto b) { return a.second < b.second; })->second;
    EXPECT_GT(longest, 150);
    EXPECT_LE(longest, 200);
}

}  // namespace
}  // namespace rw

namespace rw {
namespace {

/// DGX H100, one per rack and no fabrics: `racks` racks, quickly.
GenerateResult generateRacks(int racks, const std::string& hall) {
    const std::string text = fmt::format(R"({{
      "compute": {{"system": "nvidia-dgx-h100", "nodes": {}, "nodes_per_rack": 1}},
      "fabrics": {{}}{}
    }})", racks, hall);
    return generate(parseSpecText(text, "halls.json", test::shippedCatalog()), test::shippedCatalog());
}

Point2 hallSize(const Model& m) {
    Point2 size{0, 0};
    m.halls().forEach([&](HallId, const Hall& h) {
        for (Point2 p : h.outline) size = {std::max(size.x, p.x), std::max(size.y, p.y)};
    });
    return size;
}

// Chained small halls put a large fabric's trunks through a few corridor trays (350,000 GPUs in
// 60 m x 40 m halls left 175,000 cables unrouted); a spec without a hall size gets the smallest
// default hall that holds the design, up to 150 m x 120 m, and says so.
TEST(FloorPlacement, AHallWithoutASizeGrowsToHoldTheDesign) {
    const GenerateResult small = generateRacks(1000, "");
    EXPECT_EQ(small.model.halls().size(), 1U);
    EXPECT_EQ(hallSize(small.model), (Point2{60'000, 40'000})) << "a design that fits keeps the 60 m x 40 m default";

    const GenerateResult grown = generateRacks(1600, "");
    EXPECT_EQ(grown.model.halls().size(), 1U);
    EXPECT_EQ(hallSize(grown.model), (Point2{90'000, 60'000}));
    EXPECT_TRUE(std::any_of(grown.notes.begin(), grown.notes.end(), [](const std::string& n) {
        return n.find("hall: 90 m x 60 m, the smallest default hall that holds the 1600 racks") != std::string::npos;
    }));

    const GenerateResult given = generateRacks(1600, R"(, "hall": {"width_m": 60})");
    EXPECT_EQ(given.model.halls().size(), 2U) << "a size the spec gives is kept; halls are added";
    EXPECT_EQ(hallSize(given.model), (Point2{60'000, 40'000}));
}

}  // namespace
}  // namespace rw
