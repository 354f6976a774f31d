#include "persistence/ProjectFile.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "persistence/ProjectReader.h"
#include "persistence/ProjectWriter.h"
#include "persistence/SaveFolder.h"
#include "persistence/Sqlite.h"
#include "router/RouteStorage.h"

namespace rw {

namespace fs = std::filesystem;
using Reason = ProjectFileError::Reason;

namespace {

std::string_view reasonText(Reason r) {
    switch (r) {
        case Reason::Missing: return "cannot open";
        case Reason::NotSqlite: return "not a Rackweave project";
        case Reason::ForeignApplication: return "not a Rackweave project";
        case Reason::NewerSchema: return "made by a newer Rackweave";
        case Reason::Corrupt: return "damaged file";
        case Reason::DanglingReference: return "damaged file";
        case Reason::Io: return "cannot save";
    }
    return "error";
}

[[noreturn]] void fail(Reason reason, const fs::path& file, const std::string& detail) {
    throw ProjectFileError(reason, file, detail);
}

// SQLite's own header check is lazy (it reports NOTADB only on first read); checking the
// 16-byte magic first gives a precise message for text files, images and empty files.
// `header` is the file's first bytes (100 when it has them), `actualSize` its length.
void requireSqliteHeader(std::string_view header, std::uintmax_t actualSize, const fs::path& file) {
    if (header.size() < 100 || std::memcmp(header.data(), "SQLite format 3\0", 16) != 0)
        fail(Reason::NotSqlite, file, "the file is not an SQLite database");
    // Bytes 16-17: page size (1 means 65536); bytes 28-31: page count. A file shorter than that
    // was cut off (a copy interrupted, a disk that filled).
    const auto u8 = [&](int i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(header[i])); };
    std::uint32_t pageSize = (u8(16) << 8) | u8(17);
    if (pageSize == 1) pageSize = 65536;
    const std::uint32_t pages = (u8(28) << 24) | (u8(29) << 16) | (u8(30) << 8) | u8(31);
    const auto expected = static_cast<std::uintmax_t>(pageSize) * pages;
    if (pages > 0 && actualSize < expected)
        fail(Reason::Corrupt, file, fmt::format("the file is truncated: {} bytes of {}", actualSize, expected));
}

void requireSqliteHeader(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) fail(Reason::Missing, file, std::strerror(errno));
    std::array<char, 100> header{};
    in.read(header.data(), header.size());
    requireSqliteHeader(std::string_view(header.data(), static_cast<std::size_t>(in.gcount())), fs::file_size(file), file);
}

/// Checks the application id and schema version; returns the version.
std::int32_t requireOurs(sql::Database& db, const fs::path& file) {
    const auto appId = static_cast<std::int32_t>(db.queryInt("PRAGMA application_id"));
    if (appId != ProjectFileFormat::kApplicationId)
        fail(Reason::ForeignApplication, file,
             fmt::format("it is an SQLite database of another application (application_id {:#010x}, expected {:#010x})",
                         static_cast<std::uint32_t>(appId), static_cast<std::uint32_t>(ProjectFileFormat::kApplicationId)));
    const auto version = static_cast<std::int32_t>(db.queryInt("PRAGMA user_version"));
    if (version > ProjectFileFormat::kSchemaVersion)
        fail(Reason::NewerSchema, file,
             fmt::format("schema version {} is newer than {} supported by this Rackweave; update Rackweave to open it",
                         version, ProjectFileFormat::kSchemaVersion));
    if (version < 1) fail(Reason::Corrupt, file, fmt::format("schema version {} is not valid", version));
    return version;
}

// A project file holds tables and indexes only. Triggers and views are where a crafted file would
// put SQL to run when it is read (views are disabled on this connection anyway); name what is found.
void requireNoCode(sql::Database& db, const fs::path& file) {
    auto code = db.prepare("SELECT type, name FROM sqlite_schema WHERE type IN ('trigger', 'view') ORDER BY 1, 2");
    if (code.step())
        fail(Reason::Corrupt, file,
             fmt::format("it contains a {} named '{}'; Rackweave project files never do, so it was not read",
                         code.text(0), code.text(1)));
}

