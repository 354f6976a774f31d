#pragma once
// A design as the exports need it: with routes. The routes saved in the file are used; a design
// saved without them is routed now (not saved), with a note on standard error saying so.
#include <string>

#include "catalog/Catalog.h"
#include "persistence/ProjectFile.h"

namespace rw::cli {

[[nodiscard]] OpenedProject openRoutedDesign(const std::string& file, const Catalog& catalog);

}  // namespace rw::cli
