#include "persistence/ProjectWriter.h"

#include "install/InstallSpec.h"
#include "persistence/PackedRecords.h"
#include "persistence/PolygonText.h"
#include "persistence/PortRun.h"
#include "persistence/Schema.h"

namespace rw {

namespace {

using sql::Statement;
std::string_view str(auto e) { return toString(e); }
std::int64_t n(auto v) { return static_cast<std::int64_t>(v); }

/// Writes a table's entities as rows of (first id, BLOB of packed records with consecutive ids, at
/// most kMaxRunBytes); a gap in the ids (a deleted entity) starts a new run.
template <class Table, class Append>
void writeRuns(sql::Database& db, std::string_view insert, const Table& table, std::size_t recordBytes, Append append) {
    auto run = db.prepare(insert);
    std::string blob;
    const std::size_t maxBytes = packed::kMaxRunBytes / recordBytes * recordBytes;
    blob.reserve(maxBytes);
    std::int64_t first = -1;
    std::int64_t next = -1;
    const auto flush = [&] {
        if (first < 0) return;
        run.bind(1, first).bindBlob(2, blob).run();
        blob.clear();
        first = -1;
    };
    table.forEach([&](auto id, const auto& value) {
        const auto at = n(id.value);
        if (first >= 0 && (at != next || blob.size() >= maxBytes)) flush();
        if (first < 0) first = at;
        append(blob, value);
        next = at + 1;
    });
    flush();
}

void writeMeta(sql::Database& db, const Model& m) {
    auto s = db.prepare("INSERT INTO meta (key, value) VALUES (?, ?)");
    s.bind(1, std::string_view("site_name")).bind(2, std::string_view(m.site.name)).run();
    if (!m.site.install.empty())
        s.bind(1, std::string_view("install_plan")).bind(2, std::string_view(install::installSettingsToJson(m.site.install))).run();
    s.bind(1, std::string_view("written_by")).bind(2, std::string_view("Rackweave " RACKWEAVE_VERSION)).run();
    auto st = db.prepare("INSERT INTO strings (id, text) VALUES (?, ?)");
    for (std::uint32_t i = 0; i < m.strings.size(); ++i) st.bind(1, n(i)).bind(2, m.strings.view(StringId{i})).run();
}

void writeLayout(sql::Database& db, const Model& m) {
    auto hall = db.prepare("INSERT INTO halls VALUES (?, ?, ?, ?, ?, ?, ?)");
    auto obstacle = db.prepare("INSERT INTO obstacles VALUES (?, ?, ?, ?)");
    m.halls().forEach([&](HallId id, const Hall& h) {
        hall.bind(1, n(id.value)).bind(2, std::string_view(h.name)).bind(3, std::string_view(polygonToText(h.outline)))
            .bind(4, h.floorLoadKgPerM2).bind(5, n(h.ceilingHeightMm)).bind(6, h.coolingCapacityKw).bind(7, h.waterSupplyC).run();
        for (std::size_t i = 0; i < h.obstacles.size(); ++i)
            obstacle.bind(1, n(id.value)).bind(2, n(i)).bind(3, str(h.obstacles[i].kind))
                .bind(4, std::string_view(polygonToText(h.obstacles[i].outline))).run();
    });
    auto row = db.prepare("INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?)");
    m.rows().forEach([&](RowId id, const Row& r) {
        row.bind(1, n(id.value)).bind(2, n(r.hall.value)).bind(3, std::string_view(r.name)).bind(4, n(r.origin.x))
            .bind(5, n(r.origin.y)).bind(6, n(degrees(r.rotation))).run();
    });
    auto rack = db.prepare("INSERT INTO racks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m.racks().forEach([&](RackId id, const Rack& r) {
        rack.bind(1, n(id.value)).bind(2, n(r.hall.value)).bindRef(3, r.row.valid(), r.row.value)
            .bind(4, n(r.catalog.value)).bind(5, std::string_view(r.name)).bind(6, n(r.position.x))
            .bind(7, n(r.position.y)).bind(8, n(degrees(r.rotation))).bind(9, str(r.role)).run();
    });
}

void writeEquipment(sql::Database& db, const Model& m) {
    auto device = db.prepare("INSERT INTO devices VALUES (?, ?, ?, ?, ?, ?, ?)");
    m.devices().forEach([&](DeviceId id, const Device& d) {
        device.bind(1, n(id.value)).bind(2, n(d.rack.value)).bind(3, n(d.catalog.value))
            .bind(4, std::string_view(d.name)).bind(5, n(d.uPosition)).bind(6, str(d.face)).bind(7, str(d.role)).run();
    });
    // Runs of consecutive port ids on one device become one row.
    auto run = db.prepare("INSERT INTO port_runs VALUES (?, ?, ?)");
    std::string blob;
    PortId first;
    DeviceId owner;
    std::uint32_t expected = 0;
    const auto flush = [&] {
        if (!first) return;
        run.bind(1, n(first.value)).bind(2, n(owner.value)).bindBlob(3, blob).run();
        blob.clear();
        first = PortId();
    };
    m.ports().forEach([&](PortId id, const Port& p) {
        if (first && (p.device != owner || id.value != expected)) flush();
        if (!first) {
            first = id;
            owner = p.device;
        }
        appendPackedPort(blob, p);
        expected = id.value + 1;
    });
    flush();
    writeRuns(db, "INSERT INTO transceiver_runs VALUES (?, ?)", m.transceivers(), packed::kTransceiverBytes,
              packed::appendTransceiver);
}

void writeConnectivity(sql::Database& db, const Model& m) {
    writeRuns(db, "INSERT INTO link_runs VALUES (?, ?)", m.links(), packed::kLinkBytes, packed::appendLink);
    writeRuns(db, "INSERT INTO cable_runs VALUES (?, ?)", m.cables(), packed::kCableBytes, packed::appendCable);
}

void writeInfrastructure(sql::Database& db, const Model& m) {
    auto tray = db.prepare("INSERT INTO trays VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m.trays().forEach([&](TrayId id, const TraySegment& t) {
        tray.bind(1, n(id.value)).bind(2, n(t.hall.value)).bind(3, n(t.a.x)).bind(4, n(t.a.y)).bind(5, n(t.a.z))
            .bind(6, n(t.b.x)).bind(7, n(t.b.y)).bind(8, n(t.b.z)).bind(9, n(t.widthMm)).bind(10, n(t.depthMm))
            .bind(11, n(t.level)).bind(12, str(t.kind)).bind(13, n(t.maxFillPercent))
            .bind(14, static_cast<double>(t.maxLoadKgPerM)).bind(15, n(t.catalog.value)).run();
    });
    auto feed = db.prepare("INSERT INTO feeds VALUES (?, ?, ?, ?, ?, ?, ?)");
    m.feeds().forEach([&](FeedId id, const Feed& f) {
        feed.bind(1, n(id.value)).bind(2, std::string_view(f.name)).bind(3, str(f.side)).bind(4, n(f.voltage))
            .bind(5, f.capacityKw).bind(6, f.capacityKva).bind(7, n(f.catalog.value)).run();
    });
    auto panel = db.prepare("INSERT INTO panels VALUES (?, ?, ?, ?, ?, ?, ?)");
    m.panels().forEach([&](PanelId id, const PowerPanel& p) {
        panel.bind(1, n(id.value)).bind(2, n(p.feed.value)).bindRef(3, p.hall.valid(), p.hall.value)
            .bind(4, std::string_view(p.name)).bind(5, str(p.kind)).bind(6, n(p.ratedAmps)).bind(7, n(p.catalog.value)).run();
    });
    auto circuit = db.prepare("INSERT INTO circuits VALUES (?, ?, ?, ?, ?, ?, ?)");
    m.circuits().forEach([&](CircuitId id, const Circuit& c) {
        circuit.bind(1, n(id.value)).bind(2, n(c.panel.value)).bind(3, n(c.pdu.value)).bind(4, n(c.breakerAmps))
            .bind(5, n(c.voltage)).bind(6, n(c.phases)).bind(7, n(c.catalog.value)).run();
    });
    auto cooling = db.prepare("INSERT INTO cooling_units VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m.coolingUnits().forEach([&](CoolingId id, const CoolingUnit& c) {
        cooling.bind(1, n(id.value)).bind(2, n(c.hall.value)).bind(3, n(c.catalog.value))
            .bind(4, std::string_view(c.name)).bind(5, str(c.kind)).bind(6, n(c.position.x)).bind(7, n(c.position.y))
            .bind(8, n(degrees(c.rotation))).bind(9, c.capacityKw).bindRef(10, c.device.valid(), c.device.value)
            .bindRef(11, c.row.valid(), c.row.value).run();
    });
}

}  // namespace

void writeModel(sql::Database& db, const Model& model) {
    db.exec(schema::kCreateV3);
    writeMeta(db, model);
    writeLayout(db, model);
    writeEquipment(db, model);
    writeConnectivity(db, model);
    writeInfrastructure(db, model);
}

}  // namespace rw
