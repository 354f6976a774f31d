#include "RowPlacement.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "EditingCatalog.h"
#include "floorplan/FloorCoordinates.h"

namespace rw::gui {
namespace {

struct Box {
    double x0, y0, x1, y1;
    [[nodiscard]] bool overlaps(const Box& o) const noexcept { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

bool runsNorth(Rotation r) { return r == Rotation::R90 || r == Rotation::R270; }

// The row's footprint bounds with its first rack centred at `first`.
Box rowBox(const cmd::FloorExtent& e, const cmd::RackRowRequest& r, Point2 first) {
    const double along = double(r.count - 1) * r.pitchMm;
    Box b{first.x - e.x / 2.0, first.y - e.y / 2.0, first.x + e.x / 2.0, first.y + e.y / 2.0};
    (runsNorth(r.rotation) ? b.y1 : b.x1) += along;
    return b;
}

}  // namespace

std::string nextRackName(const Model& model) {
    struct Scheme {
        int count = 0;
        std::uint64_t highest = 0;
        std::size_t digits = 0;
    };
    std::map<std::string, Scheme> schemes;
    model.racks().forEach([&](RackId, const Rack& rack) {
        const std::string& n = rack.name;
        const std::size_t start = n.find_last_not_of("0123456789") + 1;  // npos + 1 == 0: all digits
        if (start >= n.size() || n.size() - start > 18) return;
        Scheme& s = schemes[n.substr(0, start)];
        ++s.count;
        const std::uint64_t number = std::stoull(n.substr(start));
        if (number >= s.highest) {
            s.highest = number;
            s.digits = n.size() - start;
        }
    });
    if (schemes.empty()) return "R1";
    const auto best = std::max_element(schemes.begin(), schemes.end(),
                                       [](const auto& a, const auto& b) { return a.second.count < b.second.count; });
    std::string number = std::to_string(best->second.highest + 1);
    if (number.size() < best->second.digits) number.insert(0, best->second.digits - number.size(), '0');
    return best->first + number;
}

std::optional<Point2> freeRowStart(const Model& model, const EditingCatalog& catalog, const cmd::RackRowRequest& request,
                                   std::int32_t aisleMm) {
    const Hall* hall = model.halls().find(request.hall);
    if (!hall || hall->outline.empty() || request.count < 1 || request.pitchMm <= 0) return std::nullopt;
    Box bounds{1e18, 1e18, -1e18, -1e18};
    for (Point2 p : hall->outline) bounds = {std::min(bounds.x0, double(p.x)), std::min(bounds.y0, double(p.y)),
                                             std::max(bounds.x1, double(p.x)), std::max(bounds.y1, double(p.y))};
    std::vector<Box> racks;
    model.racks().forEach([&](RackId, const Rack& rack) {
        if (rack.hall != request.hall) return;
        const cmd::FloorExtent e = catalog.footprint(model.text(rack.catalog), rack.rotation);
        racks.push_back({rack.position.x - e.x / 2.0, rack.position.y - e.y / 2.0, rack.position.x + e.x / 2.0,
                         rack.position.y + e.y / 2.0});
    });
    const cmd::FloorExtent extent = catalog.footprint(request.catalog, request.rotation);
    const bool north = runsNorth(request.rotation);
    constexpr double kTile = kFloorTileMm;
    const double startX = std::ceil((bounds.x0 + 2 * kTile) / kTile) * kTile;
    const double startY = std::ceil((bounds.y0 + 2 * kTile) / kTile) * kTile;
    // Rows step across (the aisle direction) in the outer loop, so a new row goes beside the
    // existing ones before it goes further along them.
    const int acrossSteps = int((north ? bounds.x1 - startX : bounds.y1 - startY) / kTile) + 1;
    const int alongSteps = int((north ? bounds.y1 - startY : bounds.x1 - startX) / kTile) + 1;
    for (int across = 0; across < acrossSteps; ++across) {
        for (int along = 0; along < alongSteps; ++along) {
            const double cx = startX + (north ? across : along) * kTile, cy = startY + (north ? along : across) * kTile;
            const Point2 first{std::int32_t(std::lround(cx + extent.x / 2.0)), std::int32_t(std::lround(cy + extent.y / 2.0))};
            const Box row = rowBox(extent, request, first);
            if (row.x1 > bounds.x1 || row.y1 > bounds.y1) break;  // further along only leaves the hall more
            Box clear = row;  // the aisles at front and back stay free too
            (north ? clear.x0 : clear.y0) -= aisleMm;
            (north ? clear.x1 : clear.y1) += aisleMm;
            if (std::none_of(racks.begin(), racks.end(), [&](const Box& r) { return r.overlaps(clear); })) return first;
        }
    }
    return std::nullopt;
}

std::vector<QRectF> rowFootprints(const EditingCatalog& catalog, const cmd::RackRowRequest& request) {
    std::vector<QRectF> out;
    const cmd::FloorExtent e = catalog.footprint(request.catalog, request.rotation);
    const bool north = runsNorth(request.rotation);
    for (int i = 0; i < std::clamp(request.count, 0, cmd::kMaxRowRacks); ++i) {
        const std::int32_t step = i * request.pitchMm;
        const Point2 c = north ? Point2{request.first.x, request.first.y + step} : Point2{request.first.x + step, request.first.y};
        out.emplace_back(c.x - e.x / 2.0, -(c.y + e.y / 2.0), e.x, e.y);
    }
    return out;
}

}  // namespace rw::gui
