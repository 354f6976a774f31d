#include "persistence/ProjectReader.h"

#include <fmt/format.h>

#include <algorithm>

#include "install/InstallSpec.h"
#include "persistence/PackedRecords.h"
#include "persistence/PolygonText.h"
#include "persistence/PortRun.h"
#include "util/Errors.h"

namespace rw {

namespace {

using sql::Statement;

// Tables are arrays indexed by id (core/model/Table.h), so an id sizes an allocation. A 350,000-GPU
// design has a few million ports; 2^26 leaves ten times that, and a crafted id of 4 billion
// (which would also wrap id + 1 to 0) is refused instead of exhausting memory.
constexpr std::int64_t kMaxId = std::int64_t{1} << 26;

/// Reads typed columns of the current row, naming table/row/column when a value is bad.
class RowReader {
public:
    RowReader(const Statement& s, std::string_view table) : s_(s), table_(table) {}

    /// The row's id (column 0), refused outside 0..kMaxId-1: a table is an array indexed by id.
    [[nodiscard]] std::uint32_t id() const { return boundedId(s_.integer(0), "id"); }

    template <class T>
    T integer(int col, std::string_view column, std::int64_t lo, std::int64_t hi) const {
        const std::int64_t v = s_.integer(col);
        if (v < lo || v > hi) fail(column, fmt::format("{} is outside {}..{}", v, lo, hi));
        return static_cast<T>(v);
    }
    template <class IdT>
    IdT ref(int col) const {
        if (s_.isNull(col)) return IdT();
        // Outside the ids a table can hold it dangles; checked here, before narrowing could wrap
        // it onto a real id.
        return IdT(boundedId(s_.integer(col), "reference"));
    }
    StringId string(int col) const { return StringId{static_cast<std::uint32_t>(s_.integer(col))}; }
    std::string text(int col) const { return s_.text(col); }
    std::string blob(int col) const { return s_.blob(col); }
    double real(int col) const { return s_.real(col); }

    template <class E>
    E enumeration(int col, std::string_view column) const {
        const std::string t = s_.text(col);
        if (auto e = parseEnum<E>(t)) return *e;
        fail(column, fmt::format("unknown value '{}'", t));
    }
    Rotation rotation(int col) const {
        Rotation r{};
        const std::int64_t degrees = s_.integer(col);
        if (degrees < -360 || degrees > 360 || !rotationFromDegrees(static_cast<int>(degrees), r))
            fail("rotation", fmt::format("{} is not a multiple of 90 from -360 to 360", degrees));
        return r;
    }
    Polygon polygon(int col, std::string_view column) const {
        auto p = polygonFromText(s_.text(col));
        if (!p) fail(column, "not a list of [x, y] integer pairs within 100 km (100,000,000 mm)");
        return *p;
    }

    [[noreturn]] void fail(std::string_view column, const std::string& why) const {
        throw BadRowError(fmt::format("table {}, row {}, column {}: {}", table_, s_.integer(0), column, why));
    }

private:
    /// `v` as an id, refused outside 0..kMaxId-1 naming `column`.
    [[nodiscard]] std::uint32_t boundedId(std::int64_t v, std::string_view column) const {
        if (v < 0 || v >= kMaxId) fail(column, fmt::format("{} is outside 0..{}", v, kMaxId - 1));
        return static_cast<std::uint32_t>(v);
    }

