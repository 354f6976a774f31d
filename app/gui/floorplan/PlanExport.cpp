#include "floorplan/PlanExport.h"

#include <QAction>
#include <QImage>
#include <QImageWriter>
#include <QMenu>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include "UserPrompts.h"
#include "file/PageOutput.h"
#include "floorplan/FloorPlanView.h"

namespace rw::gui {
namespace {

constexpr int kPngScale = 2;  // sharper than the screen, still a modest file

PageSetup pageSetup() { return {QPageSize::A3, QPageLayout::Landscape, QObject::tr("Floor plan")}; }

}  // namespace

PlanExport::PlanExport(FloorPlanView& view, UserPrompts& prompts, QObject* parent)
    : QObject(parent), view_(view), prompts_(prompts), print_(new QAction(tr("Print &Floor Plan..."), this)) {
    print_->setObjectName(QStringLiteral("actionPrintPlan"));
    connect(print_, &QAction::triggered, this, [this] {
        previewPage(view_, tr("Print Preview: floor plan"), pageSetup(),
                    [this](QPainter& painter, const QRect& page) { paint(painter, page); });
    });
}

void PlanExport::paint(QPainter& painter, const QRect& page) const {
    // render() keeps the view's proportions inside the page.
    view_.render(&painter, QRectF(page), view_.viewport()->rect(), Qt::KeepAspectRatio);
}

void PlanExport::populate(QMenu& menu) {
    menu.addSeparator();
    // Children of this object (not of the menu), so the window finds them by name.
    const auto add = [&](const QString& text, const QString& name, const QString& filter, const QString& file,
                         bool (PlanExport::*write)(const QString&)) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        menu.addAction(action);
        connect(action, &QAction::triggered, this, [this, filter, file, write] {
            const QString path = prompts_.chooseExportPath(tr("Export floor plan view"), filter, file);
            if (!path.isEmpty()) (this->*write)(path);
        });
    };
    add(tr("Floor Plan View (&PNG)..."), QStringLiteral("actionExportPlanPng"), tr("PNG images (*.png)"),
        QStringLiteral("floor-plan.png"), &PlanExport::exportPngTo);
    add(tr("Floor Plan View (P&DF)..."), QStringLiteral("actionExportPlanPdf"), tr("PDF files (*.pdf)"),
        QStringLiteral("floor-plan.pdf"), &PlanExport::exportPdfTo);
    add(tr("Floor Plan View (&SVG)..."), QStringLiteral("actionExportPlanSvg"), tr("SVG drawings (*.svg)"),
        QStringLiteral("floor-plan.svg"), &PlanExport::exportSvgTo);
}

bool PlanExport::exportPngTo(const QString& path) {
    const QRect source = view_.viewport()->rect();
    QImage image(source.size() * kPngScale, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view_.render(&painter, QRectF(image.rect()), source);
    }
    QImageWriter writer(path, "png");
    if (!writer.write(image)) {
        prompts_.showError(tr("Cannot export the floor plan"), path + QStringLiteral(": ") + writer.errorString());
        return false;
    }
    emit exported(path);
    return true;
}

bool PlanExport::exportPdfTo(const QString& path) {
    QString error;
    if (!writePdfPage(path, pageSetup(), [this](QPainter& painter, const QRect& page) { paint(painter, page); }, error)) {
        prompts_.showError(tr("Cannot export the floor plan"), error);
        return false;
    }
    emit exported(path);
    return true;
}

bool PlanExport::exportSvgTo(const QString& path) {
    // Written whole to a temporary file and renamed, so a failed export leaves no half drawing.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        prompts_.showError(tr("Cannot export the floor plan"), path + QStringLiteral(": ") + file.errorString());
        return false;
    }
    const QRect source = view_.viewport()->rect();
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(source.size());
    svg.setViewBox(QRect(QPoint(0, 0), source.size()));
    svg.setTitle(tr("Floor plan"));
    svg.setDescription(tr("Rackweave floor plan view, as shown"));
    {
        QPainter painter(&svg);
        painter.setRenderHint(QPainter::Antialiasing);
        view_.render(&painter, QRectF(QPointF(0, 0), QSizeF(source.size())), source);
    }
    if (!file.commit()) {
        prompts_.showError(tr("Cannot export the floor plan"), path + QStringLiteral(": ") + file.errorString());
        return false;
    }
    emit exported(path);
    return true;
}

}  // namespace rw::gui
