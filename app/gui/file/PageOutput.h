#pragma once
// One page of a view, to a PDF file or to the printer: the floor plan view and the rack
// elevation each have one paint function, and it is the same whichever way the page goes --
// what the PDF shows is what prints.
#include <functional>

#include <QPageLayout>
#include <QPageSize>
#include <QRect>
#include <QString>

class QPagedPaintDevice;
class QPainter;
class QWidget;

namespace rw::gui {

/// Paints a page's content into `page` (the printable area, in the device's pixels).
using PagePaint = std::function<void(QPainter& painter, const QRect& page)>;

struct PageSetup {
    QPageSize::PageSizeId size = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QString title;  // the PDF's title
};

/// Sets `device` (a QPdfWriter or a QPrinter) to `setup`'s page and paints one page on it;
/// false when the device cannot be painted on (a file that cannot be written).
bool paintPage(QPagedPaintDevice& device, const PageSetup& setup, const PagePaint& paint);

/// Writes a one-page PDF at 300 dpi, atomically; false with `error` ("PATH: reason") when it cannot.
bool writePdfPage(const QString& path, const PageSetup& setup, const PagePaint& paint, QString& error);

/// Opens Qt's print preview of the page, to print from (a no-op in a build without Qt Print
/// Support, where no print action is offered).
void previewPage(QWidget& parent, const QString& caption, const PageSetup& setup, const PagePaint& paint);

/// Whether this build can print (Qt Print Support).
[[nodiscard]] bool canPrint() noexcept;

}  // namespace rw::gui
