#include "edit/ArrangeCommands.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "edit/Transaction.h"

namespace rw::cmd {
namespace {

struct Placed {
    RackId id;
    Point2 centre;
    FloorExtent extent;
    [[nodiscard]] double low(Axis a) const noexcept { return a == Axis::X ? centre.x - extent.x / 2.0 : centre.y - extent.y / 2.0; }
    [[nodiscard]] double high(Axis a) const noexcept { return a == Axis::X ? centre.x + extent.x / 2.0 : centre.y + extent.y / 2.0; }
    [[nodiscard]] double size(Axis a) const noexcept { return a == Axis::X ? extent.x : extent.y; }
    [[nodiscard]] std::int32_t at(Axis a) const noexcept { return a == Axis::X ? centre.x : centre.y; }
};

std::vector<Placed> gather(const Model& model, const std::vector<RackId>& ids, const FootprintFn& footprint) {
    std::vector<Placed> racks;
    for (RackId id : ids) {
        const Rack* r = model.racks().find(id);
        if (!r) throw EditError(fmt::format("rack {} does not exist", id.value));
        racks.push_back({id, r->position, footprint(model, *r)});
    }
    return racks;
}

std::string_view nameOf(Alignment a) noexcept {
    switch (a) {
        case Alignment::Left: return "left";
        case Alignment::Right: return "right";
        case Alignment::Top: return "top";
        case Alignment::Bottom: return "bottom";
        case Alignment::CentreX: return "centres vertically";
        case Alignment::CentreY: return "centres horizontally";
    }
    return "";
}

// Where a footprint of `size` centred at `centre` has its low edge on a tile line (to the mm).
bool onGrid(std::int32_t centre, std::int32_t size, std::int32_t tile) {
    const double low = centre - size / 2.0;
    const double off = low - tile * std::floor(low / tile);
    return off < 1.0 || tile - off < 1.0;
}

// The centre that puts the low edge of a footprint of `size` on the tile line nearest to it.
std::int32_t snappedCentre(std::int32_t centre, std::int32_t size, std::int32_t tile) {
    const double low = centre - size / 2.0;
    return std::int32_t(std::lround(tile * std::round(low / tile) + size / 2.0));
}

void setCoordinate(Transaction& tx, RackId id, Axis axis, double value) {
    const auto v = std::int32_t(std::lround(value));
    tx.modify<Rack>(id, [&](Rack& r) { (axis == Axis::X ? r.position.x : r.position.y) = v; });
}

}  // namespace

void alignRacks(Document& doc, const std::vector<RackId>& ids, Alignment alignment, const FootprintFn& footprint) {
    const std::vector<Placed> racks = gather(doc.model(), ids, footprint);
    if (racks.size() < 2) return;
    const Axis axis = alignment == Alignment::Left || alignment == Alignment::Right || alignment == Alignment::CentreX ? Axis::X : Axis::Y;
    double low = std::numeric_limits<double>::max(), high = std::numeric_limits<double>::lowest();
    for (const Placed& p : racks) {
        low = std::min(low, p.low(axis));
        high = std::max(high, p.high(axis));
    }
    auto tx = doc.begin(fmt::format("Align {} racks {}", racks.size(), nameOf(alignment)));
    for (const Placed& p : racks) {
        switch (alignment) {
            case Alignment::Left:
            case Alignment::Bottom: setCoordinate(tx, p.id, axis, low + p.size(axis) / 2.0); break;
            case Alignment::Right:
            case Alignment::Top: setCoordinate(tx, p.id, axis, high - p.size(axis) / 2.0); break;
            case Alignment::CentreX:
            case Alignment::CentreY: setCoordinate(tx, p.id, axis, (low + high) / 2.0); break;
        }
    }
    tx.commit();
}

void distributeRacks(Document& doc, const std::vector<RackId>& ids, Axis axis, const FootprintFn& footprint) {
    std::vector<Placed> racks = gather(doc.model(), ids, footprint);
    if (racks.size() < 3) return;
    // By position, ties by id so the result never depends on the selection's order.
    std::sort(racks.begin(), racks.end(), [axis](const Placed& a, const Placed& b) {
        return a.at(axis) != b.at(axis) ? a.at(axis) < b.at(axis) : a.id < b.id;
    });
    const double start = racks.front().low(axis), end = racks.back().high(axis);
    double occupied = 0.0;
    for (const Placed& p : racks) occupied += p.size(axis);
    const double gap = (end - start - occupied) / double(racks.size() - 1);  // negative when they overlap
    auto tx = doc.begin(fmt::format("Distribute {} racks {}", racks.size(), axis == Axis::X ? "horizontally" : "vertically"));
    double edge = start;
    for (const Placed& p : racks) {
        setCoordinate(tx, p.id, axis, edge + p.size(axis) / 2.0);
        edge += p.size(axis) + gap;
    }
    tx.commit();
}

void rotateRacksOnGrid(Document& doc, const std::vector<RackId>& ids, int quarterTurns, const FootprintFn& footprint,
                       std::int32_t tileMm) {
    if (ids.empty() || quarterTurns % 4 == 0) return;
    const std::vector<Placed> before = gather(doc.model(), ids, footprint);
    const std::string what = before.size() == 1 ? fmt::format("rack {}", doc.model().racks()[before.front().id].name)
                                                : fmt::format("{} racks", before.size());
    auto tx = doc.begin(fmt::format("Rotate {}", what));
    for (const Placed& p : before) {
        Rack turned = doc.model().racks()[p.id];
        turned.rotation = static_cast<Rotation>(((static_cast<int>(turned.rotation) + quarterTurns) % 4 + 4) % 4);
        const FloorExtent after = footprint(doc.model(), turned);
        if (onGrid(p.centre.x, p.extent.x, tileMm)) turned.position.x = snappedCentre(p.centre.x, after.x, tileMm);
        if (onGrid(p.centre.y, p.extent.y, tileMm)) turned.position.y = snappedCentre(p.centre.y, after.y, tileMm);
        tx.modify<Rack>(p.id, [&](Rack& r) {
            r.rotation = turned.rotation;
            r.position = turned.position;
        });
    }
    tx.commit();
}

}  // namespace rw::cmd
