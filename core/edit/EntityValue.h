#pragma once
// Type-erased entity value, so one undo record can hold any kind of entity.
#include <optional>
#include <variant>

#include "model/Model.h"

namespace rw {

using EntityValue = std::variant<Hall, Row, Rack, Device, Port, Link, Cable, Transceiver, TraySegment, Feed,
                                 PowerPanel, Circuit, CoolingUnit>;

/// Writes `value` into the model at (kind, id), or erases the entity when `value` is empty.
void applyEntity(Model& model, EntityKind kind, std::uint32_t id, const std::optional<EntityValue>& value);

/// Copies the entity at (kind, id), or nothing when it does not exist.
[[nodiscard]] std::optional<EntityValue> readEntity(const Model& model, EntityKind kind, std::uint32_t id);

}  // namespace rw
