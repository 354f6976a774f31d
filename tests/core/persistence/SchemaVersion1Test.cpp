// Files of schema version 1 (links, cables and transceivers one SQLite row each, enums as text)
// still open. The fixture was written by the version-1 writer from examples/superpod-h100-1su.json
// (generated and routed; VACUUMed to 4 KiB pages to keep it small).
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "persistence/ProjectFile.h"
#include "router/RoutingResult.h"
#include "TempDir.h"

namespace rw {
namespace {

const std::filesystem::path kFixture = std::filesystem::path(RACKWEAVE_TEST_DATA) / "format-v1/superpod-h100-1su.rackweave";

/// Every row of a query, as text columns joined with '|'.
std::vector<std::string> rows(const std::filesystem::path& file, const char* sql) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt* s = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &s, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    std::vector<std::string> out;
    while (sqlite3_step(s) == SQLITE_ROW) {
        std::string row;
        for (int c = 0; c < sqlite3_column_count(s); ++c) {
            if (c) row += '|';
            const auto* t = sqlite3_column_text(s, c);
            row += t ? reinterpret_cast<const char*>(t) : "NULL";
        }
        out.push_back(row);
    }
    sqlite3_finalize(s);
    sqlite3_close(db);
    return out;
}

std::string text(const Model& m, StringId id) { return std::string(m.strings.view(id)); }

TEST(SchemaVersion1, FixtureIsVersion1) { EXPECT_EQ(projectSchemaVersion(kFixture), 1); }

TEST(SchemaVersion1, OpensWithEveryLinkCableAndTransceiverAsStored) {
    const OpenedProject opened = openProjectWithRoutes(kFixture);
    const Model& m = opened.model;
    const auto links = rows(kFixture, "SELECT id, a, a_sub, b, b_sub, fabric, role, speed_gbps FROM links ORDER BY id");
    ASSERT_EQ(links.size(), 1052U);
    ASSERT_EQ(m.links().size(), links.size());
    for (const std::string& row : links) {
        const auto id = static_cast<std::uint32_t>(std::stoul(row));
        ASSERT_TRUE(m.links().contains(LinkId(id)));
        const Link& l = m.links()[LinkId(id)];
        EXPECT_EQ(row, fmt::format("{}|{}|{}|{}|{}|{}|{}|{}", id, l.a.value, l.aSub, l.b.value, l.bSub, toString(l.fabric),
                                   toString(l.role), l.speedGbps));
    }
    const auto cables = rows(kFixture,
                             "SELECT c.id, first_link, coalesce(second_link, 'NULL'), media, s.text, length_mm "
                             "FROM cables c JOIN strings s ON s.id = c.sku ORDER BY c.id");
    ASSERT_EQ(cables.size(), 892U);
    ASSERT_EQ(m.cables().size(), cables.size());
    for (const std::string& row : cables) {
        const auto id = static_cast<std::uint32_t>(std::stoul(row));
        const Cable& c = m.cables()[CableId(id)];
        EXPECT_EQ(row, fmt::format("{}|{}|{}|{}|{}|{}", id, c.first.value, c.second ? std::to_string(c.second.value) : "NULL",
                                   toString(c.media), text(m, c.sku), c.lengthMm));
    }
    const auto optics = rows(kFixture, "SELECT t.id, port, s.text FROM transceivers t JOIN strings s ON s.id = t.catalog ORDER BY t.id");
    ASSERT_EQ(optics.size(), 920U);
    ASSERT_EQ(m.transceivers().size(), optics.size());
    for (const std::string& row : optics) {
        const auto id = static_cast<std::uint32_t>(std::stoul(row));
        const Transceiver& t = m.transceivers()[TransceiverId(id)];
        EXPECT_EQ(row, fmt::format("{}|{}|{}", id, t.port.value, text(m, t.catalog)));
    }
    EXPECT_EQ(m.devices().size(), 88U);
    EXPECT_EQ(m.racks().size(), 10U);
    ASSERT_TRUE(opened.routes);
    EXPECT_EQ(opened.routes->countWith(RouteStatus::Routed) + opened.routes->countWith(RouteStatus::InRack) +
                  opened.routes->countWith(RouteStatus::Unrouted),
              892U);
}

TEST(SchemaVersion1, SavesAsTheCurrentVersionWithNothingLost) {
    test::TempDir dir;
    const OpenedProject v1 = openProjectWithRoutes(kFixture);
    saveProject(v1.model, &*v1.routes, dir / "upgraded.rackweave");
    EXPECT_EQ(projectSchemaVersion(dir / "upgraded.rackweave"), ProjectFileFormat::kSchemaVersion);
    const OpenedProject v2 = openProjectWithRoutes(dir / "upgraded.rackweave");
    EXPECT_EQ(v2.model, v1.model);
    ASSERT_TRUE(v2.routes);
    EXPECT_EQ(*v2.routes, *v1.routes);
}

}  // namespace
}  // namespace rw
