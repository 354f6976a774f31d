// Overhead cable trays: one run along every row (above the rack centre line) and cross-aisle
// runs joining the rows, at the row ends and every kCrossEveryRacks rack slots, so every rack
// reaches every other rack of its hall through the tray grid. Three levels, stacked down from the
// ceiling: power on top, fibre, then copper data closest to the racks (TIA-569 separation of
// power and data; copper is heavy and short, so it rides lowest). Halls of one design stand side
// by side in id order; every row tray that has a partner row (same y) in the next hall runs on
// through the wall into a corridor, where it meets the partner's tray (docs/routing.md, "Halls").
//
// Segments are split at every rack slot and at every junction, so tray nodes sit exactly above
// rack centres: the router's drop from a rack into its row tray is a vertical run at the rack
// (part of the router's in-rack model, not a tray segment; see docs/routing.md).
//
// Sizing: every segment gets the smallest catalog tray that carries the cables that will use it
// within the design fill and its load rating. Which cables use a segment is what the router will
// do with them: the trays are first laid out unlimited, routed once (shortest paths, no
// congestion), and each segment is then given its part (TraySizing.h). Routing never depends on
// tray sizes unless a tray is full, so the real routing takes the same paths and needs no
// congestion negotiation. Only the layout policy (clearances, cross-aisle interval, corridor) is
// here; every tray figure comes from the catalog.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <set>

#include "generator/GeneratorContext.h"
#include "generator/TraySizing.h"
#include "edit/ChangeSet.h"
#include "router/Router.h"

