#pragma once
// Routing results in the project file, beside the model (docs/file-format.md, "Routing").
// Derived data: written only when a result is passed to saveProject, dropped by a plain save
// (so a file never carries routes for a model they were not computed on).
#include <optional>
#include <stdexcept>

#include "persistence/Sqlite.h"
#include "router/RoutingResult.h"

namespace rw {

/// A routing table that does not add up (an index out of range, an unknown name).
class RouteStorageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Creates the routing tables and writes `result` (inside the caller's transaction).
void writeRoutes(sql::Database& db, const RoutingResult& result);
/// Reads the routing tables; nullopt when the file has none. `cableCapacity`: one past the
/// highest cable id of the model read from the same file. Throws RouteStorageError.
[[nodiscard]] std::optional<RoutingResult> readRoutes(sql::Database& db, std::uint32_t cableCapacity);

}  // namespace rw
