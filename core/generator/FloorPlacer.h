#pragma once
// Hands out rack positions on the floor: rows in back-to-back pairs sharing a hot aisle, cold
// aisles between pairs, a clearance along the walls, slots that would touch a column skipped.
// When a hall is full the next hall is opened (up to HallSpec::maxHalls; beyond that the spec is
// refused, saying how many racks fit). docs/placement.md describes the layout.
#include <string>
#include <vector>

#include "generator/ClusterSpec.h"
#include "model/Model.h"

namespace rw {

struct RackSlot {
    HallId hall;
    RowId row;
    Point2 centre;
    Rotation rotation = Rotation::R0;  // R0: front faces -y; R180: front faces +y
};

class FloorPlacer final {
public:
    /// `slotWidthMm`, `rackDepthMm`: the rack footprint. `reserveRowEnd`: keep the first and last
    /// slots of every row free for its two row CDUs (N+1). `expectedRacks`: how many racks will be
    /// placed (sets the default row length, docs/placement.md). `specFile` names the spec in errors.
    FloorPlacer(Model& model, const HallSpec& hall, int slotWidthMm, int rackDepthMm, bool reserveRowEnd, int expectedRacks,
                std::string specFile);

    /// The next free slot in placement order. Throws InputError when maxHalls are full.
    RackSlot next();
    /// Skips to the start of the next row (so a group of racks starts a row of its own).
    void breakRow();
    /// Makes sure the next `count` slots stand side by side in one row (an NVLink domain), moving
    /// on to the next row when this one has no such run left. Throws InputError if no row has one.
    void keepTogether(int count);
    /// Starts the next hall when the current one has fewer than `count` rack positions left, so a
    /// group that fits one hall never straddles two (the positions skipped stay empty).
    void keepInOneHall(int count);

    [[nodiscard]] int hallsUsed() const noexcept { return static_cast<int>(halls_.size()); }
    [[nodiscard]] int slotsPerHall() const noexcept { return static_cast<int>(slotsTemplate_.size()); }
    /// Rack positions of one hall (row-end CDU slots excluded).
    [[nodiscard]] int racksPerHall() const { return racksIn(slotsTemplate_); }
    /// Where each used row's reserved end slot is (for row CDUs), by RowId.
    [[nodiscard]] const std::vector<std::pair<RowId, RackSlot>>& rowEnds() const noexcept { return rowEnds_; }

private:
    struct TemplateSlot {
        int row;           // row number within a hall
        Point2 centre;
        Rotation rotation;
        bool rowEnd;       // reserved for a row CDU
    };
    void buildTemplate(int expectedRacks);
    [[nodiscard]] std::vector<TemplateSlot> templateFor(int racksPerRow) const;
    static int racksIn(const std::vector<TemplateSlot>& slots);
    bool hitsColumn(Point2 centre, Rotation rotation) const;
    bool adjacentRunAt(std::size_t first, int count) const;
    void openHall();
    RowId rowFor(int templateRow, const TemplateSlot& slot);

    Model& model_;
    HallSpec spec_;
    int slotWidth_;
    int rackDepth_;
    bool reserveRowEnd_;
    std::string specFile_;
    std::vector<TemplateSlot> slotsTemplate_;
    std::vector<Polygon> columns_;
    std::vector<HallId> halls_;
    std::size_t cursor_ = 0;      // next template slot in the current hall
    int currentTemplateRow_ = -1;
    RowId currentRow_;
    std::vector<std::pair<RowId, RackSlot>> rowEnds_;
};

}  // namespace rw
