#include "router/RouteStorage.h"

#include <fmt/format.h>

#include <cstring>

namespace rw {

namespace {

std::string packSegments(const std::vector<TrayId>& segments) {
    std::string bytes(segments.size() * 4, '\0');
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const std::uint32_t v = segments[i].value;
        for (int b = 0; b < 4; ++b) bytes[i * 4 + b] = static_cast<char>((v >> (8 * b)) & 0xff);  // little-endian
    }
    return bytes;
}

std::vector<TrayId> unpackSegments(const std::string& bytes) {
    if (bytes.size() % 4 != 0) throw RouteStorageError("route.segments: length is not a multiple of 4 bytes");
    std::vector<TrayId> out(bytes.size() / 4);
    for (std::size_t i = 0; i < out.size(); ++i) {
        std::uint32_t v = 0;
        for (int b = 0; b < 4; ++b) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i * 4 + b])) << (8 * b);
        out[i] = TrayId(v);
    }
    return out;
}

const char* statusName(RouteStatus s) {
    switch (s) {
        case RouteStatus::Routed: return "routed";
        case RouteStatus::InRack: return "in-rack";
        case RouteStatus::Unrouted: return "unrouted";
    }
    return "unrouted";
}

constexpr std::pair<UnroutedReason, const char*> kReasons[] = {
    {UnroutedReason::None, ""},
    {UnroutedReason::NoMedia, "no-media"},
    {UnroutedReason::NoTrayPath, "no-tray-path"},
    {UnroutedReason::NoCapacity, "no-capacity"},
    {UnroutedReason::OverReach, "over-reach"},
};

}  // namespace

void writeRoutes(sql::Database& db, const RoutingResult& result) {
    db.exec(
        "CREATE TABLE routing_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);"
        "CREATE TABLE route (id INTEGER PRIMARY KEY, tray_length_mm INTEGER NOT NULL, segments BLOB NOT NULL);"
        "CREATE TABLE route_sku (id INTEGER PRIMARY KEY, catalog TEXT NOT NULL);"
        "CREATE TABLE cable_route (cable INTEGER PRIMARY KEY, status TEXT NOT NULL, reason TEXT NOT NULL, media TEXT NOT NULL,"
        " route INTEGER REFERENCES route(id), length_mm INTEGER NOT NULL, ordered_mm INTEGER NOT NULL,"
        " sku INTEGER REFERENCES route_sku(id));");
    {
        auto st = db.prepare("INSERT INTO routing_meta VALUES (?1, ?2)");
        st.bind(1, std::string_view("negotiated")).bind(2, std::int64_t{result.negotiated ? 1 : 0}).run();
        st.bind(1, std::string_view("iterations")).bind(2, std::int64_t{result.iterations}).run();
    }
    {
        auto st = db.prepare("INSERT INTO route VALUES (?1, ?2, ?3)");
        for (std::size_t i = 0; i < result.routes.size(); ++i)
            st.bind(1, static_cast<std::int64_t>(i))
                .bind(2, std::int64_t{result.routes[i].trayLengthMm})
                .bindBlob(3, packSegments(result.routes[i].segments))
                .run();
    }
    {
        auto st = db.prepare("INSERT INTO route_sku VALUES (?1, ?2)");
        for (std::size_t i = 0; i < result.skus.size(); ++i) st.bind(1, static_cast<std::int64_t>(i)).bind(2, result.skus[i]).run();
    }
    auto st = db.prepare("INSERT INTO cable_route VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    for (std::size_t i = 0; i < result.cables.size(); ++i) {
        const CableRoute& c = result.cables[i];
        if (c.status == RouteStatus::Unrouted && c.reason == UnroutedReason::None) continue;  // no such cable
        const char* reason = "";
        for (const auto& [r, name] : kReasons)
            if (r == c.reason) reason = name;
        st.bind(1, static_cast<std::int64_t>(i))
            .bind(2, std::string_view(statusName(c.status)))
            .bind(3, std::string_view(reason))
            .bind(4, toString(c.media))
            .bindRef(5, c.route != kNoRoute, c.route)
            .bind(6, std::int64_t{c.lengthMm})
            .bind(7, std::int64_t{c.orderedMm})
            .bindRef(8, c.sku != kNoRoute, c.sku)
            .run();
    }
}

std::optional<RoutingResult> readRoutes(sql::Database& db, std::uint32_t cableCapacity) {
    if (db.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'cable_route'") == 0) return std::nullopt;
    RoutingResult result;
    {
        auto st = db.prepare("SELECT key, value FROM routing_meta");
        while (st.step()) {
            if (st.text(0) == "negotiated") result.negotiated = st.integer(1) != 0;
            if (st.text(0) == "iterations") result.iterations = static_cast<int>(st.integer(1));
        }
    }
    {
        auto st = db.prepare("SELECT id, tray_length_mm, segments FROM route ORDER BY id");
        while (st.step()) {
            if (st.integer(0) != static_cast<std::int64_t>(result.routes.size()))
                throw RouteStorageError(fmt::format("route {}: ids must run from 0 without gaps", st.integer(0)));
            result.routes.push_back({unpackSegments(st.blob(2)), static_cast<std::uint32_t>(st.integer(1))});
        }
    }
    {
        auto st = db.prepare("SELECT id, catalog FROM route_sku ORDER BY id");
        while (st.step()) {
            if (st.integer(0) != static_cast<std::int64_t>(result.skus.size()))
                throw RouteStorageError(fmt::format("route_sku {}: ids must run from 0 without gaps", st.integer(0)));
            result.skus.push_back(st.text(1));
        }
    }
    result.cables.assign(cableCapacity, CableRoute{});
    auto st = db.prepare("SELECT cable, status, reason, media, route, length_mm, ordered_mm, sku FROM cable_route");
    while (st.step()) {
        const std::int64_t id = st.integer(0);
        if (id < 0 || id >= cableCapacity) throw RouteStorageError(fmt::format("cable_route {}: no such cable", id));
        CableRoute& c = result.cables[static_cast<std::size_t>(id)];
        const std::string status = st.text(1), reason = st.text(2), media = st.text(3);
        if (status == "routed") c.status = RouteStatus::Routed;
        else if (status == "in-rack") c.status = RouteStatus::InRack;
        else if (status == "unrouted") c.status = RouteStatus::Unrouted;
        else throw RouteStorageError(fmt::format("cable_route {}: unknown status '{}'", id, status));
        bool known = false;
        for (const auto& [r, name] : kReasons)
            if (reason == name) c.reason = r, known = true;
        if (!known) throw RouteStorageError(fmt::format("cable_route {}: unknown reason '{}'", id, reason));
        const auto m = parseEnum<Media>(media);
        if (!m) throw RouteStorageError(fmt::format("cable_route {}: unknown media '{}'", id, media));
        c.media = *m;
        if (!st.isNull(4)) {
            c.route = static_cast<std::uint32_t>(st.integer(4));
            if (c.route >= result.routes.size()) throw RouteStorageError(fmt::format("cable_route {}: no route {}", id, c.route));
        }
        c.lengthMm = static_cast<std::uint32_t>(st.integer(5));
        c.orderedMm = static_cast<std::uint32_t>(st.integer(6));
        if (!st.isNull(7)) {
            c.sku = static_cast<std::uint32_t>(st.integer(7));
            if (c.sku >= result.skus.size()) throw RouteStorageError(fmt::format("cable_route {}: no sku {}", id, c.sku));
        }
        if (c.status == RouteStatus::Routed && c.route == kNoRoute)
            throw RouteStorageError(fmt::format("cable_route {}: routed without a route", id));
    }
    return result;
}

}  // namespace rw
