#include "TrayScene.h"

#include <algorithm>
#include <cmath>

#include "RackAppearance.h"

namespace rw::render {
namespace {

constexpr float kBundleShare = 0.85f;     // of the tray's width and depth, for the fullest segment
constexpr double kCableLineMm = 30.0;     // drawn thickness of one selected cable
constexpr double kCableAboveTrayMm = 40.0;

bool isRiser(const TraySegment& s) noexcept { return s.a.x == s.b.x && s.a.y == s.b.y; }

// A horizontal segment along model x (turns 0) or y (turns 1); diagonal runs get the box of the
// longer axis (the generator lays trays along the grid).
Instance runInstance(const TraySegment& s, double widthMm, double heightMm, double bottomMm) {
    const double dx = std::abs(double(s.b.x) - s.a.x), dy = std::abs(double(s.b.y) - s.a.y);
    const bool alongX = dx >= dy;
    const double length = std::hypot(dx, dy);
    Instance inst;
    inst.center = toScene((s.a.x + s.b.x) / 2.0, (s.a.y + s.b.y) / 2.0, bottomMm + heightMm / 2.0);
    // Scene extents after the turn: along x the run spans x; along y it spans z.
    inst.size = alongX ? QVector3D(float(length / 1000), float(heightMm / 1000), float(widthMm / 1000))
                       : QVector3D(float(widthMm / 1000), float(heightMm / 1000), float(length / 1000));
    inst.quarterTurns = alongX ? 0.0f : 1.0f;
    return inst;
}

Instance riserInstance(const TraySegment& s, double widthMm, double depthMm) {
    const double low = std::min(s.a.z, s.b.z), high = std::max(s.a.z, s.b.z);
    Instance inst;
    inst.center = toScene(s.a.x, s.a.y, (low + high) / 2.0);
    inst.size = QVector3D(float(widthMm / 1000), float((high - low) / 1000), float(depthMm / 1000));
    return inst;
}

// A thin box from a to b (model mm), which differ along one axis.
Instance line(Point3 a, Point3 b, const QVector3D& colour) {
    Instance inst;
    inst.center = toScene((a.x + b.x) / 2.0, (a.y + b.y) / 2.0, (a.z + b.z) / 2.0);
    inst.size = QVector3D(float((std::abs(double(b.x) - a.x) + kCableLineMm) / 1000),
                          float((std::abs(double(b.z) - a.z) + kCableLineMm) / 1000),
                          float((std::abs(double(b.y) - a.y) + kCableLineMm) / 1000));
    inst.color = colour;
    return inst;
}

}  // namespace

TrayInstances buildTrays(const TrayTable& trays) {
    TrayInstances out;
    trays.forEach([&](TrayId id, const TraySegment& s) {
        const QVector3D colour = colorVector(trayKindColor(s.kind));
        if (isRiser(s)) {
            if (s.a.z == s.b.z) return;  // a point, nothing to draw
            out.risers.push_back(riserInstance(s, s.widthMm, s.depthMm));
            out.risers.back().color = colour;
            out.riserIds.push_back(id);
            return;
        }
        out.runs.push_back(runInstance(s, s.widthMm, s.depthMm, std::min(s.a.z, s.b.z)));
        out.runs.back().color = colour;
        out.runIds.push_back(id);
    });
    return out;
}

std::vector<Instance> mergeCollinearRuns(const std::vector<Instance>& runs) {
    constexpr float kTouch = 0.01f;  // metres: pieces this close count as continuing each other
    // The line a run lies on (everything but its position along the run) and where it starts.
    struct Piece {
        std::array<float, 9> line;  // turns, height, across position, cross-section, colour
        float start, end;
        std::size_t index;
    };
    std::vector<Piece> pieces;
    pieces.reserve(runs.size());
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const Instance& r = runs[i];
        const bool alongX = r.quarterTurns == 0.0f;
        const float mid = alongX ? r.center.x() : r.center.z();
        const float half = (alongX ? r.size.x() : r.size.z()) / 2.0f;
        pieces.push_back(Piece{{r.quarterTurns, r.center.y(), alongX ? r.center.z() : r.center.x(), r.size.y(),
                                alongX ? r.size.z() : r.size.x(), r.color.x(), r.color.y(), r.color.z(), 0.0f},
                               mid - half, mid + half, i});
    }
    std::sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) {
        return a.line != b.line ? a.line < b.line : a.start < b.start;
    });
    std::vector<std::pair<std::size_t, Instance>> merged;  // (first input index, run)
    for (std::size_t i = 0; i < pieces.size();) {
        const Piece& first = pieces[i];
        float end = first.end;
        std::size_t j = i + 1;
        std::size_t firstIndex = first.index;
        while (j < pieces.size() && pieces[j].line == first.line && pieces[j].start <= end + kTouch) {
            end = std::max(end, pieces[j].end);
            firstIndex = std::min(firstIndex, pieces[j].index);
            ++j;
        }
        Instance run = runs[first.index];
        const bool alongX = run.quarterTurns == 0.0f;
        const float mid = (first.start + end) / 2.0f, length = end - first.start;
        if (alongX) {
            run.center.setX(mid);
            run.size.setX(length);
        } else {
            run.center.setZ(mid);
            run.size.setZ(length);
        }
        merged.emplace_back(firstIndex, run);
        i = j;
    }
    std::sort(merged.begin(), merged.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Instance> out;
    out.reserve(merged.size());
    for (auto& [index, run] : merged) out.push_back(run);
    return out;
}

std::vector<std::uint32_t> cablesPerSegment(std::size_t segments, const RoutingResult& routes) {
    std::vector<std::uint32_t> count(segments, 0);
    for (const CableRoute& cable : routes.cables) {
        if (cable.status != RouteStatus::Routed || cable.route >= routes.routes.size()) continue;
        for (const TrayId segment : routes.routes[cable.route].segments)
            if (segment.value < count.size()) ++count[segment.value];
    }
    return count;
}

