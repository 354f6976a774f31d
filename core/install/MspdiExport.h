#pragma once
// An install plan as Microsoft Project XML (MSPDI, the Project Data Interchange schema;
// docs/install.md "MS Project XML"): the project calendar from the plan settings, one task per
// work package (its start pinned with "start no earlier than", so Project keeps the levelled
// schedule instead of re-levelling it), finish-start predecessor links, one work resource per
// crew and one assignment per package that has a crew.
#include <iosfwd>
#include <string_view>

#include "install/InstallPlan.h"

namespace rw::install {

void writeMspdi(std::ostream& out, const InstallPlan& plan, std::string_view projectName);

}  // namespace rw::install
