// Overhead cable trays: one run along every row (above the rack centre line) and cross-aisle
// runs joining the rows, at the row ends and every kCrossEveryRacks rack slots, so every rack
// reaches every other rack of its hall through the tray grid. Three levels, stacked down from the
// ceiling: power on top, fibre, then copper data closest to the racks (TIA-569 separation of
// power and data; copper is heavy and short, so it rides lowest).
//
// Segments are split at every rack slot and at every junction, so tray nodes sit exactly above
// rack centres: the router's drop from a rack into its row tray is a vertical run at the rack
// (part of the router's in-rack model, not a tray segment; see docs/routing.md).
// Widths, depths and load ratings come from the catalog's tray entries; only the layout policy
// (clearances, cross-aisle interval) is here.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "generator/GeneratorContext.h"

namespace rw::gen {

namespace {

constexpr int kCrossEveryRacks = 8;      // cross-aisle tray every 8 rack slots (and at row ends)
constexpr int kCeilingClearanceMm = 300;  // top tray below the ceiling (sprinklers, lights)
constexpr int kLevelSpacingMm = 300;      // between tray levels: 12 in power/data separation (TIA-569)
constexpr int kFillPercent = 40;          // design fill (TIA-569: 25-40 %; 50 % is physically full)
constexpr int kRackClearanceMm = 300;     // lowest tray above the tallest rack top

/// Fibre tray levels to stack over the rows: the hall's inter-rack optical cables (every data
/// cable between racks whose ports are not RJ45: they end up as fibre or AOC beyond copper reach)
/// spread over its rows, against one tray's usable cross-section. A coarse estimate: the router
/// reports anything that still does not fit.
int fibreLevelsWanted(const Context& ctx, HallId hall, int rows, double trayAreaMm2) {
    const Model& m = ctx.model;
    double fibreDiameter = 0.0;
    for (const CatalogEntry* e : ctx.catalog.ofKind(CatalogKind::Cable))
        if (e->cable->media == Media::MultimodeFiber || e->cable->media == Media::SinglemodeFiber)
            fibreDiameter = std::max(fibreDiameter, e->cable->outerDiameterMm);
    if (fibreDiameter <= 0.0 || rows <= 0 || trayAreaMm2 <= 0.0) return 1;
    std::size_t optical = 0;
    m.cables().forEach([&](CableId, const Cable& c) {
        const Link& l = m.links()[c.first];
        if (l.fabric == Fabric::Power) return;
        const Port& a = m.ports()[l.a];
        const Port& b = m.ports()[l.b];
        if (a.kind == PortKind::RJ45 || b.kind == PortKind::RJ45) return;
        const RackId ra = m.devices()[a.device].rack, rb = m.devices()[b.device].rack;
        if (ra == rb || m.racks()[ra].hall != hall) return;
        optical += c.second ? 2 : 1;
    });
    const double area = static_cast<double>(optical) * 3.14159265 / 4.0 * fibreDiameter * fibreDiameter;
    return std::max(1, static_cast<int>(std::ceil(area / (trayAreaMm2 * rows))));
}

/// The widest tray of the preferred style, else the widest of any style.
const CatalogEntry* pickTray(const Catalog& catalog, TrayStyle preferred) {
    const CatalogEntry* best = nullptr;
    const auto score = [&](const CatalogEntry* e) {
        return std::make_pair(e->tray->style == preferred ? 1 : 0, e->tray->widthMm * e->tray->depthMm);
    };
    for (const CatalogEntry* e : catalog.ofKind(CatalogKind::Tray))
        if (e->tray && (!best || score(e) > score(best))) best = e;
    return best;
}

struct RowLine {
    int y = 0;
    int minX = 0;
    int maxX = 0;
    std::set<int> xs;  // rack centres
};

struct Level {
    TrayKind kind;
    const CatalogEntry* entry;
    int z;
};

}  // namespace

void placeTrays(Context& ctx) {
    Model& m = ctx.model;
    const CatalogEntry* data = pickTray(ctx.catalog, TrayStyle::Ladder);
    const CatalogEntry* fiber = pickTray(ctx.catalog, TrayStyle::WireBasket);
    if (!data || !fiber) {
        ctx.notes.push_back("the catalog has no cable tray entries; no trays were placed and cables stay unrouted");
        return;
    }
    // Tallest rack, so the lowest tray clears every rack top.
    int rackTop = 0;
    m.racks().forEach([&](RackId, const Rack& r) {
        if (const CatalogEntry* e = ctx.catalog.find(m.text(r.catalog)))
            rackTop = std::max(rackTop, static_cast<int>(std::lround(e->dimensions.heightMm)));
    });

    std::map<std::uint32_t, std::map<std::uint32_t, RowLine>> halls;  // hall -> row -> line
    m.racks().forEach([&](RackId, const Rack& r) {
        if (!r.row) return;
        RowLine& line = halls[r.hall.value][r.row.value];
        if (line.xs.empty()) {
            line.y = r.position.y;
            line.minX = line.maxX = r.position.x;
        }
        line.minX = std::min(line.minX, r.position.x);
        line.maxX = std::max(line.maxX, r.position.x);
        line.xs.insert(r.position.x);
    });

    int lowClearanceHalls = 0;
    for (auto& [hallValue, rows] : halls) {
        const HallId hall(hallValue);
        const int ceiling = m.halls()[hall].ceilingHeightMm;
        const int powerZ = ceiling - kCeilingClearanceMm - static_cast<int>(std::lround(data->tray->depthMm));
        // Power on top, then as many fibre levels as the demand wants and the room allows, then
        // copper data; fibre levels over one rack are joined by the router's riser (docs/routing.md).
        const double fibreArea = fiber->tray->widthMm * fiber->tray->depthMm * kFillPercent / 100.0;
        const int room = (powerZ - 2 * kLevelSpacingMm - (rackTop + kRackClearanceMm)) / kLevelSpacingMm + 1;
        const int fibreLevels =
            std::max(1, std::min(room, fibreLevelsWanted(ctx, hall, static_cast<int>(rows.size()), fibreArea)));
        std::vector<Level> levels{{TrayKind::Power, data, powerZ}};
        for (int f = 0; f < fibreLevels; ++f) levels.push_back({TrayKind::Fiber, fiber, powerZ - (1 + f) * kLevelSpacingMm});
        levels.push_back({TrayKind::Data, data, powerZ - (1 + fibreLevels) * kLevelSpacingMm});
        if (levels.back().z <= rackTop) ++lowClearanceHalls;

        // Cross-aisle positions: every kCrossEveryRacks-th rack column of the hall, the last one,
        // and both ends of every row.
        std::set<int> columns;
        for (const auto& [_, line] : rows) columns.insert(line.xs.begin(), line.xs.end());
        std::set<int> crossXs;
        int i = 0;
        for (int x : columns)
            if (i++ % kCrossEveryRacks == 0) crossXs.insert(x);
        if (!columns.empty()) crossXs.insert(*columns.rbegin());
        for (const auto& [_, line] : rows) {
            crossXs.insert(line.minX);
            crossXs.insert(line.maxX);
        }

        for (std::size_t li = 0; li < levels.size(); ++li) {
            const Level& lv = levels[li];
            TraySegment proto;
            proto.hall = hall;
            proto.widthMm = static_cast<std::uint16_t>(std::lround(lv.entry->tray->widthMm));
            proto.depthMm = static_cast<std::uint16_t>(std::lround(lv.entry->tray->depthMm));
            proto.level = static_cast<std::uint8_t>(levels.size() - 1 - li);  // 0 = lowest
            proto.kind = lv.kind;
            proto.maxFillPercent = kFillPercent;
            proto.maxLoadKgPerM = static_cast<float>(lv.entry->tray->loadKgPerM);
            proto.catalog = m.strings.intern(lv.entry->id);
            const auto add = [&](Point2 a, Point2 b) {
                TraySegment s = proto;
                s.a = {a.x, a.y, lv.z};
                s.b = {b.x, b.y, lv.z};
                m.trays().add(s);
            };
            // Along each row, split at every rack slot and every cross-aisle junction.
            for (const auto& [_, line] : rows) {
                std::set<int> stops = line.xs;
                for (int x : crossXs)
                    if (x >= line.minX && x <= line.maxX) stops.insert(x);
                for (auto it = stops.begin(); std::next(it) != stops.end(); ++it)
                    add({*it, line.y}, {*std::next(it), line.y});
            }
            // Across the aisles, joining consecutive rows that span the cross position.
            for (int x : crossXs) {
                std::vector<int> ys;
                for (const auto& [_, line] : rows)
                    if (x >= line.minX && x <= line.maxX) ys.push_back(line.y);
                std::sort(ys.begin(), ys.end());
                ys.erase(std::unique(ys.begin(), ys.end()), ys.end());
                for (std::size_t k = 0; k + 1 < ys.size(); ++k) add({x, ys[k]}, {x, ys[k + 1]});
            }
        }
    }
    if (lowClearanceHalls > 0)
        ctx.notes.push_back(fmt::format("{} halls have too low a ceiling: the lowest tray level sits at or below the rack tops",
                                        lowClearanceHalls));
}

}  // namespace rw::gen
