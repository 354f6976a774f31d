#pragma once
// Property edits of several entities at once (the inspector's multi-selection).
#include <string_view>
#include <vector>

#include "edit/ChangeSet.h"
#include "edit/Document.h"

namespace rw::cmd {

/// The same property set on every entity of `refs` in one undo step ("Set role of 12 racks"); a
/// value refused for any of them changes none (the error names the one refused).
void setPropertyOfAll(Document& doc, const std::vector<EntityRef>& refs, std::string_view key, std::string_view value);

}  // namespace rw::cmd
