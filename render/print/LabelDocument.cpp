#include "LabelDocument.h"

#include <QPainter>
#include <QPen>

#include "LabelPainter.h"
#include "PdfFile.h"
#include "PrintUnits.h"

namespace rw::print {

int labelPageCount(std::size_t cables, const install::LabelStock& stock) {
    const std::size_t labels = cables * 2, perPage = static_cast<std::size_t>(stock.labelsPerPage());
    return static_cast<int>((labels + perPage - 1) / perPage);
}

bool paintLabelPage(QPainter& painter, const Model& model, const Catalog& catalog, const std::vector<CableId>& cables,
                    const install::LabelStock& stock, int page) {
    if (page < 0 || page >= labelPageCount(cables.size(), stock)) return false;
    const PrintUnits u(painter);
    const int perPage = stock.labelsPerPage();
    for (int slot = 0; slot < perPage; ++slot) {
        const std::size_t label = static_cast<std::size_t>(page) * perPage + slot;
        if (label >= cables.size() * 2) break;
        const install::CableLabel text = install::cableLabels(model, catalog, cables[label / 2])[label % 2];
        const auto [x, y] = stock.slotOrigin(slot);
        const QRectF rect(u.mm(x), u.mm(y), u.mm(stock.widthMm), u.mm(stock.heightMm));
        if (stock.sheet) {
            // Thin grey cut guides on a sheet; a roll's die-cut labels need none.
            painter.setPen(QPen(QColor(180, 180, 180), 0));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(rect);
        }
        paintCableLabel(painter, rect, text);
    }
    return true;
}

void writeLabelsPdf(const std::string& file, const Model& model, const Catalog& catalog, const std::vector<CableId>& cables,
                    const install::LabelStock& stock) {
    PdfPages pages;
    pages.pageSize = QPageSize(QSizeF(stock.pageWidthMm(), stock.pageHeightMm()), QPageSize::Millimeter,
                               QString::fromStdString(stock.id), QPageSize::ExactMatch);
    pages.dpi = stock.dpi;
    pages.title = "Cable labels (" + stock.id + ")";
    pages.count = labelPageCount(cables.size(), stock);
    pages.paint = [&](QPainter& painter, int page) { paintLabelPage(painter, model, catalog, cables, stock, page); };
    writePdf(file, pages);
}

}  // namespace rw::print
