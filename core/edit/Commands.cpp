#include "edit/Commands.h"

#include <fmt/format.h>

#include "edit/Cascade.h"
#include "edit/Properties.h"
#include "edit/PropertyCommands.h"
#include "edit/Transaction.h"

namespace rw::cmd {

namespace {
std::string rackLabel(const Document& doc, RackId id) {
    const Rack* r = doc.model().racks().find(id);
    if (!r) throw EditError(fmt::format("rack {} does not exist", id.value));
    return r->name.empty() ? fmt::format("rack #{}", id.value) : fmt::format("rack {}", r->name);
}
std::string manyRacks(const Document& doc, const std::vector<RackId>& ids, std::string_view verb) {
    if (ids.size() == 1) return fmt::format("{} {}", verb, rackLabel(doc, ids.front()));
    for (RackId id : ids) (void)rackLabel(doc, id);  // refuse missing ids before any change
    return fmt::format("{} {} racks", verb, ids.size());
}
std::string trayLabel(const Document& doc, TrayId id) {
    const TraySegment* t = doc.model().trays().find(id);
    if (!t) throw EditError(fmt::format("tray segment {} does not exist", id.value));
    return fmt::format("{} tray #{}", toString(t->kind), id.value);
}
void requireSegment(const Document& doc, HallId hall, Point3 a, Point3 b, std::string_view what) {
    if (!doc.model().halls().contains(hall))
        throw EditError(fmt::format("cannot {}: hall {} does not exist", what, hall.value));
    if (a == b) throw EditError(fmt::format("cannot {}: both ends are at ({}, {}, {})", what, a.x, a.y, a.z));
}
}  // namespace

RackId addRack(Document& doc, Rack rack) {
    if (!doc.model().halls().contains(rack.hall))
        throw EditError(fmt::format("cannot add rack {}: hall {} does not exist", rack.name, rack.hall.value));
    auto tx = doc.begin(fmt::format("Add rack {}", rack.name));
    const RackId id = tx.add(std::move(rack));
    tx.commit();
    return id;
}

void moveRack(Document& doc, RackId id, Point2 to) {
    auto tx = doc.begin("Move " + rackLabel(doc, id));
    tx.modify<Rack>(id, [&](Rack& r) { r.position = to; });
    tx.commit();
}

void moveRacks(Document& doc, const std::vector<RackId>& ids, Point2 offset) {
    if (ids.empty()) return;
    auto tx = doc.begin(manyRacks(doc, ids, "Move"));
    for (RackId id : ids)
        tx.modify<Rack>(id, [&](Rack& r) {
            r.position.x += offset.x;
            r.position.y += offset.y;
        });
    tx.commit();
}

void rotateRack(Document& doc, RackId id, Rotation rotation) {
    auto tx = doc.begin("Rotate " + rackLabel(doc, id));
    tx.modify<Rack>(id, [&](Rack& r) { r.rotation = rotation; });
    tx.commit();
}

void rotateRacks(Document& doc, const std::vector<RackId>& ids, int quarterTurns) {
    if (ids.empty() || quarterTurns % 4 == 0) return;
    auto tx = doc.begin(manyRacks(doc, ids, "Rotate"));
    for (RackId id : ids)
        tx.modify<Rack>(id, [&](Rack& r) { r.rotation = static_cast<Rotation>(((static_cast<int>(r.rotation) + quarterTurns) % 4 + 4) % 4); });
    tx.commit();
}

void renameRack(Document& doc, RackId id, std::string name) {
    auto tx = doc.begin(fmt::format("Rename {} to {}", rackLabel(doc, id), name));
    tx.modify<Rack>(id, [&](Rack& r) { r.name = std::move(name); });
    tx.commit();
}

void deleteRacks(Document& doc, const std::vector<RackId>& ids) {
    if (ids.empty()) return;
    auto tx = doc.begin(manyRacks(doc, ids, "Delete"));
    removeRacks(tx, ids);
    tx.commit();
}

void setProperty(Document& doc, EntityRef ref, std::string_view key, std::string_view value) {
    auto tx = doc.begin(fmt::format("Set {} of {}", key, describe(doc.model(), ref)));
    rw::setProperty(tx, ref, key, value);
    tx.commit();
}

void setPropertyOfAll(Document& doc, const std::vector<EntityRef>& refs, std::string_view key, std::string_view value) {
    if (refs.empty()) return;
    if (refs.size() == 1) return setProperty(doc, refs.front(), key, value);
    auto tx = doc.begin(fmt::format("Set {} of {} {}s", key, refs.size(), toString(refs.front().kind)));
    for (const EntityRef& ref : refs) rw::setProperty(tx, ref, key, value);
    tx.commit();
}

TrayId addTray(Document& doc, TraySegment tray) {
    requireSegment(doc, tray.hall, tray.a, tray.b, "add a tray segment");
    auto tx = doc.begin(fmt::format("Add {} tray", toString(tray.kind)));
    const TrayId id = tx.add(std::move(tray));
    tx.commit();
    return id;
}

void moveTray(Document& doc, TrayId id, Point3 a, Point3 b) {
    const std::string label = trayLabel(doc, id);
    requireSegment(doc, doc.model().trays()[id].hall, a, b, "move " + label);
    auto tx = doc.begin("Move " + label);
    tx.modify<TraySegment>(id, [&](TraySegment& t) {
        t.a = a;
        t.b = b;
    });
    tx.commit();
}

void deleteTrays(Document& doc, const std::vector<TrayId>& ids) {
    if (ids.empty()) return;
    for (TrayId id : ids) (void)trayLabel(doc, id);  // refuse missing ids before any change
    auto tx = doc.begin(ids.size() == 1 ? "Delete " + trayLabel(doc, ids.front()) : fmt::format("Delete {} tray segments", ids.size()));
    removeTrays(tx, ids);
    tx.commit();
}

}  // namespace rw::cmd
