#include "persistence/Sqlite.h"

#include <sqlite3.h>

#include <cstring>

namespace rw::sql {

namespace {
[[noreturn]] void fail(sqlite3* db, int code) {
    throw SqliteError(code, db ? sqlite3_errmsg(db) : sqlite3_errstr(code), db ? sqlite3_system_errno(db) : 0);
}
}  // namespace

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
    const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
    if (rc != SQLITE_OK) fail(db, rc);
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int index, std::int64_t value) {
    if (const int rc = sqlite3_bind_int64(stmt_, index, value); rc != SQLITE_OK) fail(db_, rc);
    return *this;
}
Statement& Statement::bind(int index, double value) {
    if (const int rc = sqlite3_bind_double(stmt_, index, value); rc != SQLITE_OK) fail(db_, rc);
    return *this;
}
Statement& Statement::bind(int index, std::string_view text) {
    const int rc = sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) fail(db_, rc);
    return *this;
}
Statement& Statement::bindBlob(int index, std::string_view bytes) {
    const int rc = sqlite3_bind_blob(stmt_, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) fail(db_, rc);
    return *this;
}
Statement& Statement::bindNull(int index) {
    if (const int rc = sqlite3_bind_null(stmt_, index); rc != SQLITE_OK) fail(db_, rc);
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(db_, rc);
}

void Statement::run() {
    step();
    reset();
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

bool Statement::isNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }
double Statement::real(int column) const { return sqlite3_column_double(stmt_, column); }
std::string Statement::text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))) : std::string();
}

std::string Statement::blob(int column) const {
    const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, column));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))) : std::string();
}

Database::Database(const std::filesystem::path& file, Mode mode) {
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const int rc = sqlite3_open_v2(file.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
        sqlite3_close(db_);
        db_ = nullptr;
        throw SqliteError(rc, message);
    }
    sqlite3_extended_result_codes(db_, 1);
}

Database Database::fromBytes(std::string_view bytes) {
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close(db);
        throw SqliteError(rc, sqlite3_errstr(rc));
    }
    sqlite3_extended_result_codes(db, 1);
    // SQLite owns (and frees on close) the copy; READONLY so nothing read can write to it.
    const auto size = static_cast<sqlite3_int64>(bytes.size());
    auto* copy = static_cast<unsigned char*>(sqlite3_malloc64(bytes.empty() ? 1 : bytes.size()));
    if (!copy) {
        sqlite3_close(db);
        throw SqliteError(SQLITE_NOMEM, sqlite3_errstr(SQLITE_NOMEM));
    }
    if (!bytes.empty()) std::memcpy(copy, bytes.data(), bytes.size());
    rc = sqlite3_deserialize(db, "main", copy, size, size, SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY);
    if (rc != SQLITE_OK) {  // sqlite3_deserialize frees `copy` itself on failure (FREEONCLOSE)
        const std::string message = sqlite3_errmsg(db);
        sqlite3_close(db);
        throw SqliteError(rc, message);
    }
    return Database(db);
}

Database::~Database() { sqlite3_close_v2(db_); }

void Database::close() {
    if (!db_) return;
    const int rc = sqlite3_close(db_);
    if (rc != SQLITE_OK) fail(db_, rc);
    db_ = nullptr;
}

void Database::exec(std::string_view sql) {
    char* error = nullptr;
    const std::string statement(sql);
    const int rc = sqlite3_exec(db_, statement.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const std::string message = error ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        throw SqliteError(rc, message, sqlite3_system_errno(db_));
    }
}

namespace {
constexpr int kStepsPerProgressCall = 10'000;
}

void Database::guardAgainstUntrustedContent(std::uint64_t maxVmSteps) {
    const auto set = [&](int option, int value) {
        int now = 0;
        if (const int rc = sqlite3_db_config(db_, option, value, &now); rc != SQLITE_OK) fail(db_, rc);
    };
    set(SQLITE_DBCONFIG_DEFENSIVE, 1);
    set(SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0);
    set(SQLITE_DBCONFIG_ENABLE_TRIGGER, 0);
    set(SQLITE_DBCONFIG_ENABLE_VIEW, 0);
    exec("PRAGMA cell_size_check = ON; PRAGMA mmap_size = 0;");
    sqlite3_limit(db_, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(db_, SQLITE_LIMIT_EXPR_DEPTH, 100);  // our own queries nest a few levels
    progressCalls_ = 0;
    progressBudget_ = maxVmSteps / kStepsPerProgressCall + 1;
    sqlite3_progress_handler(db_, kStepsPerProgressCall, &Database::onProgress, this);
}

int Database::onProgress(void* self) {
    auto* db = static_cast<Database*>(self);
    return ++db->progressCalls_ > db->progressBudget_ ? 1 : 0;  // non-zero interrupts the statement
}

std::int64_t Database::queryInt(std::string_view sql) {
    Statement s(db_, sql);
    return s.step() ? s.integer(0) : 0;
}

}  // namespace rw::sql
