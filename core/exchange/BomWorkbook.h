#pragma once
// The bill of materials as an Excel workbook for purchasing (docs/exchange.md, `rackweave-cli
// export bom -o bom.xlsx`): the lines of the BOM CSV (core/reports/BillOfMaterials.h) split into
// the sheets a buyer works through -- Summary (per category: lines, quantity, cost where the
// catalog has list prices, and which parts have none), Racks and devices, Cables by SKU and length,
// Optics, Trays and power parts, Spares -- each with a bold frozen header row, an autofilter and
// column widths; quantities, lengths and prices are numbers.
#include <filesystem>

#include "catalog/Catalog.h"
#include "model/Model.h"
#include "router/RoutingResult.h"

namespace rw::xlsx {

struct BomWorkbookOptions {
    /// Spare cables per cable SKU, in percent of the ordered quantity, rounded up and at least one
    /// (0: no spares). Default 1 %: "IB cables fail about 1 % of the time, so order +1 % spares of
    /// each length" (Cisco SFS HPC installation guide OL-15617-01, appendix B).
    double sparesPercent = 1.0;
};

struct BomWorkbookSummary {
    std::size_t lines = 0;     // BOM lines (as in the CSV)
    std::size_t unpriced = 0;  // lines whose part has no list price in the catalog
    double spareCables = 0;    // spare cables over all SKUs
};

/// Spare cables for `quantity` ordered at `percent`: rounded up, at least one; none at 0 %.
[[nodiscard]] double spareCables(double quantity, double percent);

/// Writes the workbook to `file` (beside it, then renamed over it; fixed creation date, so one
/// design gives the same bytes). Throws InputError naming the file when it cannot be written.
BomWorkbookSummary writeBomWorkbook(const std::filesystem::path& file, const Model& model, const Catalog& catalog,
                                    const RoutingResult& routes, const BomWorkbookOptions& options = {});

}  // namespace rw::xlsx
