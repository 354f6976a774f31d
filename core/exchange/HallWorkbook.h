#pragma once
// The hall as an Excel workbook (docs/exchange.md): sheets BOM, Cables and Racks, each with a
// bold frozen header row, an autofilter and column widths, numbers written as numbers (quantities,
// U positions, lengths in metres, kW, kg) so they sum and sort in Excel. The BOM and Cables sheets
// hold exactly the rows of `export bom` and `export cables` (the same writers make both).
// Written with libxlsxwriter; cells written as strings are never formulas, so no '=' escaping.
#include <filesystem>

#include "catalog/Catalog.h"
#include "model/Model.h"
#include "router/RoutingResult.h"

namespace rw::xlsx {

struct WorkbookSummary {
    std::size_t bomRows = 0;
    std::size_t cableRows = 0;
    std::size_t rackRows = 0;
};

/// Writes the workbook to `file`, beside it first and renamed over it. The document's creation
/// date is fixed (2000-01-01), so one design always gives the same bytes (CLI and app alike).
/// Throws InputError naming the file when it cannot be written.
WorkbookSummary writeHallWorkbook(const std::filesystem::path& file, const Model& model, const Catalog& catalog,
                                  const RoutingResult& routes);

}  // namespace rw::xlsx
