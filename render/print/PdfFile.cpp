#include "PdfFile.h"

#include <QPainter>
#include <QPdfWriter>
#include <filesystem>
#include <stdexcept>
#include <system_error>

namespace rw::print {

void writePdf(const std::string& file, const PdfPages& pages) {
    const std::string temporary = file + ".rackweave.tmp";
    {
        QPdfWriter writer(QString::fromStdString(temporary));
        writer.setResolution(pages.dpi);
        writer.setPageSize(pages.pageSize);
        writer.setPageOrientation(pages.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(QString::fromStdString(pages.title));
        writer.setCreator("Rackweave " RACKWEAVE_VERSION);
        if (pages.prepare) pages.prepare(writer);
        QPainter painter;
        if (!painter.begin(&writer)) throw std::runtime_error(file + ": cannot write the PDF");
        for (int i = 0; i < pages.count; ++i) {
            if (i > 0) writer.newPage();
            pages.paint(painter, i);
        }
        if (!painter.end()) throw std::runtime_error(file + ": cannot write the PDF");
    }
    std::error_code error;
    std::filesystem::rename(temporary, file, error);
    if (error) {
        std::filesystem::remove(temporary);
        throw std::runtime_error(file + ": " + error.message());
    }
}

}  // namespace rw::print
