// Every way a project file can be unusable is refused with the file name and the reason,
// and opening never changes the file.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "persistence/ProjectFile.h"
#include "persistence/Sqlite.h"
#include "support/SampleModel.h"
#include "TempDir.h"

namespace rw {
namespace {

using Reason = ProjectFileError::Reason;

void rawSql(const std::filesystem::path& file, const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(file.c_str(), &db), SQLITE_OK);
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
    const std::string message = err ? err : "";
    sqlite3_free(err);
    sqlite3_close(db);
    ASSERT_EQ(rc, SQLITE_OK) << message;
}

class BadFile : public ::testing::Test {
protected:
    std::filesystem::path validProject(const std::string& name, int racks = 3) {
        const auto file = dir_ / name;
        saveProject(test::sampleModel(racks), file);
        return file;
    }

    /// Opens `file`, expects refusal for `reason` with `text` in the message, and checks the
    /// file's bytes are unchanged.
    void expectRefused(const std::filesystem::path& file, Reason reason, const std::string& text) {
        const std::string before = std::filesystem::is_regular_file(file) ? test::fileBytes(file) : "";
        try {
            (void)openProject(file);
            ADD_FAILURE() << file << " was accepted";
        } catch (const ProjectFileError& e) {
            const std::string what = e.what();
            EXPECT_EQ(e.reason(), reason) << what;
            EXPECT_NE(what.find(file.filename().string()), std::string::npos) << "message must name the file: " << what;
            EXPECT_NE(what.find(text), std::string::npos) << what;
        }
        if (!before.empty()) { EXPECT_EQ(test::fileBytes(file), before) << "open modified the file"; }
    }

