#include "generator/FloorPlacer.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "util/Errors.h"

namespace rw {

namespace {
int mm(double metres) { return static_cast<int>(std::lround(metres * 1000.0)); }
constexpr int kColumnClearanceMm = 100;
constexpr int kMinRowRacks = 16;  // default rows are never shorter (unless the hall is narrower)
}  // namespace

FloorPlacer::FloorPlacer(Model& model, const HallSpec& hall, int slotWidthMm, int rackDepthMm, bool reserveRowEnd,
                         int expectedRacks, std::string specFile)
    : model_(model), spec_(hall), slotWidth_(slotWidthMm), rackDepth_(rackDepthMm), reserveRowEnd_(reserveRowEnd),
      specFile_(std::move(specFile)) {
    buildTemplate(expectedRacks);
}

void FloorPlacer::buildTemplate(int expectedRacks) {
    const int width = mm(spec_.widthM), depth = mm(spec_.depthM);
    if (spec_.columns.pitchXM > 0 && spec_.columns.pitchYM > 0) {
        const int size = mm(spec_.columns.sizeM), half = size / 2;
        for (int x = mm(spec_.columns.offsetXM); x <= width; x += mm(spec_.columns.pitchXM))
            for (int y = mm(spec_.columns.offsetYM); y <= depth; y += mm(spec_.columns.pitchYM))
                columns_.push_back({{x - half, y - half}, {x + half, y - half}, {x + half, y + half}, {x - half, y + half}});
    }
    const int fullRow = (width - 2 * mm(spec_.wallClearanceM)) / slotWidth_;
    if (spec_.racksPerRow > 0) {
        slotsTemplate_ = templateFor(std::min(fullRow, spec_.racksPerRow));
        return;
    }
    // Rows as long as the hall allows would put a large design on a few rows the hall's width
    // long, leaving most of the floor empty and every trunk on a few row trays. The default row
    // length makes the racks a block about as deep as it is wide (the shortest cables to its
    // middle, where the spines stand, and as many parallel row and cross-aisle trays as the
    // floor gives), lengthened until the hall holds the design if it can.
    const double rowPitch = (2.0 * rackDepth_ + mm(spec_.hotAisleM) + mm(spec_.coldAisleM)) / 2.0;
    int perRow = static_cast<int>(std::ceil(std::sqrt(std::max(expectedRacks, 1) * rowPitch / slotWidth_)));
    perRow = std::clamp(perRow, std::min(kMinRowRacks, fullRow), std::max(fullRow, 0));
    slotsTemplate_ = templateFor(perRow);
    while (perRow < fullRow && racksIn(slotsTemplate_) < expectedRacks) {
        perRow = std::min(fullRow, perRow + std::max(1, perRow / 8));
        slotsTemplate_ = templateFor(perRow);
    }
}

int FloorPlacer::racksIn(const std::vector<TemplateSlot>& slots) {
    return static_cast<int>(std::count_if(slots.begin(), slots.end(), [](const TemplateSlot& s) { return !s.rowEnd; }));
}

std::vector<FloorPlacer::TemplateSlot> FloorPlacer::templateFor(int perRow) const {
    std::vector<TemplateSlot> slots;
    const int depth = mm(spec_.depthM), wall = mm(spec_.wallClearanceM);
    const int cold = mm(spec_.coldAisleM), hot = mm(spec_.hotAisleM);
    if (perRow < (reserveRowEnd_ ? 3 : 1)) return slots;

    // Rows come in pairs: cold aisle, row A (front to the cold aisle below), hot aisle, row B
    // (turned 180 degrees), then the next pair's cold aisle.
    int row = 0;
    for (int base = wall + cold; base + rackDepth_ + cold <= depth - wall + cold; base += 2 * rackDepth_ + hot + cold) {
        for (int half = 0; half < 2; ++half) {
            const int top = half == 0 ? base : base + rackDepth_ + hot;
            if (top + rackDepth_ + (half == 1 ? cold : 0) > depth - wall) break;
            const Rotation rotation = half == 0 ? Rotation::R0 : Rotation::R180;
            // Rows are filled in a serpentine: every other row runs right to left, so racks that
            // follow each other in placement order (one SU, its leaves in the middle) stay
            // neighbours where a row ends and the next begins, never a row's length apart.
            const bool leftward = row % 2 == 1;
            for (int k = 0; k < perRow; ++k) {
                const int i = leftward ? perRow - 1 - k : k;
                const Point2 centre{wall + slotWidth_ * i + slotWidth_ / 2, top + rackDepth_ / 2};
                // Both ends of a row are kept for row CDUs: two units per row, so the row keeps
                // its liquid cooling with either lost (N+1; the cooling check verifies it).
                const bool rowEnd = reserveRowEnd_ && (i == 0 || i == perRow - 1);
                if (!rowEnd && hitsColumn(centre, rotation)) continue;
                slots.push_back({row, centre, rotation, rowEnd});
            }
            ++row;
        }
    }
    return slots;
}

bool FloorPlacer::hitsColumn(Point2 c, Rotation) const {
    const int hw = slotWidth_ / 2 + kColumnClearanceMm, hd = rackDepth_ / 2 + kColumnClearanceMm;
    for (const Polygon& col : columns_) {
        const Point2 lo = col[0], hi = col[2];
        if (c.x - hw < hi.x && c.x + hw > lo.x && c.y - hd < hi.y && c.y + hd > lo.y) return true;
    }
    return false;
}

void FloorPlacer::openHall() {
    const int racksPerHall = racksIn(slotsTemplate_);
    if (racksPerHall == 0)
        throw InputError(fmt::format("{}: $.hall: a {} m x {} m hall with {} m wall clearance holds no rack row; make it larger",
                                     specFile_, spec_.widthM, spec_.depthM, spec_.wallClearanceM));
    if (static_cast<int>(halls_.size()) >= spec_.maxHalls)
        throw InputError(fmt::format("{}: $.hall: the racks do not fit: {} halls of {} m x {} m hold {} racks each ({} in all); "
                                     "raise hall.max_halls or make the hall larger",
                                     specFile_, spec_.maxHalls, spec_.widthM, spec_.depthM, racksPerHall, racksPerHall * spec_.maxHalls));
    Hall hall;
    hall.name = fmt::format("Hall {}", halls_.size() + 1);
    hall.outline = {{0, 0}, {mm(spec_.widthM), 0}, {mm(spec_.widthM), mm(spec_.depthM)}, {0, mm(spec_.depthM)}};
    for (const Polygon& c : columns_) hall.obstacles.push_back({ObstacleKind::Column, c});
    hall.floorLoadKgPerM2 = spec_.floorLoadKgPerM2;
    hall.ceilingHeightMm = mm(spec_.ceilingHeightM);
    hall.coolingCapacityKw = spec_.coolingCapacityKw;
    hall.waterSupplyC = spec_.waterSupplyC;
    halls_.push_back(model_.halls().add(std::move(hall)));
    cursor_ = 0;
    currentTemplateRow_ = -1;
}

RowId FloorPlacer::rowFor(int templateRow, const TemplateSlot& slot) {
    if (templateRow != currentTemplateRow_) {
        currentTemplateRow_ = templateRow;
        int left = slot.centre.x;  // the row's origin is its left end, whichever way it is filled
        for (const TemplateSlot& s : slotsTemplate_)
            if (s.row == templateRow) left = std::min(left, s.centre.x);
        const Point2 origin{left - slotWidth_ / 2, slot.centre.y};
        currentRow_ = model_.rows().add(
            Row{halls_.back(), fmt::format("H{}-Row{:02}", halls_.size(), templateRow + 1), origin, slot.rotation});
        if (reserveRowEnd_) {
            for (const TemplateSlot& s : slotsTemplate_)
                if (s.row == templateRow && s.rowEnd) rowEnds_.push_back({currentRow_, RackSlot{halls_.back(), currentRow_, s.centre, s.rotation}});
        }
    }
    return currentRow_;
}

RackSlot FloorPlacer::next() {
    for (;;) {
        if (halls_.empty() || cursor_ >= slotsTemplate_.size()) openHall();
        const TemplateSlot& slot = slotsTemplate_[cursor_++];
        if (slot.rowEnd) continue;
        const RowId row = rowFor(slot.row, slot);
        return RackSlot{halls_.back(), row, slot.centre, slot.rotation};
    }
}

bool FloorPlacer::adjacentRunAt(std::size_t first, int count) const {
    if (first + static_cast<std::size_t>(count) > slotsTemplate_.size()) return false;
    for (std::size_t i = first; i < first + static_cast<std::size_t>(count); ++i) {
        const TemplateSlot& s = slotsTemplate_[i];
        if (s.rowEnd || s.row != slotsTemplate_[first].row) return false;
        if (i > first && std::abs(s.centre.x - slotsTemplate_[i - 1].centre.x) != slotWidth_) return false;
    }
    return true;
}

void FloorPlacer::keepTogether(int count) {
    if (count <= 1) return;
    for (int hallsTried = 0; hallsTried < 2; ++hallsTried) {
        if (halls_.empty() || cursor_ >= slotsTemplate_.size()) openHall();
        while (cursor_ < slotsTemplate_.size()) {
            if (adjacentRunAt(cursor_, count)) return;
            ++cursor_;  // skipping a slot that cannot start the run leaves it empty
        }
    }
    throw InputError(fmt::format("{}: $.hall: no row has {} adjacent rack positions for one NVLink domain; widen the hall or "
                                 "move the column grid", specFile_, count));
}

void FloorPlacer::keepInOneHall(int count) {
    if (halls_.empty() || count > racksPerHall()) return;
    int left = 0;
    for (std::size_t i = cursor_; i < slotsTemplate_.size() && left < count; ++i) left += !slotsTemplate_[i].rowEnd;
    if (left < count) cursor_ = slotsTemplate_.size();  // next() opens the next hall
}

void FloorPlacer::breakRow() {
    if (halls_.empty() || currentTemplateRow_ < 0) return;
    while (cursor_ < slotsTemplate_.size() && slotsTemplate_[cursor_].row == currentTemplateRow_) ++cursor_;
}

}  // namespace rw
