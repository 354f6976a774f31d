#pragma once
#include <stdexcept>
#include <string>

#include "model/Model.h"
#include "persistence/Sqlite.h"

namespace rw {

/// A row whose values the model cannot hold; the message names the table, row id and column.
class BadRowError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Reads every table of a file of `schemaVersion` (1 or 2, checked by the caller) into a model.
/// Throws BadRowError or sql::SqliteError.
[[nodiscard]] Model readModel(sql::Database& db, std::int32_t schemaVersion);

}  // namespace rw
