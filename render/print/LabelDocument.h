#pragma once
// Cable labels as a PDF on a label stock: two labels per cable (A end, then B end), laid out one
// per page on a roll stock or in the stock's columns and rows on a sheet. Pages are painted and
// written one at a time.
#include <string>
#include <vector>

#include "install/CableLabels.h"
#include "install/LabelStock.h"

class QPainter;
class QPagedPaintDevice;

namespace rw::print {

/// Paints page `page` (0-based) of the labels of `cables` on `stock`; the painter's device is one
/// stock page. Returns false when there is no such page.
bool paintLabelPage(QPainter& painter, const Model& model, const Catalog& catalog, const std::vector<CableId>& cables,
                    const install::LabelStock& stock, int page);
[[nodiscard]] int labelPageCount(std::size_t cables, const install::LabelStock& stock);

/// Writes the labels to a PDF file; throws std::runtime_error when it cannot be written.
void writeLabelsPdf(const std::string& file, const Model& model, const Catalog& catalog, const std::vector<CableId>& cables,
                    const install::LabelStock& stock);

}  // namespace rw::print
