#include "file/PageOutput.h"

#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QWidget>

#ifdef RACKWEAVE_HAVE_PRINT
#include <QPrintPreviewDialog>
#include <QPrinter>
#endif

namespace rw::gui {

bool paintPage(QPagedPaintDevice& device, const PageSetup& setup, const PagePaint& paint) {
    device.setPageSize(QPageSize(setup.size));
    device.setPageOrientation(setup.orientation);
    QPainter painter;
    if (!painter.begin(&device)) return false;
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter, QRect(0, 0, device.width(), device.height()));
    return painter.end();
}

bool writePdfPage(const QString& path, const PageSetup& setup, const PagePaint& paint, QString& error) {
    // Written whole to a temporary file and renamed, as every export is: a failed export leaves
    // no half page and the old file as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(setup.title);
        writer.setCreator(QStringLiteral("Rackweave"));
        if (!paintPage(writer, setup, paint)) {
            error = path + QObject::tr(": the page cannot be painted");
            return false;
        }
    }
    if (file.commit()) return true;
    error = path + QStringLiteral(": ") + file.errorString();
    return false;
}

void previewPage(QWidget& parent, const QString& caption, const PageSetup& setup, const PagePaint& paint) {
#ifdef RACKWEAVE_HAVE_PRINT
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(setup.title);
    printer.setPageSize(QPageSize(setup.size));
    printer.setPageOrientation(setup.orientation);
    QPrintPreviewDialog dialog(&printer, &parent);
    dialog.setWindowTitle(caption);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* p) {
        // The page the user chose in the dialog wins over the setup's.
        QPainter painter(p);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(painter, QRect(0, 0, p->width(), p->height()));
    });
    dialog.resize(parent.size() * 0.9);
    dialog.exec();
#else
    Q_UNUSED(parent);
    Q_UNUSED(caption);
    Q_UNUSED(setup);
    Q_UNUSED(paint);
#endif
}

bool canPrint() noexcept {
#ifdef RACKWEAVE_HAVE_PRINT
    return true;
#else
    return false;
#endif
}

}  // namespace rw::gui
