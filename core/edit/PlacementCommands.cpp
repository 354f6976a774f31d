#include "edit/PlacementCommands.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "catalog/Catalog.h"
#include "edit/Cascade.h"
#include "edit/NameAllocator.h"
#include "edit/Transaction.h"

namespace rw::cmd {
namespace {

std::string racksText(std::string_view verb, const std::vector<std::string>& names) {
    if (names.size() == 1) return fmt::format("{} rack {}", verb, names.front());
    return fmt::format("{} {} racks", verb, names.size());
}

void requireHall(const Model& model, HallId hall, std::string_view what) {
    if (!model.halls().contains(hall)) throw EditError(fmt::format("cannot {}: hall {} does not exist", what, hall.value));
}

DeviceRole roleOf(const CatalogEntry& e) noexcept {
    switch (e.kind) {
        case CatalogKind::GpuServer: return DeviceRole::GpuNode;
        case CatalogKind::Switch:
            if (e.switching && e.switching->protocol == "nvlink") return DeviceRole::NvlinkSwitch;
            if (e.switching && !e.switching->roles.empty()) return e.switching->roles.front();
            return DeviceRole::Other;
        case CatalogKind::Appliance: return DeviceRole::Appliance;
        case CatalogKind::PowerShelf: return DeviceRole::PowerShelf;
        case CatalogKind::Pdu: return DeviceRole::Pdu;
        case CatalogKind::Cdu: return DeviceRole::Cdu;
        case CatalogKind::PatchPanel: return DeviceRole::PatchPanel;
        default: return DeviceRole::Other;
    }
}

RackRole rackRoleFor(DeviceRole role) noexcept {
    switch (role) {
        case DeviceRole::GpuNode:
        case DeviceRole::NvlinkSwitch: return RackRole::Compute;
        case DeviceRole::Leaf:
        case DeviceRole::Spine:
        case DeviceRole::Core:
        case DeviceRole::InbandSwitch:
        case DeviceRole::StorageSwitch:
        case DeviceRole::PatchPanel: return RackRole::Network;
        case DeviceRole::MgmtSwitch:
        case DeviceRole::Appliance: return RackRole::Management;
        case DeviceRole::Storage: return RackRole::Storage;
        case DeviceRole::Pdu:
        case DeviceRole::PowerShelf: return RackRole::Power;
        case DeviceRole::Cdu: return RackRole::Cooling;
        case DeviceRole::Other: break;
    }
    return RackRole::Other;
}

std::string labelOf(const CatalogEntry& e) { return e.model.empty() ? e.id : e.model; }

/// A device of catalog entry `entry` with all its catalog ports (at their default split) and, for
/// an in-rack CDU, its cooling unit.
DeviceId addDevice(Transaction& tx, const CatalogEntry& entry, RackId rack, int u, Face face, DeviceRole role,
                   std::string name) {
    const DeviceId id = tx.add(Device{rack, tx.intern(entry.id), name, std::uint8_t(u), face, role});
    if (entry.device)
        for (const PortSpec& p : entry.device->ports)
            tx.add(Port{id, tx.intern(p.name), p.speedGbps, p.kind, p.lanes, p.split, p.splitModes});
    if (entry.cooling) {
        CoolingUnit unit;
        unit.hall = tx.model().racks()[rack].hall;
        unit.catalog = tx.intern(entry.id);
        unit.name = std::move(name);
        unit.kind = entry.cooling->type;
        unit.capacityKw = entry.cooling->capacityKw;
        unit.device = id;
        tx.add(std::move(unit));
    }
    return id;
}

}  // namespace

RackId placeRack(Document& doc, const RackPlacement& p) {
    requireHall(doc.model(), p.hall, "place a rack");
    if (p.catalog.empty()) throw EditError("a rack needs a rack type");
    const std::string name = p.name.empty() ? NameAllocator::forRacks(doc.model()).take("R1") : p.name;
    auto tx = doc.begin(fmt::format("Place rack {}", name));
    const RackId id = tx.add(Rack{p.hall, RowId{}, tx.intern(p.catalog), name, p.position, p.rotation, p.role});
    tx.commit();
    return id;
}

std::vector<RackId> placeRackRow(Document& doc, const RackRowRequest& request) {
    requireHall(doc.model(), request.hall, "place a row");
    if (request.count < 1 || request.count > kMaxRowRacks)
        throw EditError(fmt::format("a row holds 1 to {} racks, not {}", kMaxRowRacks, request.count));
    if (request.pitchMm <= 0) throw EditError(fmt::format("rack pitch must be positive, not {} mm", request.pitchMm));
    if (request.catalog.empty()) throw EditError("a row needs a rack type");

    const bool northward = request.rotation == Rotation::R90 || request.rotation == Rotation::R270;
    auto tx = doc.begin(request.count == 1 ? std::string("Place row of 1 rack")
                                           : fmt::format("Place row of {} racks", request.count));
    const std::string rowName = request.rowName.empty() ? NameAllocator::forRows(doc.model()).take("Row 1") : request.rowName;
    const RowId row = tx.add(Row{request.hall, rowName, request.first, request.rotation});
    const StringId type = tx.intern(request.catalog);
    NameAllocator names = NameAllocator::forRacks(doc.model());
    const std::string firstName = request.firstName.empty() ? std::string("R1") : request.firstName;
    std::vector<RackId> ids;
    ids.reserve(std::size_t(request.count));
    for (int i = 0; i < request.count; ++i) {
        const std::int32_t step = i * request.pitchMm;
        const Point2 at = northward ? Point2{request.first.x, request.first.y + step} : Point2{request.first.x + step, request.first.y};
        ids.push_back(tx.add(Rack{request.hall, row, type, names.take(firstName), at, request.rotation, request.role}));
    }
    tx.commit();
    return ids;
}

HallId hallAt(const Model& model, Point2 point) {
    // Even-odd ray casting towards +x, in 64-bit so hall-sized products cannot overflow.
    const auto inside = [&](const Polygon& outline) {
        bool in = false;
        for (std::size_t i = 0, j = outline.size() - 1; i < outline.size(); j = i++) {
            const Point2 a = outline[i], b = outline[j];
            if ((a.y > point.y) == (b.y > point.y)) continue;
            const std::int64_t dy = std::int64_t(b.y) - a.y;
            const std::int64_t lhs = (std::int64_t(point.x) - a.x) * dy;
            const std::int64_t rhs = (std::int64_t(b.x) - a.x) * (std::int64_t(point.y) - a.y);
            if (dy > 0 ? lhs < rhs : lhs > rhs) in = !in;
        }
        return in;
    };
    HallId found;
    model.halls().forEach([&](HallId id, const Hall& hall) {
        if (!found.valid() && hall.outline.size() >= 3 && inside(hall.outline)) found = id;
    });
    return found;
}

std::optional<int> rackUnits(const Model& model, const Catalog& catalog, RackId rack) {
    const Rack* r = model.racks().find(rack);
    if (!r) return std::nullopt;
    const CatalogEntry* type = catalog.find(model.text(r->catalog));
    if (!type) return std::nullopt;
    const int units = type->rack ? type->rack->uHeight : type->uHeight;
    return units > 0 ? std::optional<int>(units) : std::nullopt;
}

std::optional<int> lowestFreeSpan(const Model& model, const Catalog& catalog, RackId rack, int height) {
    const auto units = rackUnits(model, catalog, rack);
    if (!units || height < 1 || height > *units) return std::nullopt;
    std::vector<bool> used(std::size_t(*units) + 1, false);  // index = U, 1-based
    model.devices().forEach([&](DeviceId, const Device& d) {
        if (d.rack != rack) return;
        const CatalogEntry* e = catalog.find(model.text(d.catalog));
        const int h = e ? e->uHeight : 1;
        for (int u = d.uPosition; u < d.uPosition + h && u <= *units; ++u) used[std::size_t(u)] = true;
    });
    int run = 0;
    for (int u = 1; u <= *units; ++u) {
        run = used[std::size_t(u)] ? 0 : run + 1;
        if (run == height) return u - height + 1;
    }
    return std::nullopt;
}

bool isMountable(const CatalogEntry& e) noexcept {
    switch (e.kind) {
        case CatalogKind::GpuServer:
        case CatalogKind::Switch:
        case CatalogKind::Appliance:
        case CatalogKind::PowerShelf:
        case CatalogKind::Pdu:
        case CatalogKind::PatchPanel: return e.uHeight >= 0;
        case CatalogKind::Cdu: return e.uHeight > 0;  // row CDUs stand on the floor
        default: return false;
    }
}

DeviceId mountDevice(Document& doc, const Catalog& catalog, RackId rackId, std::string_view entryId) {
    const Model& model = doc.model();
    const Rack* rack = model.racks().find(rackId);
    if (!rack) throw EditError(fmt::format("rack {} does not exist", rackId.value));
    const CatalogEntry* entry = catalog.find(entryId);
    if (!entry) throw EditError(fmt::format("unknown catalog entry '{}'", entryId));
    if (!isMountable(*entry))
        throw EditError(fmt::format("{} ({}) is not a device that mounts in a rack", labelOf(*entry), toString(entry->kind)));

    int u = 1;
    Face face = Face::Front;
    if (entry->uHeight == 0) {
        face = Face::Rear;  // 0 U: vertical, in the rear side channel
    } else {
        const auto units = rackUnits(model, catalog, rackId);
        if (!units)
            throw EditError(fmt::format("rack {}: its type '{}' is not in the catalog, so its height is unknown", rack->name,
                                        model.text(rack->catalog)));
        const auto free = lowestFreeSpan(model, catalog, rackId, entry->uHeight);
        if (!free)
            throw EditError(fmt::format("rack {} has no free {} U span for {} ({} U rack)", rack->name, entry->uHeight,
                                        labelOf(*entry), *units));
        u = *free;
    }

    const DeviceRole role = roleOf(*entry);
    bool rackIsEmpty = true;
    model.devices().forEach([&](DeviceId, const Device& d) { rackIsEmpty = rackIsEmpty && d.rack != rackId; });
    auto tx = doc.begin(fmt::format("Mount {} in rack {} at U{}", labelOf(*entry), rack->name, u));
    NameAllocator names = NameAllocator::forDevices(model);
    const DeviceId id = addDevice(tx, *entry, rackId, u, face, role, names.take(fmt::format("{}-U{:02}", rack->name, u)));
    if (rackIsEmpty && rack->role == RackRole::Other && rackRoleFor(role) != RackRole::Other)
        tx.modify<Rack>(rackId, [&](Rack& r) { r.role = rackRoleFor(role); });
    tx.commit();
    return id;
}

RackId placeRackScaleSystem(Document& doc, const Catalog& catalog, const RackPlacement& placement) {
    requireHall(doc.model(), placement.hall, "place a rack-scale system");
    const CatalogEntry* system = catalog.find(placement.catalog);
    if (!system || !system->rackScale)
        throw EditError(fmt::format("'{}' is not a rack-scale system in the catalog", placement.catalog));
    const CatalogEntry* rackType = catalog.find(system->rackScale->rack);
    if (!rackType || !rackType->rack)
        throw EditError(fmt::format("{}: its rack '{}' is not a rack in the catalog", labelOf(*system), system->rackScale->rack));

    const Model& model = doc.model();
    const std::string name = placement.name.empty() ? NameAllocator::forRacks(model).take("R1") : placement.name;
    auto tx = doc.begin(fmt::format("Place {} as rack {}", labelOf(*system), name));
    const RackId rack = tx.add(Rack{placement.hall, RowId{}, tx.intern(rackType->id), name, placement.position,
                                    placement.rotation, RackRole::Compute});
    NameAllocator names = NameAllocator::forDevices(model);
    std::map<DeviceRole, int> numberOfRole;  // one role may be listed twice (power shelves top and bottom)
    for (const RackScaleMember& member : system->rackScale->members) {
        const CatalogEntry* part = catalog.find(member.entry);
        if (!part) throw EditError(fmt::format("{}: member '{}' is not in the catalog", labelOf(*system), member.entry));
        for (int k = 0; k < member.count; ++k) {
            // The vendor's U positions where stated, else the lowest free span.
            std::optional<int> u;
            if (std::size_t(k) < member.uPositions.size()) u = member.uPositions[std::size_t(k)];
            else u = part->uHeight > 0 ? lowestFreeSpan(tx.model(), catalog, rack, part->uHeight) : 1;
            if (!u)
                throw EditError(fmt::format("{}: no room for {} in its {} U rack", labelOf(*system), labelOf(*part), rackType->rack->uHeight));
            const int n = ++numberOfRole[member.role];
            const std::string deviceName = member.role == DeviceRole::GpuNode ? fmt::format("{}-n{:02}", name, n)
                                                                              : fmt::format("{}-{}{}", name, toString(member.role), n);
            addDevice(tx, *part, rack, *u, part->uHeight == 0 ? Face::Rear : Face::Front, member.role, names.take(deviceName));
        }
    }
    tx.commit();
    return rack;
}

PastedIds pasteFragment(Document& doc, const Fragment& fragment, const PasteOptions& options, std::string_view verb) {
    if (fragment.empty()) return {};
    requireHall(doc.model(), options.hall, "paste");
    // insertFragment() gives the racks these same names.
    auto tx = doc.begin(racksText(verb, freshRackNames(doc.model(), fragment)));
    PastedIds pasted = insertFragment(tx, fragment, options);
    // A fragment may come from another process's clipboard. Whatever the reader does not check
    // one rule at a time, the model's own rules do, so a paste never leaves an invalid design
    // (fuzzing kept finding such fragments; issue 16). Refused, the transaction rolls back.
    if (const std::vector<ModelProblem> problems = tx.model().validate(); !problems.empty()) {
        const ModelProblem& p = problems.front();
        throw EditError(fmt::format("cannot paste: the fragment breaks a rule of the design ({} {}: {})", toString(p.kind), p.id, p.message));
    }
    tx.commit();
    return pasted;
}

void cutRacks(Document& doc, const std::vector<RackId>& ids) {
    if (ids.empty()) return;
    std::vector<std::string> names;
    for (RackId id : ids) {
        const Rack* r = doc.model().racks().find(id);
        if (!r) throw EditError(fmt::format("rack {} does not exist", id.value));
        names.push_back(r->name);
    }
    auto tx = doc.begin(racksText("Cut", names));
    removeRacks(tx, ids);
    tx.commit();
}

}  // namespace rw::cmd
