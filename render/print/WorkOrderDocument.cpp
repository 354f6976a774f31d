#include "WorkOrderDocument.h"

#include <QPainter>
#include <QPdfWriter>

#include "PdfFile.h"

namespace rw::print {

void writeWorkOrdersPdf(const std::string& file, const WorkOrderBook& book, const std::string& csv) {
    PdfPages pages;
    pages.pageSize = QPageSize(QPageSize::A4);
    pages.landscape = true;
    pages.dpi = 300;
    pages.title = "Install work orders";
    pages.count = book.pageCount();
    pages.paint = [&](QPainter& painter, int page) {
        book.paintPage(painter, QRectF(QPointF(0, 0), QSizeF(painter.device()->width(), painter.device()->height())), page);
    };
    if (!csv.empty())
        pages.prepare = [&](QPdfWriter& writer) {
            writer.addFileAttachment("cutsheet.csv", QByteArray::fromStdString(csv), "text/csv");
        };
    writePdf(file, pages);
}

}  // namespace rw::print