    test::TempDir dir_;
};

TEST_F(BadFile, MissingFile) { expectRefused(dir_ / "absent.rackweave", Reason::Missing, "no such file"); }

TEST_F(BadFile, Folder) {
    std::filesystem::create_directory(dir_ / "folder.rackweave");
    expectRefused(dir_ / "folder.rackweave", Reason::Missing, "folder");
}

TEST_F(BadFile, TextFile) {
    test::writeBytes(dir_ / "notes.rackweave", "this is not a database\n");
    expectRefused(dir_ / "notes.rackweave", Reason::NotSqlite, "not an SQLite database");
}

TEST_F(BadFile, EmptyFile) {
    test::writeBytes(dir_ / "empty.rackweave", "");
    expectRefused(dir_ / "empty.rackweave", Reason::NotSqlite, "not an SQLite database");
}

TEST_F(BadFile, SqliteFileOfAnotherApplication) {
    const auto file = dir_ / "other.rackweave";
    rawSql(file, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');");
    expectRefused(file, Reason::ForeignApplication, "another application");
}

TEST_F(BadFile, NewerSchemaVersion) {
    const auto file = validProject("newer.rackweave");
    rawSql(file, "PRAGMA user_version = 99;");
    expectRefused(file, Reason::NewerSchema, "schema version 99");
}

TEST_F(BadFile, TruncatedFile) {
    const auto file = validProject("cut.rackweave", 40);
    const std::string bytes = test::fileBytes(file);
    ASSERT_GT(bytes.size(), 8192U);
    test::writeBytes(file, bytes.substr(0, bytes.size() / 2));
    expectRefused(file, Reason::Corrupt, "truncated");
}

TEST_F(BadFile, CorruptedPages) {
    const auto file = validProject("garbled.rackweave", 40);
    std::string bytes = test::fileBytes(file);
    // Overwrite everything after the first page (the schema) with garbage.
    for (std::size_t i = 4096; i < bytes.size(); ++i) bytes[i] = static_cast<char>((i * 131) ^ 0x5a);
    test::writeBytes(file, bytes);
    expectRefused(file, Reason::Corrupt, "damaged");
}

TEST_F(BadFile, DanglingReference) {
    const auto file = validProject("dangling.rackweave");
    rawSql(file, "PRAGMA foreign_keys = OFF; DELETE FROM racks WHERE id = 1;");
    expectRefused(file, Reason::DanglingReference, "devices row");
}

TEST_F(BadFile, ValueTheModelCannotHold) {
    const auto file = validProject("badvalue.rackweave");
    rawSql(file, "UPDATE racks SET rotation = 45 WHERE id = 2;");
    expectRefused(file, Reason::Corrupt, "table racks, row 2, column rotation");
}

// Links are packed 14 bytes each into link_runs (docs/file-format.md): a u32, a_sub u8, b u32,
// b_sub u8, fabric u8, role u8, speed u16. SQL's substr() (1-based) edits single fields.
TEST_F(BadFile, UnknownEnumCode) {
    const auto file = validProject("enum.rackweave");
    rawSql(file, "UPDATE link_runs SET links = substr(links, 1, 10) || x'fe' || substr(links, 12) WHERE first_link = 0;");
    expectRefused(file, Reason::Corrupt, "table link_runs, row 0, column links: record 0 has fabric code 254");
}

TEST_F(BadFile, UnknownEnumTextInVersion1File) {
    const auto file = dir_ / "v1.rackweave";
    std::filesystem::copy_file(std::filesystem::path(RACKWEAVE_TEST_DATA) / "format-v1/superpod-h100-1su.rackweave", file);
    rawSql(file, "UPDATE links SET fabric = 'carrier-pigeon' WHERE id = 0;");
    expectRefused(file, Reason::Corrupt, "unknown value 'carrier-pigeon'");
}

TEST_F(BadFile, BrokenModelInvariant) {
    const auto file = validProject("invariant.rackweave");
    // A second link on a port that can carry only one: link 0 again as link 100.
    rawSql(file, "INSERT INTO link_runs SELECT 100, substr(links, 1, 14) FROM link_runs WHERE first_link = 0;");
    expectRefused(file, Reason::Corrupt, "already carries a link");
}

TEST_F(BadFile, OverlappingRuns) {
    const auto file = validProject("overlap.rackweave");
    rawSql(file, "INSERT INTO cable_runs SELECT 1, substr(cables, 1, 17) FROM cable_runs WHERE first_cable = 0;");
    expectRefused(file, Reason::Corrupt, "table cable_runs, row 1, column cables: id 1 is defined twice");
}

TEST_F(BadFile, DamagedLinkRun) {
    const auto file = validProject("links.rackweave");
    rawSql(file, "UPDATE link_runs SET links = links || x'0102' WHERE first_link = 0;");
    expectRefused(file, Reason::Corrupt, "not a whole number of 14-byte link records");
}

TEST_F(BadFile, DamagedPortRun) {
    const auto file = validProject("ports.rackweave");
    rawSql(file, "UPDATE port_runs SET ports = ports || x'010203' WHERE first_port = 0;");
    expectRefused(file, Reason::Corrupt, "not a whole number of 10-byte port records");
}

TEST_F(BadFile, LinkToMissingPort) {
    const auto file = validProject("noport.rackweave");
    // b = 999999 = 0x000F423F, little-endian.
    rawSql(file, "UPDATE link_runs SET links = substr(links, 1, 5) || x'3F420F00' || substr(links, 10) WHERE first_link = 0;");
    expectRefused(file, Reason::DanglingReference, "missing port 999999");
}


// Files made to attack the reader (issue 16): ids that would size huge arrays or wrap around,
// SQL hidden in triggers and views, and reads made to run away. Each is refused with a message,
// not a crash, an exhausted memory or a hang.
TEST_F(BadFile, IdsThatWouldSizeHugeArraysAreRefused) {
    for (const char* id : {"4294967295", "3000000000", "-1", "67108864"}) {
        const auto file = validProject(std::string("id") + id + ".rackweave");
        rawSql(file, std::string("INSERT INTO racks SELECT ") + id + ", hall, row, catalog, 'X', x, y, rotation, role FROM racks LIMIT 1;");
        expectRefused(file, Reason::Corrupt, std::string("table racks, row ") + id + ", column id: " + id + " is outside 0..67108863");
    }
}

// Values that 32 bits would wrap onto acceptable ones (found reading the reader after fuzzing):
// each is refused where it is stored, before any narrowing.
TEST_F(BadFile, NumbersThatWouldWrapAreRefused) {
    auto file = validProject("rotation.rackweave");
    rawSql(file, "UPDATE racks SET rotation = 4294967386 WHERE id = 2;");  // 2^32 + 90 would read as 90
    expectRefused(file, Reason::Corrupt, "table racks, row 2, column rotation: 4294967386 is not a multiple of 90");
    file = validProject("far-x.rackweave");
    rawSql(file, "UPDATE racks SET x = 150000000 WHERE id = 2;");  // 150 km: sums of such would overflow
    expectRefused(file, Reason::Corrupt, "table racks, row 2, column x: 150000000 is outside");
    file = validProject("far-outline.rackweave");
    rawSql(file, "UPDATE halls SET outline = '[[0,0],[4294967296,0],[0,1000]]';");  // 2^32 would read as 0
    expectRefused(file, Reason::Corrupt, "column outline: not a list of [x, y] integer pairs within 100 km");
}

TEST_F(BadFile, RunReachingPastTheLargestIdIsRefused) {
    const auto file = validProject("farrun.rackweave");
    rawSql(file, "INSERT INTO link_runs SELECT 67108863, links FROM link_runs WHERE first_link = 0;");
    expectRefused(file, Reason::Corrupt, "pass the largest id 67108863");
}

TEST_F(BadFile, TriggerIsRefusedUnread) {
    const auto file = validProject("trigger.rackweave");
    rawSql(file, "CREATE TRIGGER grow AFTER INSERT ON racks BEGIN INSERT INTO racks SELECT * FROM racks; END;");
    expectRefused(file, Reason::Corrupt, "it contains a trigger named 'grow'");
}

TEST_F(BadFile, ViewInPlaceOfATableIsRefusedUnread) {
    const auto file = validProject("view.rackweave");
    // A table the reader selects from, replaced by an endless recursive query.
    rawSql(file, "PRAGMA foreign_keys = OFF; DROP TABLE rows; CREATE VIEW rows AS WITH RECURSIVE n(i) AS "
                 "(SELECT 0 UNION ALL SELECT i + 1 FROM n) SELECT i AS id, 0 AS hall, 'r' AS name, 0, 0, 0 FROM n;");
    expectRefused(file, Reason::Corrupt, "it contains a view named 'rows'");
}

TEST_F(BadFile, ExtraTablesAreHarmless) {
    const auto file = validProject("extra.rackweave");
    rawSql(file, "CREATE TABLE junk(x); WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n LIMIT 100000) "
                 "INSERT INTO junk SELECT randomblob(100) FROM n;");
    EXPECT_EQ(openProject(file).racks().size(), 3u);
}

TEST_F(BadFile, RouteThroughAMissingTrayIsRefused) {
    const auto file = dir_ / "route.rackweave";
    const Model model = test::sampleModel(3);
    RoutingResult routes;
    routes.routes.push_back({{TrayId(999999)}, 1000});
    saveProject(model, &routes, file);
    try {
        (void)openProjectWithRoutes(file);
        ADD_FAILURE() << "a route through a missing tray was accepted";
    } catch (const ProjectFileError& e) {
        EXPECT_EQ(e.reason(), Reason::DanglingReference);
        EXPECT_NE(std::string(e.what()).find("route 0 runs through tray 999999, which is missing"), std::string::npos) << e.what();
    }
}

TEST(UntrustedDatabase, RunawayQueryIsInterrupted) {
    test::TempDir dir;
    sql::Database db(dir / "q.sqlite", sql::Database::Mode::Create);
    db.guardAgainstUntrustedContent(1'000'000);
    try {
        (void)db.queryInt("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n");
        ADD_FAILURE() << "an endless query ran to completion";
    } catch (const sql::SqliteError& e) {
        EXPECT_EQ(e.code() & 0xff, SQLITE_INTERRUPT) << e.what();
    }
}

TEST(UntrustedDatabase, DefensiveModeRefusesWritingTheSchema) {
    test::TempDir dir;
    sql::Database db(dir / "d.sqlite", sql::Database::Mode::Create);
    db.exec("CREATE TABLE t(x)");
    db.guardAgainstUntrustedContent(1'000'000'000);
    EXPECT_THROW(db.exec("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = 'x'"), sql::SqliteError);
}

}  // namespace
}  // namespace rw
