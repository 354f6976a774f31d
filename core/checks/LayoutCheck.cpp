// checkLayout: racks overlapping each other, standing on a keep-out, or outside their hall.
// Linear in the number of racks: racks go into a uniform grid per hall and only racks sharing a
// cell are compared, so a 100k-rack hall is checked without comparing every pair. Boost.Geometry
// is used only for racks near a keep-out (any polygon shape); hall containment is plain
// arithmetic, as it runs for every rack.
#include <algorithm>
#include <cmath>

// Boost.Geometry's rescale policy trips GCC 12's -Wmaybe-uninitialized inside Boost itself
// (get_rescale_policy.hpp's `factor`); silenced for Boost's lines only, not for this file.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/geometry.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>
#pragma GCC diagnostic pop
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

// Point in polygon or on its boundary (crossing number; boundary within a millimetre counts in).
bool pointInOrOn(double x, double y, const Polygon& poly) noexcept {
    bool inside = false;
    for (std::size_t i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
        const double xi = poly[i].x, yi = poly[i].y, xj = poly[j].x, yj = poly[j].y;
        // On the edge?
        const double cross = (xj - xi) * (y - yi) - (yj - yi) * (x - xi);
        const double len = std::hypot(xj - xi, yj - yi);
        if (len > 0 && std::abs(cross) / len <= kOverlapToleranceMm && x >= std::min(xi, xj) - kOverlapToleranceMm &&
            x <= std::max(xi, xj) + kOverlapToleranceMm && y >= std::min(yi, yj) - kOverlapToleranceMm &&
            y <= std::max(yi, yj) + kOverlapToleranceMm)
            return true;
        if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
}

// Does segment a-b pass through the open interior of `b` (shrunk by the tolerance)? Liang-Barsky clip.
bool segmentCrossesInterior(double ax, double ay, double bx, double by, const Box& box) noexcept {
    const double minX = box.minX + kOverlapToleranceMm, maxX = box.maxX - kOverlapToleranceMm;
    const double minY = box.minY + kOverlapToleranceMm, maxY = box.maxY - kOverlapToleranceMm;
    if (minX >= maxX || minY >= maxY) return false;
    double t0 = 0.0, t1 = 1.0;
    const double dx = bx - ax, dy = by - ay;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {ax - minX, maxX - ax, ay - minY, maxY - ay};
    for (int k = 0; k < 4; ++k) {
        if (p[k] == 0.0) {
            if (q[k] <= 0.0) return false;  // parallel and outside (or on) this side
            continue;
        }
        const double t = q[k] / p[k];
        if (p[k] < 0.0) t0 = std::max(t0, t);
        else t1 = std::min(t1, t);
        if (t0 >= t1) return false;
    }
    return true;
}

// A box is inside a simple polygon when its corners are inside (or on) it and no edge of the
// polygon cuts through the box. Plain arithmetic: a 100k-rack hall is checked in milliseconds.
bool boxInsidePolygon(const Box& b, const Polygon& poly) noexcept {
    for (const auto& [x, y] : {std::pair{b.minX, b.minY}, {b.maxX, b.minY}, {b.maxX, b.maxY}, {b.minX, b.maxY}})
        if (!pointInOrOn(x, y, poly)) return false;
    for (std::size_t i = 0, j = poly.size() - 1; i < poly.size(); j = i++)
        if (segmentCrossesInterior(poly[j].x, poly[j].y, poly[i].x, poly[i].y, b)) return false;
    return true;
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

    // (cell, rack) pairs sorted by cell: racks sharing a cell are neighbours in this list. A
    // sorted vector rather than a hash map of vectors: one allocation, fast even unoptimised.
    std::vector<std::pair<std::uint64_t, std::uint32_t>> cells;
    cells.reserve(placed.size() * 2);
    for (std::uint32_t i = 0; i < placed.size(); ++i)
        forEachCell(placed[i].hall, placed[i].box, [&](std::int64_t, std::int64_t, std::uint64_t key) { cells.emplace_back(key, i); });
    std::sort(cells.begin(), cells.end());
    const auto racksInCell = [&](std::uint64_t key) {
        const auto first = std::lower_bound(cells.begin(), cells.end(), std::pair<std::uint64_t, std::uint32_t>{key, 0});
        auto last = first;
        while (last != cells.end() && last->first == key) ++last;
        return std::pair{first, last};
    };

    // Overlaps: each pair is reported once, in the cell holding the lower-left corner of the
    // shared area, about the later rack (usually the one just placed), naming both.
    for (auto begin = cells.begin(); begin != cells.end();) {
        const std::uint64_t key = begin->first;
        auto end = begin;
        while (end != cells.end() && end->first == key) ++end;
        for (auto i = begin; i != end; ++i)
            for (auto j = i + 1; j != end; ++j) {
                const PlacedRack& a = placed[i->second];
                const PlacedRack& b = placed[j->second];
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
        begin = end;
    }

    model.halls().forEach([&](HallId id, const Hall& hall) {
        for (const Obstacle& obstacle : hall.obstacles) {
            if (obstacle.outline.size() < 3) continue;
            const BgPolygon shape = toBg(obstacle.outline);
            std::vector<std::uint32_t> hits;
            forEachCell(id, boundsOf(obstacle.outline), [&](std::int64_t, std::int64_t, std::uint64_t key) {
                for (auto [it, end] = racksInCell(key); it != end; ++it) hits.push_back(it->second);
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
        const Hall* hall = model.halls().find(p.hall);
        if (!hall || hall->outline.size() < 3) continue;  // a missing hall is Model::validate()'s finding
        if (!boxInsidePolygon(p.box, hall->outline))
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
