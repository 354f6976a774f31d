// Files of schema version 2 (before power ratings and cooling zones: no hall cooling figures, no
// kVA or catalog part on feeds, panels and circuits, no zone on cooling units) still open, with
// the version-3 columns at their defaults. The fixture was written by the version-2 writer
// (commit f9e952d) with `rackweave-cli generate examples/superpod-h100-1su.json --no-route`.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "persistence/ProjectFile.h"
#include "TempDir.h"

namespace rw {
namespace {

const std::filesystem::path kFixture = std::filesystem::path(RACKWEAVE_TEST_DATA) / "format-v2/superpod-h100-1su.rackweave";

/// A single integer from the fixture, read with SQLite directly.
long long scalar(const char* sql) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open_v2(kFixture.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt* s = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &s, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    long long v = -1;
    if (sqlite3_step(s) == SQLITE_ROW) v = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    sqlite3_close(db);
    return v;
}

TEST(SchemaVersion2, FixtureIsVersion2) {
    EXPECT_EQ(projectSchemaVersion(kFixture), 2);
    EXPECT_EQ(scalar("SELECT count(*) FROM pragma_table_info('feeds') WHERE name = 'capacity_kva'"), 0);
}

TEST(SchemaVersion2, OpensWithTheNewColumnsAtTheirDefaults) {
    const Model m = openProject(kFixture);
    EXPECT_EQ(static_cast<long long>(m.feeds().size()), scalar("SELECT count(*) FROM feeds"));
    EXPECT_EQ(static_cast<long long>(m.panels().size()), scalar("SELECT count(*) FROM panels"));
    EXPECT_EQ(static_cast<long long>(m.circuits().size()), scalar("SELECT count(*) FROM circuits"));
    ASSERT_GT(m.circuits().size(), 0U);
    m.halls().forEach([](HallId, const Hall& h) {
        EXPECT_EQ(h.coolingCapacityKw, 0.0);
        EXPECT_EQ(h.waterSupplyC, 32.0);
    });
    m.feeds().forEach([&](FeedId id, const Feed& f) {
        EXPECT_EQ(f.capacityKva, 0.0);
        EXPECT_TRUE(f.catalog.empty());
        EXPECT_EQ(static_cast<long long>(f.capacityKw),
                  scalar(("SELECT CAST(capacity_kw AS INTEGER) FROM feeds WHERE id = " + std::to_string(id.value)).c_str()));
    });
    m.panels().forEach([](PanelId, const PowerPanel& p) { EXPECT_TRUE(p.catalog.empty()); });
    m.circuits().forEach([](CircuitId, const Circuit& c) {
        EXPECT_TRUE(c.catalog.empty());
        EXPECT_EQ(c.breakerAmps, 60);
    });
    m.coolingUnits().forEach([](CoolingId, const CoolingUnit& c) { EXPECT_FALSE(c.row.valid()); });
}

TEST(SchemaVersion2, SavesAsTheCurrentVersionWithNothingLost) {
    test::TempDir dir;
    const Model v2 = openProject(kFixture);
    saveProject(v2, dir / "upgraded.rackweave");
    EXPECT_EQ(projectSchemaVersion(dir / "upgraded.rackweave"), ProjectFileFormat::kSchemaVersion);
    EXPECT_EQ(openProject(dir / "upgraded.rackweave"), v2);
}

}  // namespace
}  // namespace rw
