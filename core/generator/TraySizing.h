#pragma once
// Sizing generated cable trays from the cables that will use them (docs/routing.md, "Tray
// sizing"): the cross-section and kg/m that a routing puts on every segment, and the smallest
// catalog tray part that carries it within the design fill and the load rating.
#include <vector>

#include "catalog/Catalog.h"
#include "model/Model.h"
#include "router/RoutingResult.h"

namespace rw {

struct TrayDemand {
    double areaMm2 = 0.0;  // summed cable cross-section
    double kgPerM = 0.0;   // summed cable weight per metre
};

/// Per tray segment (indexed by TrayId::value) the demand of the cables `result` routes over it,
/// each cable counted with its chosen media's strands, cross-section and weight (RuleResolver).
[[nodiscard]] std::vector<TrayDemand> trayDemand(const Model& model, const Catalog& catalog, const RoutingResult& result);

/// Catalog tray parts a tray kind is built from, smallest usable cross-section first (then lowest
/// load rating, then id): the preferred style's parts (ladder for copper data and power, wire
/// basket for fibre), followed by every other style's as a fallback.
[[nodiscard]] std::vector<const CatalogEntry*> trayPartsFor(const Catalog& catalog, TrayKind kind);

/// The first of `parts` (trayPartsFor order) holding `demand` within `fillPercent` of its
/// cross-section and its load rating; nullptr when none does.
[[nodiscard]] const CatalogEntry* smallestTrayFor(const std::vector<const CatalogEntry*>& parts, TrayDemand demand, int fillPercent);

}  // namespace rw