std::vector<Instance> buildCableBundles(const TrayTable& trays, const RoutingResult& routes) {
    const std::vector<std::uint32_t> count = cablesPerSegment(trays.capacity(), routes);
    const std::uint32_t fullest = count.empty() ? 0 : *std::max_element(count.begin(), count.end());
    std::vector<Instance> bundles;
    if (fullest == 0) return bundles;
    const QVector3D colour = colorVector(ScenePalette::cableBundle());
    trays.forEach([&](TrayId id, const TraySegment& s) {
        if (count[id.value] == 0) return;
        const float share = kBundleShare * std::sqrt(float(count[id.value]) / float(fullest));
        Instance inst = isRiser(s) ? riserInstance(s, s.widthMm * share, s.depthMm * share)
                                   : runInstance(s, s.widthMm * share, s.depthMm * share, std::min(s.a.z, s.b.z) + 1.0);
        inst.color = colour;
        bundles.push_back(inst);
    });
    return bundles;
}

std::vector<float> bundleBuiltShares(const TrayTable& trays, const RoutingResult& routes, const std::vector<bool>& cableFaded) {
    const std::vector<std::uint32_t> count = cablesPerSegment(trays.capacity(), routes);
    std::vector<std::uint32_t> built(count.size(), 0);
    for (std::size_t c = 0; c < routes.cables.size(); ++c) {
        const CableRoute& cable = routes.cables[c];
        if (cable.status != RouteStatus::Routed || cable.route >= routes.routes.size()) continue;
        if (c < cableFaded.size() && cableFaded[c]) continue;
        for (const TrayId segment : routes.routes[cable.route].segments)
            if (segment.value < built.size()) ++built[segment.value];
    }
    std::vector<float> shares;
    trays.forEach([&](TrayId id, const TraySegment&) {  // the order buildCableBundles() keeps
        if (count[id.value] > 0) shares.push_back(float(built[id.value]) / float(count[id.value]));
    });
    return shares;
}

RackId rackOfPort(const Model& model, PortId port) noexcept {
    const Port* p = model.ports().find(port);
    const Device* d = p ? model.devices().find(p->device) : nullptr;
    return d ? d->rack : RackId{};
}

CableGeometry cableGeometry(const Model& model, const SceneSizes& sizes) {
    CableGeometry g;
    g.ends.assign(model.cables().capacity(), {RackId{}, RackId{}});
    model.cables().forEach([&](CableId id, const Cable& cable) {
        if (const Link* link = model.links().find(cable.first))
            g.ends[id.value] = {rackOfPort(model, link->a), rackOfPort(model, link->b)};
    });
    g.trays = model.trays();
    g.rackTops.assign(model.racks().capacity(), Point3{0, 0, -1});
    model.racks().forEach([&](RackId id, const Rack& rack) {
        g.rackTops[id.value] = {rack.position.x, rack.position.y, sizes.rackSize(model, rack).height};
    });
    return g;
}

std::vector<Instance> buildSelectedCables(const CableGeometry& g, const RoutingResult& routes,
                                          const std::vector<RackId>& racks, std::size_t limit) {
    std::vector<Instance> out;
    if (racks.empty()) return out;
    const auto selected = [&racks](RackId id) { return std::binary_search(racks.begin(), racks.end(), id); };
    const QVector3D colour = colorVector(ScenePalette::selectedCable());
    const auto liftOver = [](const TraySegment& s) { return isRiser(s) ? 0 : s.depthMm + int(kCableAboveTrayMm); };
    std::size_t drawn = 0;
    for (std::size_t cable = 0; cable < g.ends.size() && drawn < limit; ++cable) {
        const auto& ends = g.ends[cable];
        if (!selected(ends[0]) && !selected(ends[1])) continue;
        const CableRoute* route = routes.find(CableId(std::uint32_t(cable)));
        if (!route || route->status != RouteStatus::Routed || route->route >= routes.routes.size()) continue;
        const auto& segments = routes.routes[route->route].segments;
        if (segments.empty()) continue;
        ++drawn;
        for (const TrayId segmentId : segments) {
            const TraySegment* s = g.trays.find(segmentId);
            if (!s) continue;
            const int lift = liftOver(*s);
            out.push_back(line({s->a.x, s->a.y, s->a.z + lift}, {s->b.x, s->b.y, s->b.z + lift}, colour));
        }
        // Each end: up from the rack top to the tray level, then to the nearer end of the route's
        // first (A side) or last segment.
        const TraySegment* firstLast[2] = {g.trays.find(segments.front()), g.trays.find(segments.back())};
        for (int end = 0; end < 2; ++end) {
            const TraySegment* s = firstLast[end];
            const RackId rack = ends[end];
            if (!s || !rack.valid() || rack.value >= g.rackTops.size() || g.rackTops[rack.value].z < 0) continue;
            const Point3 top = g.rackTops[rack.value];
            const auto distance = [top](Point3 p) { return std::hypot(double(p.x) - top.x, double(p.y) - top.y); };
            const Point3 tray = distance(s->a) <= distance(s->b) ? s->a : s->b;
            const int trayZ = tray.z + liftOver(*s);
            out.push_back(line(top, {top.x, top.y, trayZ}, colour));
            // Along x, then along y to the tray end (generated trays run over the rack centres).
            out.push_back(line({top.x, top.y, trayZ}, {tray.x, top.y, trayZ}, colour));
            out.push_back(line({tray.x, top.y, trayZ}, {tray.x, tray.y, trayZ}, colour));
        }
    }
    return out;
}

}  // namespace rw::render
