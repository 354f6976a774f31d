#pragma once
#include "model/Model.h"
#include "persistence/Sqlite.h"

namespace rw {

/// Creates the schema and inserts the whole model, inside the caller's transaction.
void writeModel(sql::Database& db, const Model& model);

}  // namespace rw
