#pragma once
// A PDF written page by page with QPdfWriter: into a temporary file beside the target, renamed
// over it only when every page is done, so a failed print never leaves half a book (as the CLI's
// exports do). Pages are in millimetres; the painter draws at `dpi`.
#include <QPageSize>
#include <functional>
#include <string>

class QPainter;
class QPdfWriter;

namespace rw::print {

struct PdfPages {
    QPageSize pageSize;
    bool landscape = false;
    int dpi = 300;
    std::string title;
    int count = 0;
    /// Paints page `index` (0-based) on `painter`, whose device is the page.
    std::function<void(QPainter&, int index)> paint;
    /// Optional: called once before painting, e.g. to attach files.
    std::function<void(QPdfWriter&)> prepare;
};

void writePdf(const std::string& file, const PdfPages& pages);

}  // namespace rw::print