    const Statement& s_;
    std::string_view table_;
};

// Coordinates and heights within the limit of stored outlines (100 km, as clipboard fragments'
// kFragmentCoordinateLimitMm): far beyond any hall, and small enough that sums of a few of them
// (a rack's corner, a tray's end) cannot overflow 32 bits.
constexpr std::int64_t kCoord = kPolygonCoordinateLimitMm;

/// Reserves room for the ids a query says a table holds, within 0..kMaxId (rows are checked as read).
template <class Table>
void reserveIds(sql::Database& db, Table& table, const std::string& query) {
    table.reserve(static_cast<std::size_t>(std::clamp<std::int64_t>(db.queryInt(query), 0, kMaxId)));
}

template <class F>
void eachRow(sql::Database& db, std::string_view table, std::string_view sql, F&& f) {
    Statement s = db.prepare(sql);
    RowReader r(s, table);
    while (s.step()) f(r);
}

/// Reads a `*_runs` table (schema 2): each row holds packed records for ids first, first + 1, ...
template <class IdT, class Table, class Unpack>
void readRuns(sql::Database& db, std::string_view table, std::string_view firstColumn, std::string_view blobColumn,
              Table& into, std::size_t recordBytes, Unpack unpack) {
    reserveIds(db, into, fmt::format("SELECT coalesce(max({0} + length({1}) / {2}), 0) FROM {3}", firstColumn, blobColumn,
                                     recordBytes, table));
    eachRow(db, table, fmt::format("SELECT {}, {} FROM {} ORDER BY 1", firstColumn, blobColumn, table), [&](const RowReader& r) {
        std::string why;
        const auto records = unpack(r.blob(1), &why);
        if (!records) r.fail(blobColumn, why);
        if (r.id() + records->size() > static_cast<std::size_t>(kMaxId))
            r.fail(blobColumn, fmt::format("{} records from id {} pass the largest id {}", records->size(), r.id(), kMaxId - 1));
        for (std::size_t i = 0; i < records->size(); ++i) {
            const IdT id(r.id() + static_cast<std::uint32_t>(i));
            if (into.contains(id)) r.fail(blobColumn, fmt::format("id {} is defined twice", id.value));
            into.put(id, (*records)[i]);
        }
    });
}

void readMeta(sql::Database& db, Model& m) {
    eachRow(db, "meta", "SELECT key, value FROM meta", [&](const RowReader& r) {
        if (r.text(0) == "site_name") m.site.name = r.text(1);
        if (r.text(0) == "install_plan") {  // absent in files from before it (they open unchanged)
            try {
                m.site.install = install::installSettingsFromJson(r.text(1), "install_plan");
            } catch (const InputError& e) {
                throw BadRowError(fmt::format("table meta, key {}", e.what()));
            }
        }
    });
    std::uint32_t expected = 0;
    eachRow(db, "strings", "SELECT id, text FROM strings ORDER BY id", [&](const RowReader& r) {
        if (r.id() != expected) r.fail("id", fmt::format("string ids must be dense; expected {}", expected));
        if (expected == 0) {
            if (!r.text(1).empty()) r.fail("text", "string 0 must be empty");
        } else {
            m.strings.intern(r.text(1));
            if (m.strings.size() != expected + 1) r.fail("text", "duplicate string");
        }
        ++expected;
    });
}

// Columns that version 3 added read as their defaults from older files, so every reader below
// sees the version-3 column order.
struct Queries {
    const char* halls;
    const char* feeds;
    const char* panels;
    const char* circuits;
    const char* cooling;
};

Queries queriesFor(std::int32_t schemaVersion) {
    if (schemaVersion >= 3)
        return {"SELECT * FROM halls", "SELECT * FROM feeds", "SELECT * FROM panels", "SELECT * FROM circuits",
                "SELECT * FROM cooling_units"};
    return {"SELECT *, 0.0, 32.0 FROM halls", "SELECT *, 0.0, 0 FROM feeds", "SELECT *, 0 FROM panels",
            "SELECT *, 0 FROM circuits", "SELECT *, NULL FROM cooling_units"};
}

void readLayout(sql::Database& db, Model& m, const Queries& q) {
    eachRow(db, "halls", q.halls, [&](const RowReader& r) {
        Hall h{r.text(1), r.polygon(2, "outline"), {}, r.real(3), r.integer<std::int32_t>(4, "ceiling_height_mm", 0, kCoord)};
        h.coolingCapacityKw = r.real(5);
        h.waterSupplyC = r.real(6);
        m.halls().put(HallId(r.id()), std::move(h));
    });
    eachRow(db, "obstacles", "SELECT hall, seq, kind, outline FROM obstacles ORDER BY hall, seq", [&](const RowReader& r) {
        const auto hall = r.ref<HallId>(0);
        if (!m.halls().contains(hall)) r.fail("hall", "refers to a missing hall");
        m.halls()[hall].obstacles.push_back({r.enumeration<ObstacleKind>(2, "kind"), r.polygon(3, "outline")});
    });
    eachRow(db, "rows", "SELECT * FROM rows", [&](const RowReader& r) {
        m.rows().put(RowId(r.id()), Row{r.ref<HallId>(1), r.text(2),
                                        {r.integer<std::int32_t>(3, "origin_x", -kCoord, kCoord),
                                         r.integer<std::int32_t>(4, "origin_y", -kCoord, kCoord)},
                                        r.rotation(5)});
    });
    eachRow(db, "racks", "SELECT * FROM racks", [&](const RowReader& r) {
        m.racks().put(RackId(r.id()), Rack{r.ref<HallId>(1), r.ref<RowId>(2), r.string(3), r.text(4),
                                           {r.integer<std::int32_t>(5, "x", -kCoord, kCoord),
                                            r.integer<std::int32_t>(6, "y", -kCoord, kCoord)},
                                           r.rotation(7), r.enumeration<RackRole>(8, "role")});
    });
}

void readEquipment(sql::Database& db, Model& m) {
    reserveIds(db, m.devices(), "SELECT coalesce(max(id), -1) + 1 FROM devices");
    eachRow(db, "devices", "SELECT * FROM devices", [&](const RowReader& r) {
        m.devices().put(DeviceId(r.id()), Device{r.ref<RackId>(1), r.string(2), r.text(3),
                                                 r.integer<std::uint8_t>(4, "u", 1, 255),
                                                 r.enumeration<Face>(5, "face"), r.enumeration<DeviceRole>(6, "role")});
    });
    reserveIds(db, m.ports(), "SELECT coalesce(max(first_port + length(ports) / 10), 0) FROM port_runs");
    eachRow(db, "port_runs", "SELECT first_port, device, ports FROM port_runs ORDER BY first_port", [&](const RowReader& r) {
        std::string why;
        const auto ports = unpackPorts(r.blob(2), r.ref<DeviceId>(1), &why);
        if (!ports) r.fail("ports", why);
        if (r.id() + ports->size() > static_cast<std::size_t>(kMaxId))
            r.fail("ports", fmt::format("{} ports from id {} pass the largest id {}", ports->size(), r.id(), kMaxId - 1));
        for (std::size_t i = 0; i < ports->size(); ++i) {
            const PortId id(r.id() + static_cast<std::uint32_t>(i));
            if (m.ports().contains(id)) r.fail("ports", fmt::format("port {} is defined twice", id.value));
            m.ports().put(id, (*ports)[i]);
        }
    });
}

// Schema 1 stored links, cables and transceivers one row each, enums as text.
void readConnectivityV1(sql::Database& db, Model& m) {
    eachRow(db, "transceivers", "SELECT * FROM transceivers", [&](const RowReader& r) {
        m.transceivers().put(TransceiverId(r.id()), Transceiver{r.ref<PortId>(1), r.string(2)});
    });
    reserveIds(db, m.links(), "SELECT coalesce(max(id), -1) + 1 FROM links");
    eachRow(db, "links", "SELECT * FROM links", [&](const RowReader& r) {
        m.links().put(LinkId(r.id()), Link{r.ref<PortId>(1), r.ref<PortId>(3), r.integer<std::uint8_t>(2, "a_sub", 0, 7),
                                           r.integer<std::uint8_t>(4, "b_sub", 0, 7), r.enumeration<Fabric>(5, "fabric"),
                                           r.enumeration<LinkRole>(6, "role"),
                                           r.integer<std::uint16_t>(7, "speed_gbps", 0, 65535)});
    });
    reserveIds(db, m.cables(), "SELECT coalesce(max(id), -1) + 1 FROM cables");
    eachRow(db, "cables", "SELECT * FROM cables", [&](const RowReader& r) {
        m.cables().put(CableId(r.id()), Cable{r.ref<LinkId>(1), r.ref<LinkId>(2), r.enumeration<Media>(3, "media"),
                                              r.string(4), r.integer<std::uint32_t>(5, "length_mm", 0, 4'000'000'000)});
    });
}

void readConnectivity(sql::Database& db, Model& m) {
    readRuns<TransceiverId>(db, "transceiver_runs", "first_transceiver", "transceivers", m.transceivers(),
                            packed::kTransceiverBytes, packed::unpackTransceivers);
    readRuns<LinkId>(db, "link_runs", "first_link", "links", m.links(), packed::kLinkBytes, packed::unpackLinks);
    readRuns<CableId>(db, "cable_runs", "first_cable", "cables", m.cables(), packed::kCableBytes, packed::unpackCables);
}

void readInfrastructure(sql::Database& db, Model& m, const Queries& q) {
    eachRow(db, "trays", "SELECT * FROM trays", [&](const RowReader& r) {
        auto c = [&](int col, std::string_view name) { return r.integer<std::int32_t>(col, name, -kCoord, kCoord); };
        m.trays().put(TrayId(r.id()),
                      TraySegment{r.ref<HallId>(1), {c(2, "ax"), c(3, "ay"), c(4, "az")}, {c(5, "bx"), c(6, "by"), c(7, "bz")},
                                  r.integer<std::uint16_t>(8, "width_mm", 0, 65535),
                                  r.integer<std::uint16_t>(9, "depth_mm", 0, 65535), r.integer<std::uint8_t>(10, "level", 0, 255),
                                  r.enumeration<TrayKind>(11, "kind"), r.integer<std::uint8_t>(12, "max_fill_percent", 1, 100),
                                  static_cast<float>(r.real(13)), r.string(14)});
    });
    eachRow(db, "feeds", q.feeds, [&](const RowReader& r) {
        m.feeds().put(FeedId(r.id()), Feed{r.text(1), r.enumeration<FeedSide>(2, "side"),
                                           r.integer<std::uint16_t>(3, "voltage", 0, 65535), r.real(4), r.real(5), r.string(6)});
    });
    eachRow(db, "panels", q.panels, [&](const RowReader& r) {
        m.panels().put(PanelId(r.id()), PowerPanel{r.ref<FeedId>(1), r.ref<HallId>(2), r.text(3),
                                                   r.enumeration<PanelKind>(4, "kind"),
                                                   r.integer<std::uint16_t>(5, "rated_amps", 0, 65535), r.string(6)});
    });
    eachRow(db, "circuits", q.circuits, [&](const RowReader& r) {
        m.circuits().put(CircuitId(r.id()), Circuit{r.ref<PanelId>(1), r.ref<DeviceId>(2),
                                                    r.integer<std::uint16_t>(3, "breaker_amps", 0, 65535),
                                                    r.integer<std::uint16_t>(4, "voltage", 0, 65535),
                                                    r.integer<std::uint8_t>(5, "phases", 1, 3), r.string(6)});
    });
    eachRow(db, "cooling_units", q.cooling, [&](const RowReader& r) {
        m.coolingUnits().put(CoolingId(r.id()),
                             CoolingUnit{r.ref<HallId>(1), r.string(2), r.text(3), r.enumeration<CoolingKind>(4, "kind"),
                                         {r.integer<std::int32_t>(5, "x", -kCoord, kCoord),
                                          r.integer<std::int32_t>(6, "y", -kCoord, kCoord)},
                                         r.rotation(7), r.real(8), r.ref<DeviceId>(9), r.ref<RowId>(10)});
    });
}

}  // namespace

Model readModel(sql::Database& db, std::int32_t schemaVersion) {
    Model m;
    readMeta(db, m);
    const Queries queries = queriesFor(schemaVersion);
    readLayout(db, m, queries);
    readEquipment(db, m);
    if (schemaVersion == 1)
        readConnectivityV1(db, m);
    else
        readConnectivity(db, m);
    readInfrastructure(db, m, queries);
    return m;
}

}  // namespace rw
