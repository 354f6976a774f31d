#include "WorkOrderDrawings.h"

#include <QPainter>
#include <QPen>
#include <algorithm>
#include <climits>
#include <map>

#include "FloorMapLabels.h"
#include "PrintText.h"
#include "PrintUnits.h"
#include "catalog/Catalog.h"

namespace rw::print {
namespace {

const QColor kMarked(240, 150, 40);   // the order's racks and devices
const QColor kRoute(30, 90, 200);     // the order's tray segments
const QColor kFaint(190, 190, 190);

/// The rack's height in U from its catalog entry (a rack-scale system's own rack); 0 when unknown.
int rackUnits(const Catalog& catalog, std::string_view id) {
    const CatalogEntry* e = catalog.find(id);
    if (e && e->kind == CatalogKind::RackScaleSystem && e->rackScale) e = catalog.find(e->rackScale->rack);
    return e && e->rack ? e->rack->uHeight : 0;
}

constexpr double kRackWidthMm = 600.0, kRackDepthMm = 1200.0;  // the footprint the floor map draws

}  // namespace

OrderPlaces placesOf(const install::InstallPlan& plan, const Model& model, const install::WorkOrder& order) {
    OrderPlaces places;
    std::set<RackId> racks;
    for (const int pk : order.packages) {
        const install::WorkPackage& w = plan.work.packages[static_cast<std::size_t>(pk)];
        racks.insert(w.racks.begin(), w.racks.end());
        places.trays.insert(w.trays.begin(), w.trays.end());
    }
    for (const CableId c : order.cables) {
        const Link& link = model.links()[model.cables()[c].first];
        places.devices.insert(model.ports()[link.a].device);
        places.devices.insert(model.ports()[link.b].device);
    }
    places.racks.assign(racks.begin(), racks.end());
    std::sort(places.racks.begin(), places.racks.end(),
              [&](RackId a, RackId b) { return model.racks()[a].name < model.racks()[b].name; });
    if (!places.racks.empty()) places.hall = model.racks()[places.racks.front()].hall;
    else if (!places.trays.empty()) places.hall = model.trays()[*places.trays.begin()].hall;
    return places;
}

void paintRackElevation(QPainter& p, const PrintUnits& u, const QRectF& box, const Model& model, const Catalog& catalog,
                        RackId rack, const std::set<DeviceId>& marked) {
    const Rack& r = model.racks()[rack];
    text(p, u, QRectF(box.x(), box.y(), box.width(), u.mm(4)), q(r.name), 7, true, Qt::AlignHCenter | Qt::AlignVCenter);
    struct Mounted {
        DeviceId id;
        const Device* device;
        int height;
    };
    std::vector<Mounted> mounted;
    int units = rackUnits(catalog, model.text(r.catalog));
    model.devices().forEach([&](DeviceId id, const Device& d) {
        if (d.rack != rack || d.uPosition == 0) return;
        const CatalogEntry* e = catalog.find(model.text(d.catalog));
        const int height = e ? e->uHeight : 1;  // an unknown part shows as one U
        if (height <= 0) return;                // zero-U parts (vertical PDUs) are not in the elevation
        mounted.push_back({id, &d, height});
        units = std::max(units, d.uPosition + height - 1);
    });
    if (units <= 0) units = 42;
    const QRectF frame(box.x(), box.y() + u.mm(4.5), box.width(), box.height() - u.mm(4.5));
    const double perU = frame.height() / units;
    p.setPen(QPen(Qt::black, u.mm(0.25)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(frame);
    for (const Mounted& m : mounted) {
        const double top = frame.bottom() - perU * (m.device->uPosition + m.height - 1);
        const QRectF slot(frame.x() + u.mm(0.6), top + u.mm(0.1), frame.width() - u.mm(1.2), perU * m.height - u.mm(0.2));
        const bool isMarked = marked.count(m.id) > 0;
        p.setPen(QPen(Qt::black, u.mm(0.15), m.device->face == Face::Front ? Qt::SolidLine : Qt::DashLine));
        p.setBrush(isMarked ? kMarked : QColor(235, 235, 235));
        p.drawRect(slot);
        if (slot.height() >= u.mm(1.8)) {
            p.setPen(Qt::black);
            text(p, u, slot, q(m.device->name), std::min(6.0, slot.height() / u.mm(1.0) * 2.0), isMarked,
                 Qt::AlignHCenter | Qt::AlignVCenter);
        }
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(Qt::black, u.mm(0.2)));
}

void paintFloorMap(QPainter& p, const PrintUnits& u, const QRectF& box, const Model& model, const OrderPlaces& places) {
    const Hall* hall = model.halls().find(places.hall);
    if (!hall) {
        text(p, u, box, "No racks or trays on this order.", 8);
        return;
    }
    // Bounds: the racks and trays in the hall with 2 m around them (the equipment, not the
    // whole room: in a large hall with a small build the racks would shrink to dots), else the outline.
    std::int64_t minX = LLONG_MAX, minY = LLONG_MAX, maxX = LLONG_MIN, maxY = LLONG_MIN;
    const auto grow = [&](std::int64_t x, std::int64_t y) {
        minX = std::min(minX, x), maxX = std::max(maxX, x), minY = std::min(minY, y), maxY = std::max(maxY, y);
    };
    model.racks().forEach([&](RackId, const Rack& r) {
        if (r.hall == places.hall) grow(r.position.x, r.position.y);
    });
    model.trays().forEach([&](TrayId, const TraySegment& t) {
        if (t.hall == places.hall) grow(t.a.x, t.a.y), grow(t.b.x, t.b.y);
    });
    constexpr std::int64_t kAround = 2000;
    if (minX <= maxX) minX -= kAround, minY -= kAround, maxX += kAround, maxY += kAround;
    else
        for (const Point2& pt : hall->outline) grow(pt.x, pt.y);
    if (minX >= maxX || minY >= maxY) return;
    const double scale = std::min(box.width() / double(maxX - minX), box.height() / double(maxY - minY));
    const QPointF origin(box.x() + (box.width() - scale * double(maxX - minX)) / 2, box.y() + (box.height() - scale * double(maxY - minY)) / 2);
    const auto at = [&](double x, double y) { return QPointF(origin.x() + scale * (x - double(minX)), origin.y() + scale * (y - double(minY))); };
    p.save();
    p.setClipRect(box);
    p.setPen(QPen(Qt::black, u.mm(0.3)));
    p.setBrush(Qt::NoBrush);
    QPolygonF outline;
    for (const Point2& pt : hall->outline) outline << at(pt.x, pt.y);
    if (!outline.isEmpty()) p.drawPolygon(outline);

    const std::set<RackId> ours(places.racks.begin(), places.racks.end());
    const auto rackRect = [&](const Rack& r) {
        const bool turned = r.rotation == Rotation::R90 || r.rotation == Rotation::R270;
        const double w = turned ? kRackDepthMm : kRackWidthMm, d = turned ? kRackWidthMm : kRackDepthMm;
        return QRectF(at(r.position.x - w / 2, r.position.y - d / 2), at(r.position.x + w / 2, r.position.y + d / 2));
    };
    p.setPen(QPen(kFaint, 0));
    p.setBrush(QColor(235, 235, 235));
    model.racks().forEach([&](RackId id, const Rack& r) {
        if (r.hall == places.hall && !ours.count(id)) p.drawRect(rackRect(r));
    });
    p.setPen(QPen(kFaint, u.mm(0.15)));
    model.trays().forEach([&](TrayId id, const TraySegment& t) {
        if (t.hall == places.hall && !places.trays.count(id)) p.drawLine(at(t.a.x, t.a.y), at(t.b.x, t.b.y));
    });
    // The order's racks, then its tray runs over them: overhead trays follow the rows.
    p.setPen(QPen(Qt::black, u.mm(0.15)));
    p.setBrush(kMarked);
    for (const RackId id : places.racks) {
        const Rack& r = model.racks()[id];
        if (r.hall == places.hall) p.drawRect(rackRect(r).adjusted(-u.mm(0.3), -u.mm(0.3), u.mm(0.3), u.mm(0.3)));
    }
    p.setPen(QPen(kRoute, u.mm(0.9), Qt::SolidLine, Qt::RoundCap));
    for (const TrayId id : places.trays) {
        const TraySegment& t = model.trays()[id];
        if (t.hall == places.hall) p.drawLine(at(t.a.x, t.a.y), at(t.b.x, t.b.y));
    }
    // Names last, on top: the rows (where a crew finds its way), then the order's racks.
    FloorMapLabels labels(p, u, box.adjusted(u.mm(0.5), u.mm(0.5), -u.mm(0.5), -u.mm(0.5)));
    std::map<RowId, QRectF> rows;
    model.racks().forEach([&](RackId, const Rack& r) {
        if (r.hall != places.hall || !r.row) return;
        QRectF& span = rows[r.row];
        span = span.isNull() ? rackRect(r) : span.united(rackRect(r));
    });
    for (const auto& [row, span] : rows) labels.row(q(model.rows()[row].name), span);
    for (const RackId id : places.racks)
        if (const Rack& r = model.racks()[id]; r.hall == places.hall) labels.rack(q(r.name), rackRect(r));
    p.restore();
    p.setPen(QPen(Qt::black, u.mm(0.2)));
    p.drawRect(box);
}

}  // namespace rw::print