namespace rw::gen {

namespace {

constexpr int kCrossEveryRacks = 8;      // cross-aisle tray every 8 rack slots (and at row ends)
constexpr int kCeilingClearanceMm = 300;  // top tray below the ceiling (sprinklers, lights)
constexpr int kLevelSpacingMm = 300;      // between tray levels: 12 in power/data separation (TIA-569)
constexpr int kFillPercent = 40;          // design fill (TIA-569: 25-40 %; 50 % is physically full)
constexpr int kRackClearanceMm = 300;     // lowest tray above the tallest rack top
constexpr int kCorridorMm = 3000;         // between the walls of two adjacent halls

struct RowLine {
    int y = 0;
    int minX = 0;
    int maxX = 0;
    std::set<int> xs;  // rack centres
};

struct Level {
    TrayKind kind;
    int z;
    int share = 0;   // of `shares` stacked levels of this kind, which racks drop into this one:
    int shares = 1;  // those whose column index % shares == share
};

struct HallLayout {
    HallId hall;
    int wallMinX = 0;  // the outline's extent along x
    int wallMaxX = 0;
    std::map<std::uint32_t, RowLine> rows;  // by row id
    [[nodiscard]] bool hasRowAt(int y) const {
        return std::any_of(rows.begin(), rows.end(), [&](const auto& r) { return r.second.y == y; });
    }
};

/// Cross-aisle positions: every kCrossEveryRacks-th rack column of the hall, the last one, and
/// both ends of every row.
std::set<int> crossPositions(const HallLayout& h) {
    std::set<int> columns;
    for (const auto& [_, line] : h.rows) columns.insert(line.xs.begin(), line.xs.end());
    std::set<int> crossXs;
    int i = 0;
    for (int x : columns)
        if (i++ % kCrossEveryRacks == 0) crossXs.insert(x);
    if (!columns.empty()) crossXs.insert(*columns.rbegin());
    for (const auto& [_, line] : h.rows) {
        crossXs.insert(line.minX);
        crossXs.insert(line.maxX);
    }
    return crossXs;
}

/// Lays out one hall's segments on one level (unsized; the caller sizes them).
void layOutLevel(Model& m, const HallLayout& h, const HallLayout* previous, const HallLayout* next, const Level& lv, std::uint8_t level) {
    TraySegment proto;
    proto.hall = h.hall;
    proto.level = level;
    proto.kind = lv.kind;
    proto.maxFillPercent = kFillPercent;
    const auto add = [&](Point2 a, Point2 b) {
        TraySegment s = proto;
        s.a = {a.x, a.y, lv.z};
        s.b = {b.x, b.y, lv.z};
        m.trays().add(s);
    };
    const std::set<int> crossXs = crossPositions(h);
    // Rack columns whose drops land on this level: a tray node straight above a rack is where
    // the router drops into the trays, so a level is split only above its own racks (and at the
    // junctions, where risers join the stacked levels).
    std::set<int> ownColumns;
    {
        std::set<int> columns;
        for (const auto& [_, line] : h.rows) columns.insert(line.xs.begin(), line.xs.end());
        int i = 0;
        for (int x : columns)
            if (i++ % lv.shares == lv.share) ownColumns.insert(x);
    }
    // Along each row, split at every rack slot of this level and every cross-aisle junction.
    for (const auto& [_, line] : h.rows) {
        std::set<int> stops{line.minX, line.maxX};
        for (int x : line.xs)
            if (ownColumns.count(x)) stops.insert(x);
        for (int x : crossXs)
            if (x >= line.minX && x <= line.maxX) stops.insert(x);
        for (auto it = stops.begin(); std::next(it) != stops.end(); ++it) add({*it, line.y}, {*std::next(it), line.y});
        // Into the corridor towards the neighbouring halls, where that hall has a row at the same y:
        // each stub runs to the middle of the corridor, where it meets the neighbour's.
        if (next && next->hasRowAt(line.y)) add({line.maxX, line.y}, {h.wallMaxX + kCorridorMm / 2, line.y});
        if (previous && previous->hasRowAt(line.y)) add({h.wallMinX - kCorridorMm / 2, line.y}, {line.minX, line.y});
    }
    // Across the aisles, joining consecutive rows that span the cross position. Fibre levels also
    // cross at every column of their own racks, so fibre reaches a rack straight across the rows
    // instead of piling up along the rack's row (network racks stand in blocks).
    std::set<int> acrossXs = crossXs;
    if (lv.kind == TrayKind::Fiber) acrossXs.insert(ownColumns.begin(), ownColumns.end());
    for (int x : acrossXs) {
        std::vector<int> ys;
        for (const auto& [_, line] : h.rows)
            if (x >= line.minX && x <= line.maxX) ys.push_back(line.y);
        std::sort(ys.begin(), ys.end());
        ys.erase(std::unique(ys.begin(), ys.end()), ys.end());
        for (std::size_t k = 0; k + 1 < ys.size(); ++k) add({x, ys[k]}, {x, ys[k + 1]});
    }
}

void setPart(Model& m, TraySegment& s, const CatalogEntry& part) {
    s.widthMm = static_cast<std::uint16_t>(std::lround(part.tray->widthMm));
    s.depthMm = static_cast<std::uint16_t>(std::lround(part.tray->depthMm));
    s.maxLoadKgPerM = static_cast<float>(part.tray->loadKgPerM);
    s.catalog = m.strings.intern(part.id);
}

using PartsByKind = std::array<std::vector<const CatalogEntry*>, 3>;  // by TrayKind

const CatalogEntry* largestOf(const std::vector<const CatalogEntry*>& parts) {
    const CatalogEntry* best = parts.front();
    for (const CatalogEntry* e : parts)
        if (e->tray->widthMm * e->tray->depthMm > best->tray->widthMm * best->tray->depthMm) best = e;
    return best;
}

double usableMm2(const CatalogEntry& part) { return part.tray->widthMm * part.tray->depthMm * kFillPercent / 100.0; }

/// The cable demand the router will put on every segment: trays unlimited, routed once. The
/// router is kept: once the segments have their parts it reroutes for the new limits, which
/// gives the design's routing without planning every cable again.
struct PlannedDemand {
    std::unique_ptr<Router> router;
    RoutingResult routes;
    std::vector<TrayDemand> demand;
};
PlannedDemand plannedDemand(Context& ctx) {
    Model& m = ctx.model;
    m.trays().forEach([&](TrayId id, const TraySegment&) {
        TraySegment& s = m.trays()[id];
        s.widthMm = s.depthMm = std::numeric_limits<std::uint16_t>::max();
        s.maxLoadKgPerM = std::numeric_limits<float>::max();
    });
    RouterOptions once;  // routes, then one reroute for the sized trays: no searches to keep
    once.rememberSearches = false;
    PlannedDemand planned{std::make_unique<Router>(m, ctx.catalog, once), {}, {}};
    planned.routes = planned.router->routeAll();
    planned.demand = trayDemand(m, ctx.catalog, planned.routes);
    return planned;
}

/// The tray levels of one hall, top down: power, `fibreLevels` fibre levels, copper data.
std::vector<Level> levelsOf(int powerZ, int fibreLevels) {
    std::vector<Level> levels{{TrayKind::Power, powerZ}};
    for (int f = 0; f < fibreLevels; ++f) levels.push_back({TrayKind::Fiber, powerZ - (1 + f) * kLevelSpacingMm, f, fibreLevels});
    levels.push_back({TrayKind::Data, powerZ - (1 + fibreLevels) * kLevelSpacingMm});
    return levels;
}

}  // namespace

void placeTrays(Context& ctx) {
    Model& m = ctx.model;
    PartsByKind parts;
    for (TrayKind k : {TrayKind::Data, TrayKind::Fiber, TrayKind::Power}) parts[static_cast<std::size_t>(k)] = trayPartsFor(ctx.catalog, k);
    if (parts[0].empty()) {
        ctx.notes.push_back("the catalog has no cable tray entries; no trays were placed and cables stay unrouted");
        return;
    }
    // Tallest rack, so the lowest tray clears every rack top; deepest power tray, so the top
    // level keeps its clearance below the ceiling whichever part it gets.
    int rackTop = 0;
    m.racks().forEach([&](RackId, const Rack& r) {
        if (const CatalogEntry* e = ctx.catalog.find(m.text(r.catalog)))
            rackTop = std::max(rackTop, static_cast<int>(std::lround(e->dimensions.heightMm)));
    });
    int powerDepth = 0;
    for (const CatalogEntry* e : parts[static_cast<std::size_t>(TrayKind::Power)])
        powerDepth = std::max(powerDepth, static_cast<int>(std::lround(e->tray->depthMm)));

    std::map<std::uint32_t, HallLayout> byHall;
    m.racks().forEach([&](RackId, const Rack& r) {
        if (!r.row) return;
        HallLayout& h = byHall[r.hall.value];
        RowLine& line = h.rows[r.row.value];
        if (line.xs.empty()) {
            line.y = r.position.y;
            line.minX = line.maxX = r.position.x;
        }
        line.minX = std::min(line.minX, r.position.x);
        line.maxX = std::max(line.maxX, r.position.x);
        line.xs.insert(r.position.x);
    });
    std::vector<HallLayout> halls;  // in id order: the order they stand in, side by side along x
    for (auto& [value, h] : byHall) {
        h.hall = HallId(value);
        const Polygon& outline = m.halls()[h.hall].outline;
        h.wallMinX = h.wallMaxX = outline.empty() ? 0 : outline.front().x;
        for (const Point2& p : outline) h.wallMinX = std::min(h.wallMinX, p.x), h.wallMaxX = std::max(h.wallMaxX, p.x);
        for (const auto& [_, line] : h.rows) h.wallMinX = std::min(h.wallMinX, line.minX), h.wallMaxX = std::max(h.wallMaxX, line.maxX);
        halls.push_back(std::move(h));
    }
    std::vector<int> powerZ(halls.size()), room(halls.size());
    for (std::size_t i = 0; i < halls.size(); ++i) {
        powerZ[i] = m.halls()[halls[i].hall].ceilingHeightMm - kCeilingClearanceMm - powerDepth;
        // Fibre levels that fit between the power level and the copper level above the racks.
        room[i] = std::max(1, (powerZ[i] - rackTop - kRackClearanceMm) / kLevelSpacingMm - 1);
    }
    const bool ownsTrays = m.trays().empty();
    const auto layOut = [&](const std::vector<int>& fibreLevels) {
        if (ownsTrays) m.trays().clear();
        for (std::size_t i = 0; i < halls.size(); ++i) {
            const std::vector<Level> levels = levelsOf(powerZ[i], fibreLevels[i]);
            for (std::size_t li = 0; li < levels.size(); ++li)
                layOutLevel(m, halls[i], i > 0 ? &halls[i - 1] : nullptr, i + 1 < halls.size() ? &halls[i + 1] : nullptr, levels[li],
                            static_cast<std::uint8_t>(levels.size() - 1 - li));
        }
    };

    // One fibre level per hall first; where the planned fibre on a segment is more than the
    // largest tray holds, stack as many levels as that needs (and the room allows), the hall's
    // racks dropping into them in turn, and plan again.
    const CatalogEntry& largestFibre = *largestOf(parts[static_cast<std::size_t>(TrayKind::Fiber)]);
    std::vector<int> fibreLevels(halls.size(), 1);
    layOut(fibreLevels);
    PlannedDemand planned = plannedDemand(ctx);
    if (ownsTrays) {
        std::map<std::uint32_t, double> peak;  // hall -> largest fibre cross-section on one segment
        m.trays().forEach([&](TrayId id, const TraySegment& s) {
            if (s.kind == TrayKind::Fiber) peak[s.hall.value] = std::max(peak[s.hall.value], planned.demand[id.value].areaMm2);
        });
        bool more = false;
        for (std::size_t i = 0; i < halls.size(); ++i) {
            const int wanted = static_cast<int>(std::ceil(peak[halls[i].hall.value] / usableMm2(largestFibre) - 1e-9));
            fibreLevels[i] = std::clamp(wanted, 1, room[i]);
            more = more || fibreLevels[i] > 1;
        }
        if (more) {
            planned = PlannedDemand{};  // the first plan's router goes before the second is built
            layOut(fibreLevels);
            planned = plannedDemand(ctx);
        }
    }

    const std::vector<TrayDemand>& demand = planned.demand;
    // Every segment gets the smallest part that carries its planned cables. A hall where some
    // segment needs more than the largest part will make the router detour, and detours need
    // room: there every segment of that kind gets the largest part.
    std::set<std::pair<std::uint32_t, int>> congested;  // (hall, kind)
    std::size_t overfull = 0;
    m.trays().forEach([&](TrayId id, const TraySegment& s) {
        const auto& kindParts = parts[static_cast<std::size_t>(s.kind)];
        if (!smallestTrayFor(kindParts, demand[id.value], kFillPercent)) {
            congested.insert({s.hall.value, static_cast<int>(s.kind)});
            ++overfull;
            const double usable = usableMm2(*largestOf(kindParts));
            const auto& t = ctx.tightestTray;
            if (!t || demand[id.value].areaMm2 / usable > t->plannedMm2 / t->usableMm2)
                ctx.tightestTray = TrayShortfall{id, demand[id.value].areaMm2, usable, 0};
        }
    });
    if (ctx.tightestTray) ctx.tightestTray->segmentsOver = overfull;
    m.trays().forEach([&](TrayId id, const TraySegment&) {
        TraySegment& s = m.trays()[id];
        const auto& kindParts = parts[static_cast<std::size_t>(s.kind)];
        const CatalogEntry* part = congested.count({s.hall.value, static_cast<int>(s.kind)})
                                       ? largestOf(kindParts)
                                       : smallestTrayFor(kindParts, demand[id.value], kFillPercent);
        setPart(m, s, part ? *part : *largestOf(kindParts));
    });
    // The parts are limit edits to the planning router: its reroute is exactly a full route.
    ChangeSet sized;
    m.trays().forEach([&](TrayId id, const TraySegment&) { sized.modified[ChangeSet::index(EntityKind::Tray)].push_back(id.value); });
    ctx.routes = planned.router->reroute(planned.routes, sized);
    if (overfull > 0)
        ctx.notes.push_back(fmt::format("{} tray segments would carry more cable than the largest catalog tray holds at {} % fill "
                                        "(even on stacked levels); routing will detour or leave cables unrouted there",
                                        overfull, kFillPercent));
    int lowClearanceHalls = 0;
    for (std::size_t i = 0; i < halls.size(); ++i) lowClearanceHalls += levelsOf(powerZ[i], fibreLevels[i]).back().z <= rackTop;
    if (lowClearanceHalls > 0)
        ctx.notes.push_back(fmt::format("{} halls have too low a ceiling: the lowest tray level sits at or below the rack tops",
                                        lowClearanceHalls));
}

}  // namespace rw::gen
