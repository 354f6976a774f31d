// checkLayout: racks overlapping each other, standing on a keep-out, or outside their hall.
// Linear in the number of racks: racks go into a uniform grid per hall and only racks sharing a
// cell are compared, so a 100k-rack hall is checked without comparing every pair.
#include <algorithm>
#include <cmath>
#include <unordered_map>

#include <boost/geometry.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>
#include <fmt/format.h>

#include "catalog/Catalog.h"
#include "checks/DesignChecks.h"
#include "reports/RackMetrics.h"

namespace rw {
namespace {

namespace bg = boost::geometry;
using BgPoint = bg::model::d2::point_xy<double>;
using BgPolygon = bg::model::polygon<BgPoint, /*clockwise*/ false, /*closed*/ false>;

// Grid cells a bit larger than a rack's long side: most racks fall in one to four cells.
constexpr double kCellMm = 2400.0;
// Footprints are rounded catalog sizes about integer centres: less than this is contact, not overlap.
constexpr double kOverlapToleranceMm = 1.0;

struct Box {
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
};

struct PlacedRack {
    RackId id;
    HallId hall;
    Box box;
};

BgPolygon toBg(const Polygon& outline) {
    BgPolygon p;
    for (Point2 v : outline) p.outer().emplace_back(v.x, v.y);
    bg::correct(p);  // orientation as declared, whatever the file holds
    return p;
}

BgPolygon toBg(const Box& b) {
    BgPolygon p;
    p.outer() = {{b.minX, b.minY}, {b.maxX, b.minY}, {b.maxX, b.maxY}, {b.minX, b.maxY}};
    bg::correct(p);
    return p;
}

Box boundsOf(const Polygon& outline) {
    Box b{1e300, 1e300, -1e300, -1e300};
    for (Point2 v : outline) {
        b.minX = std::min(b.minX, double(v.x));
        b.minY = std::min(b.minY, double(v.y));
        b.maxX = std::max(b.maxX, double(v.x));
        b.maxY = std::max(b.maxY, double(v.y));
    }
    return b;
}

std::int64_t cellOf(double v) noexcept { return std::int64_t(std::floor(v / kCellMm)); }

std::uint64_t cellKey(HallId hall, std::int64_t cx, std::int64_t cy) noexcept {
    // 20 bits per coordinate (a 2.4 km hall) and the hall in the top bits.
    return (std::uint64_t(hall.value) << 40) ^ (std::uint64_t(cx & 0xfffff) << 20) ^ std::uint64_t(cy & 0xfffff);
}

template <class F> void forEachCell(HallId hall, const Box& b, F&& f) {
    for (std::int64_t cx = cellOf(b.minX); cx <= cellOf(b.maxX); ++cx)
        for (std::int64_t cy = cellOf(b.minY); cy <= cellOf(b.maxY); ++cy) f(cx, cy, cellKey(hall, cx, cy));
}

std::string rackName(const Rack& rack, RackId id) {
    return rack.name.empty() ? fmt::format("#{}", id.value) : rack.name;
}

}  // namespace

std::vector<Finding> checkLayout(const Model& model, const Catalog& catalog) {
    std::vector<Finding> out;
    std::vector<PlacedRack> placed;
    placed.reserve(model.racks().size());
    model.racks().forEach([&](RackId id, const Rack& rack) {
        const auto footprint = rackFootprint(model, catalog, rack);
        if (!footprint) return;
        const double hx = footprint->x / 2.0, hy = footprint->y / 2.0;
        placed.push_back({id, rack.hall, {rack.position.x - hx, rack.position.y - hy, rack.position.x + hx, rack.position.y + hy}});
    });

    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> grid;  // cell -> indexes into placed
    grid.reserve(placed.size() * 2);
    for (std::uint32_t i = 0; i < placed.size(); ++i)
        forEachCell(placed[i].hall, placed[i].box, [&](std::int64_t, std::int64_t, std::uint64_t key) { grid[key].push_back(i); });

    // Overlaps: each pair is reported once, in the cell holding the lower-left corner of the
    // shared area, about the later rack (usually the one just placed), naming both.
    for (const auto& [key, members] : grid) {
        for (std::size_t i = 0; i < members.size(); ++i)
            for (std::size_t j = i + 1; j < members.size(); ++j) {
                const PlacedRack& a = placed[members[i]];
                const PlacedRack& b = placed[members[j]];
                if (a.hall != b.hall) continue;
                const double ix = std::min(a.box.maxX, b.box.maxX) - std::max(a.box.minX, b.box.minX);
                const double iy = std::min(a.box.maxY, b.box.maxY) - std::max(a.box.minY, b.box.minY);
                if (ix <= kOverlapToleranceMm || iy <= kOverlapToleranceMm) continue;
                const double cornerX = std::max(a.box.minX, b.box.minX), cornerY = std::max(a.box.minY, b.box.minY);
                if (cellKey(a.hall, cellOf(cornerX), cellOf(cornerY)) != key) continue;
                const PlacedRack& later = a.id < b.id ? b : a;
                const PlacedRack& earlier = a.id < b.id ? a : b;
                out.push_back({Severity::Error, FindingSource::Layout, EntityKind::Rack, later.id.value,
                               fmt::format("rack {} overlaps rack {} ({:.0f} x {:.0f} mm)",
                                           rackName(model.racks()[later.id], later.id),
                                           rackName(model.racks()[earlier.id], earlier.id), ix, iy)});
            }
    }

    // Halls and their keep-outs, as Boost.Geometry polygons once per hall.
    std::unordered_map<std::uint32_t, BgPolygon> hallShapes;
    model.halls().forEach([&](HallId id, const Hall& hall) {
        if (hall.outline.size() >= 3) hallShapes.emplace(id.value, toBg(hall.outline));
        for (const Obstacle& obstacle : hall.obstacles) {
            if (obstacle.outline.size() < 3) continue;
            const BgPolygon shape = toBg(obstacle.outline);
            std::vector<std::uint32_t> hits;
            forEachCell(id, boundsOf(obstacle.outline), [&](std::int64_t, std::int64_t, std::uint64_t key) {
                if (const auto it = grid.find(key); it != grid.end()) hits.insert(hits.end(), it->second.begin(), it->second.end());
            });
            std::sort(hits.begin(), hits.end());
            hits.erase(std::unique(hits.begin(), hits.end()), hits.end());
            for (std::uint32_t i : hits) {
                const BgPolygon rack = toBg(placed[i].box);
                // Interiors meet: touching a column's face is allowed.
                if (!bg::intersects(rack, shape) || bg::touches(rack, shape)) continue;
                const Rack& r = model.racks()[placed[i].id];
                out.push_back({Severity::Error, FindingSource::Layout, EntityKind::Rack, placed[i].id.value,
                               fmt::format("rack {} stands on a {} of hall {}", rackName(r, placed[i].id),
                                           obstacle.kind == ObstacleKind::Column ? "column" : "keep-out", hall.name)});
            }
        }
    });

    for (const PlacedRack& p : placed) {
        const Rack& rack = model.racks()[p.id];
        const auto hall = hallShapes.find(p.hall.value);
        if (hall == hallShapes.end()) continue;  // a missing hall is Model::validate()'s finding
        if (!bg::covered_by(toBg(p.box), hall->second))
            out.push_back({Severity::Error, FindingSource::Layout, EntityKind::Rack, p.id.value,
                           fmt::format("rack {} is not inside hall {}", rackName(rack, p.id), model.halls()[p.hall].name)});
    }
    // Deterministic order whatever the hash map's: by rack, then message.
    std::sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
        return a.id != b.id ? a.id < b.id : a.message < b.message;
    });
    return out;
}

}  // namespace rw
