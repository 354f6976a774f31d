#include "edit/Commands.h"

#include <fmt/format.h>

#include "edit/Cascade.h"
#include "edit/Properties.h"
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

}  // namespace rw::cmd
