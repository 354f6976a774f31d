#pragma once
// A thin RAII layer over the SQLite C API: a connection and prepared statements.
// Errors throw SqliteError carrying SQLite's own message and result code.
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace rw::sql {

class SqliteError : public std::runtime_error {
public:
    SqliteError(int code, const std::string& message, int systemErrno = 0)
        : std::runtime_error(message), code_(code), systemErrno_(systemErrno) {}
    [[nodiscard]] int code() const noexcept { return code_; }
    /// The errno of the failed system call behind an I/O error (ENOSPC, EFBIG, ...), or 0.
    [[nodiscard]] int systemErrno() const noexcept { return systemErrno_; }

private:
    int code_;
    int systemErrno_;
};

class Statement final {
public:
    Statement(sqlite3* db, std::string_view sql);
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bindBlob(int index, std::string_view bytes);
    Statement& bindNull(int index);
    /// Binds an optional reference: NULL when `valid` is false.
    Statement& bindRef(int index, bool valid, std::int64_t value) { return valid ? bind(index, value) : bindNull(index); }

    /// Advances to the next row; false when done.
    bool step();
    /// Runs an INSERT/UPDATE with the bound values and resets the statement for reuse.
    void run();
    void reset();

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::int64_t integer(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] std::string text(int column) const;
    [[nodiscard]] std::string blob(int column) const;

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

class Database final {
public:
    enum class Mode { ReadOnly, Create };
    Database(const std::filesystem::path& file, Mode mode);
    /// A read-only database whose pages are a copy of `bytes` (an image of a database file,
    /// sqlite3_deserialize): a project received in memory, and the fuzz target, read it without a
    /// file. Throws SqliteError when SQLite cannot take the image.
    [[nodiscard]] static Database fromBytes(std::string_view bytes);
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    void exec(std::string_view sql);
    /// First column of the first row of a query, as an integer.
    [[nodiscard]] std::int64_t queryInt(std::string_view sql);
    [[nodiscard]] Statement prepare(std::string_view sql) { return Statement(db_, sql); }
    /// Closes now and reports errors (the destructor cannot).
    void close();

    /// Settings for a file that may come from anyone (sqlite.org/security.html): defensive mode,
    /// schema-defined SQL functions untrusted, triggers and views disabled, every b-tree cell's
    /// size checked, no memory mapping, no ATTACH, shallow expressions. A statement that runs more
    /// than `maxVmSteps` virtual-machine steps in all is interrupted (SQLITE_INTERRUPT), so no
    /// content can make a read run away.
    void guardAgainstUntrustedContent(std::uint64_t maxVmSteps);

private:
    explicit Database(sqlite3* adopted) : db_(adopted) {}
    static int onProgress(void* self);

    sqlite3* db_ = nullptr;
    std::uint64_t progressCalls_ = 0;
    std::uint64_t progressBudget_ = 0;
};

}  // namespace rw::sql
