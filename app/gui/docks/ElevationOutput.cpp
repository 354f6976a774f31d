#include "docks/ElevationOutput.h"

#include <QAction>
#include <QMenu>
#include <QPainter>

#include "ProjectSession.h"
#include "RackSelection.h"
#include "UserPrompts.h"
#include "catalog/Catalog.h"
#include "docks/DesignContext.h"
#include "docks/RackElevationPanel.h"
#include "docks/RackElevationView.h"

namespace rw::gui {
namespace {

// The page is laid out in the pixels of an A4 width at 96 dpi and scaled to the device, with
// pixel-sized fonts: text keeps its size against the rails on a 300 dpi PDF as on a printer.
constexpr int kLogicalWidth = 760;
constexpr int kHeadingPx = 18;
constexpr int kTextPx = 12;
constexpr int kMarginPx = 24;

QFont pixelFont(QFont font, int px, bool bold = false) {
    font.setPixelSize(px);
    font.setBold(bold);
    return font;
}

}  // namespace

ElevationOutput::ElevationOutput(RackElevationPanel& panel, const ProjectSession& session, const DesignContext& context,
                                 RackSelection& selection, UserPrompts& prompts, QWidget& window, QObject* parent)
    : QObject(parent),
      panel_(panel),
      session_(session),
      context_(context),
      prompts_(prompts),
      window_(window),
      print_(new QAction(tr("Print &Rack Elevation..."), this)),
      export_(new QAction(tr("Rack &Elevation (PDF)..."), this)) {
    print_->setObjectName(QStringLiteral("actionPrintElevation"));
    export_->setObjectName(QStringLiteral("actionExportElevationPdf"));
    connect(print_, &QAction::triggered, this, [this] {
        if (!haveRack()) return;
        previewPage(window_, tr("Print Preview: rack elevation"), pageSetup(),
                    [this](QPainter& painter, const QRect& page) { paint(painter, page); });
    });
    connect(export_, &QAction::triggered, this, [this] {
        if (!haveRack()) return;
        const QString name = QString::fromStdString(session_.model().racks()[panel_.view().rack()].name);
        const QString path = prompts_.chooseExportPath(tr("Export rack elevation"), tr("PDF files (*.pdf)"),
                                                       QStringLiteral("rack-%1.pdf").arg(name));
        if (!path.isEmpty()) exportPdfTo(path);
    });
    // The dock follows the selection first (it was connected first), then this.
    connect(&selection, &RackSelection::changed, this, &ElevationOutput::followSelection);
    followSelection();
}

void ElevationOutput::populate(QMenu& fileMenu, QAction* before, QMenu& exportMenu) {
    exportMenu.addAction(export_);
    if (canPrint()) fileMenu.insertAction(before, print_);
}

void ElevationOutput::followSelection() {
    const bool shown = panel_.view().rack().valid();
    print_->setEnabled(shown);
    export_->setEnabled(shown);
}

bool ElevationOutput::haveRack() const {
    if (panel_.view().rack()) return true;
    prompts_.showError(tr("No rack elevation"), tr("Select a rack first: the elevation shows the selected rack."));
    return false;
}

PageSetup ElevationOutput::pageSetup() const {
    const Rack* rack = session_.model().racks().find(panel_.view().rack());
    return {QPageSize::A4, QPageLayout::Portrait,
            rack ? tr("Rack elevation %1").arg(QString::fromStdString(rack->name)) : tr("Rack elevation")};
}

void ElevationOutput::paint(QPainter& painter, const QRect& page) const {
    const Model& model = session_.model();
    const RackId id = panel_.view().rack();
    const Rack* rack = model.racks().find(id);
    if (!rack || page.width() <= 0) return;
    const double scale = double(page.width()) / kLogicalWidth;
    const int height = int(page.height() / scale);
    const int width = kLogicalWidth - 2 * kMarginPx;

    painter.save();
    painter.translate(page.topLeft());
    painter.scale(scale, scale);
    painter.translate(kMarginPx, kMarginPx);
    // Heading: the rack, its type and hall, then its totals as the dock gives them.
    const CatalogEntry* type = context_.catalog() ? context_.catalog()->find(model.text(rack->catalog)) : nullptr;
    const Hall* hall = model.halls().find(rack->hall);
    const QString typeText = type ? QString::fromStdString(type->model) : QString::fromStdString(std::string(model.text(rack->catalog)));
    painter.setPen(Qt::black);
    painter.setFont(pixelFont(window_.font(), kHeadingPx, true));
    const QRect title(0, 0, width, kHeadingPx + 6);
    painter.drawText(title, Qt::AlignLeft | Qt::AlignVCenter, tr("Rack %1").arg(QString::fromStdString(rack->name)));
    painter.setFont(pixelFont(window_.font(), kTextPx));
    painter.drawText(title, Qt::AlignRight | Qt::AlignVCenter,
                     hall ? tr("%1 · %2").arg(typeText, QString::fromStdString(hall->name)) : typeText);
    QRect totals(0, title.bottom() + 4, width, 3 * (kTextPx + 4));
    totals = painter.boundingRect(totals, Qt::AlignLeft | Qt::TextWordWrap, panel_.totalsText());
    painter.drawText(totals, Qt::AlignLeft | Qt::TextWordWrap, panel_.totalsText());

    // The rails: the dock's view, laid out afresh at the page's size (not the dock's).
    RackElevationView rails;
    rails.setFont(pixelFont(window_.font(), kTextPx));
    rails.showRack(model, context_.catalog(), id);
    const int top = totals.bottom() + 10;
    rails.resize(width, height - 2 * kMarginPx - top);
    rails.render(&painter, QPoint(0, top), QRegion(), QWidget::DrawChildren);
    painter.restore();
}

bool ElevationOutput::exportPdfTo(const QString& path) {
    if (!haveRack()) return false;
    QString error;
    if (!writePdfPage(path, pageSetup(), [this](QPainter& painter, const QRect& page) { paint(painter, page); }, error)) {
        prompts_.showError(tr("Cannot export the rack elevation"), error);
        return false;
    }
    emit exported(path);
    return true;
}

}  // namespace rw::gui
