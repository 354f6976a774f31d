#pragma once
// Sizing generated cable trays from the cables that will use them (docs/routing.md, "Tray
// sizing"): the cross-section and kg/m that a routing puts on every segment, and the smallest
// catalog tray part that carries it within the design fill and the load rating.
#include <vector>

#include "catalog/Catalog.h"
#include "model/Model.h"
#include "router/TrayDemand.h"

namespace rw {

/// Catalog tray parts a tray kind is built from, smallest usable cross-section first (then lowest
/// load rating, then id): the preferred style's parts (ladder for copper data and power, wire
/// basket for fibre), followed by every other style's as a fallback.
[[nodiscard]] std::vector<const CatalogEntry*> trayPartsFor(const Catalog& catalog, TrayKind kind);

/// The first of `parts` (trayPartsFor order) holding `demand` within `fillPercent` of its
/// cross-section and its load rating; nullptr when none does.
[[nodiscard]] const CatalogEntry* smallestTrayFor(const std::vector<const CatalogEntry*>& parts, TrayDemand demand, int fillPercent);

}  // namespace rw
