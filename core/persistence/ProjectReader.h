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

/// Reads every table into a model. Throws BadRowError or sql::SqliteError.
[[nodiscard]] Model readModel(sql::Database& db);

}  // namespace rw
