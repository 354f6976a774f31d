#pragma once
// Entity properties by name, as text: what the inspector shows and edits and what the CLI can
// set. Every change goes through a Transaction, so it is undoable like any other edit.
#include <string>
#include <string_view>
#include <vector>

#include "edit/ChangeSet.h"
#include "edit/Transaction.h"

namespace rw {

struct PropertyValue {
    std::string key;    // stable name, e.g. "x_mm"
    std::string value;  // as text
    bool editable = true;
};

/// The properties of one entity, in display order. Empty if the entity does not exist.
[[nodiscard]] std::vector<PropertyValue> properties(const Model& model, EntityRef ref);

/// Sets one property from text. Throws EditError naming the entity, key and reason for an
/// unknown key, a read-only key or a value that does not parse or is out of range.
void setProperty(Transaction& tx, EntityRef ref, std::string_view key, std::string_view value);

/// The values a property may take when they form a closed list (a role, a rotation, a face, a
/// tray kind), in the order a drop-down shows them; empty for free text.
[[nodiscard]] std::vector<std::string> propertyChoices(EntityKind kind, std::string_view key);

/// "rack R12", "device su1-leaf3", "tray 17": how an entity is named in messages and undo text.
[[nodiscard]] std::string describe(const Model& model, EntityRef ref);

}  // namespace rw