// Reading a project scans each page a few times; this many SQLite VM steps per byte of file
// (plus a floor for tiny files) is far more than any real file needs. More means the content
// was made to keep the reader busy, and the read is stopped.
constexpr std::uint64_t kVmStepsPerFileByte = 1000;
constexpr std::uint64_t kVmStepsFloor = 200'000'000;

void requireIntact(sql::Database& db, const fs::path& file) {
    auto check = db.prepare("PRAGMA quick_check");
    if (check.step() && check.text(0) != "ok") fail(Reason::Corrupt, file, "integrity check failed: " + check.text(0));
    auto fk = db.prepare("PRAGMA foreign_key_check");
    if (fk.step())
        fail(Reason::DanglingReference, file,
             fmt::format("dangling reference: {} row {} refers to a missing row of {}", fk.text(0), fk.integer(1), fk.text(2)));
}

void requireValidModel(const Model& model, const fs::path& file) {
    const auto problems = model.validate();
    if (problems.empty()) return;
    const auto& p = problems.front();
    const bool dangling = p.message.find("missing") != std::string::npos;
    fail(dangling ? Reason::DanglingReference : Reason::Corrupt, file,
         fmt::format("{} {}: {}{}", toString(p.kind), p.id, p.message,
                     problems.size() > 1 ? fmt::format(" (and {} more problems)", problems.size() - 1) : ""));
}

// Saved routes are derived data, but code that draws or exports them indexes the model's trays by
// a segment's id: a route through a tray the file does not have is refused here, once.
void requireRoutesOnTrays(const RoutingResult& routes, const Model& model, const fs::path& file) {
    for (std::size_t r = 0; r < routes.routes.size(); ++r)
        for (const TrayId tray : routes.routes[r].segments)
            if (!model.trays().contains(tray))
                fail(Reason::DanglingReference, file, fmt::format("route {} runs through tray {}, which is missing", r, tray.value));
}

void writeTemporary(const Model& model, const RoutingResult* routes, const fs::path& tmp) {
    sql::Database db(tmp, sql::Database::Mode::Create);
    // The temporary file is not live until renamed, so no journal is needed: a crash leaves only
    // a stray temporary, never a damaged project.
    // Foreign keys are declared for open's foreign_key_check but not enforced while writing: the
    // model's own ids are the keys, and per-row parent lookups would double the save time.
    db.exec("PRAGMA page_size = 65536; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF;");
    db.exec(fmt::format("PRAGMA application_id = {}; PRAGMA user_version = {};", ProjectFileFormat::kApplicationId,
                        ProjectFileFormat::kSchemaVersion));
    db.exec("BEGIN");
    writeModel(db, model);
    if (routes) writeRoutes(db, *routes);
    db.exec("COMMIT");
    db.close();
}

}  // namespace

OpenedProject openProjectImpl(const fs::path& file, bool withRoutes);

ProjectFileError::ProjectFileError(Reason reason, const fs::path& file, const std::string& detail)
    : std::runtime_error(fmt::format("{}: {}: {}", file.string(), reasonText(reason), detail)),
      reason_(reason),
      file_(file) {}

Model openProject(const fs::path& file) { return openProjectImpl(file, false).model; }

OpenedProject openProjectWithRoutes(const fs::path& file) { return openProjectImpl(file, true); }

namespace {

// Everything after the connection is made: the checks, then the model, then (when asked) routes.
// `size` is the file's length in bytes, which sets the work the reader may do.
OpenedProject readOpened(sql::Database& db, const fs::path& file, std::uintmax_t size, bool withRoutes) {
    db.guardAgainstUntrustedContent(kVmStepsFloor + kVmStepsPerFileByte * static_cast<std::uint64_t>(size));
    const std::int32_t version = requireOurs(db, file);
    requireNoCode(db, file);
    requireIntact(db, file);
    OpenedProject opened{readModel(db, version), std::nullopt};
    requireValidModel(opened.model, file);
    if (withRoutes) {
        opened.routes = readRoutes(db, opened.model.cables().capacity());
        if (opened.routes) requireRoutesOnTrays(*opened.routes, opened.model, file);
    }
    return opened;
}

// Runs `open` (which makes the connection and reads), turning what SQLite and the reader throw into
// a ProjectFileError naming `file`.
template <class Open>
OpenedProject withProjectErrors(const fs::path& file, Open&& open) {
    try {
        return open();
    } catch (const sql::SqliteError& e) {
        const int primary = e.code() & 0xff;
        if (primary == SQLITE_NOTADB) fail(Reason::NotSqlite, file, e.what());
        if (primary == SQLITE_INTERRUPT)
            fail(Reason::Corrupt, file, "reading it took far more work than a project file of its size needs; it was stopped");
        if (primary == SQLITE_CANTOPEN || primary == SQLITE_PERM || primary == SQLITE_AUTH)
            fail(Reason::Missing, file, e.what());
        fail(Reason::Corrupt, file, e.what());
    } catch (const BadRowError& e) {
        fail(Reason::Corrupt, file, e.what());
    } catch (const RouteStorageError& e) {
        fail(Reason::Corrupt, file, e.what());
    } catch (const std::bad_alloc&) {
        fail(Reason::Corrupt, file, "its tables claim more rows than this computer's memory holds");
    } catch (const std::length_error&) {
        fail(Reason::Corrupt, file, "its tables claim more rows than this computer's memory holds");
    }
}

}  // namespace

OpenedProject openProjectImpl(const fs::path& file, bool withRoutes) {
    std::error_code ec;
    if (!fs::exists(file, ec)) fail(Reason::Missing, file, "no such file");
    if (fs::is_directory(file, ec)) fail(Reason::Missing, file, "it is a folder, not a file");
    requireSqliteHeader(file);
    return withProjectErrors(file, [&] {
        sql::Database db(file, sql::Database::Mode::ReadOnly);
        return readOpened(db, file, fs::file_size(file), withRoutes);
    });
}

OpenedProject openProjectBytes(std::string_view bytes, const fs::path& name) {
    requireSqliteHeader(bytes.substr(0, 100), bytes.size(), name);
    return withProjectErrors(name, [&] {
        sql::Database db = sql::Database::fromBytes(bytes);
        return readOpened(db, name, bytes.size(), true);
    });
}

std::int32_t projectSchemaVersion(const fs::path& file) {
    try {
        sql::Database db(file, sql::Database::Mode::ReadOnly);
        return static_cast<std::int32_t>(db.queryInt("PRAGMA user_version"));
    } catch (const sql::SqliteError& e) {
        fail(Reason::Corrupt, file, e.what());
    }
}

void saveProject(const Model& model, const fs::path& file) { saveProject(model, nullptr, file); }

void saveProject(const Model& model, const RoutingResult* routes, const fs::path& file) {
    fs::path target = file.has_parent_path() ? file : fs::path(".") / file;
    // Through a symbolic link, write the link's target (atomically, beside it) and keep the link.
    std::error_code linkError;
    if (fs::symlink_status(target, linkError).type() == fs::file_type::symlink) {
        target = fs::weakly_canonical(target, linkError);
        if (linkError) fail(Reason::Io, file, "cannot follow the symbolic link: " + linkError.message());
    }
    const fs::path folder = target.parent_path();
    if (!fs::is_directory(folder)) fail(Reason::Io, file, "the folder does not exist");
    if (const std::string why = save::whyFolderUnwritable(folder); !why.empty()) fail(Reason::Io, file, why);
    save::removeStaleTemporaries(target);
    const fs::path tmp = save::temporaryBeside(target);
    bool renamed = false;
    try {
        writeTemporary(model, routes, tmp);
        struct stat st {};
        if (::stat(target.c_str(), &st) == 0) ::chmod(tmp.c_str(), st.st_mode & 07777);  // keep the user's permissions
        save::syncPath(tmp, O_RDONLY);
        fs::rename(tmp, target);
        renamed = true;
        save::syncPath(folder, O_RDONLY | O_DIRECTORY);  // make the rename itself durable
    } catch (const std::exception& e) {
        std::error_code ignored;
        if (!renamed) fs::remove(tmp, ignored);
        std::string detail = save::describeSaveFailure(e, folder);
        if (!renamed && fs::exists(target, ignored)) detail += "; the file on disk is unchanged";
        fail(Reason::Io, file, detail);
    }
}

}  // namespace rw
