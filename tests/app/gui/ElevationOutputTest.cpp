// The rack elevation on paper: File > Export > Rack Elevation (PDF) and File > Print Rack
// Elevation... paint the selected rack's front and rear on an A4 page with its name and totals,
// laid out at the page's size (every U numbered, 1U devices labelled), through the same page
// path as the floor plan's PDF and printout; without a rack they are off and refuse.
#include <QAction>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "DerivedViewsSupport.h"
#include "GuiTestSupport.h"
#include "ProjectSession.h"
#include "RackSelection.h"
#include "colour/ColourScale.h"
#include "docks/ElevationOutput.h"
#include "docks/RackElevationPanel.h"
#include "docks/RackElevationView.h"
#include "file/PageOutput.h"
#include "floorplan/PlanExport.h"

#ifdef RACKWEAVE_HAVE_PRINT
#include <QPrinter>
#endif

namespace rw::gui::test {
namespace {

/// Pixels of `colour` (exactly) in the left and right halves of `image`.
std::pair<int, int> pixelsOf(const QImage& image, QColor colour) {
    int left = 0, right = 0;
    const QRgb want = colour.rgb();
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) == want) (x < image.width() / 2 ? left : right)++;
    return {left, right};
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The first rack with a GPU server in it.
RackId computeRack(const Model& model) {
    RackId out;
    model.devices().forEach([&](DeviceId, const Device& d) {
        if (!out && d.role == DeviceRole::GpuNode) out = d.rack;
    });
    return out;
}

TEST(ElevationOutputTest, TheSelectedRackPrintsFrontAndRearOnAnA4Page) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    auto* output = w.findChild<ElevationOutput*>();
    ASSERT_NE(output, nullptr);
    EXPECT_FALSE(output->exportAction()->isEnabled()) << "no rack selected yet";
    EXPECT_FALSE(output->exportPdfTo(QDir::temp().filePath(QStringLiteral("never.pdf"))));

    const RackId rack = computeRack(w.session().model());
    ASSERT_TRUE(rack);
    w.selection().set({rack});
    ASSERT_EQ(w.elevationPanel().view().rack(), rack);
    EXPECT_TRUE(output->exportAction()->isEnabled());
    EXPECT_TRUE(output->printAction()->isEnabled());

    // The page, painted as for the PDF, onto an A4 image at 96 dpi.
    const PageSetup setup = output->pageSetup();
    EXPECT_EQ(setup.size, QPageSize::A4);
    EXPECT_EQ(setup.orientation, QPageLayout::Portrait);
    EXPECT_TRUE(setup.title.contains(QString::fromStdString(w.session().model().racks()[rack].name)));
    QImage page(794, 1123, QImage::Format_RGB32);
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        output->paint(painter, page.rect());
    }
    saveScreenshot(page, QStringLiteral("elevation-page"));
    const auto [front, rear] = pixelsOf(page, ColourScale::ofDeviceRole(DeviceRole::GpuNode));
    EXPECT_GT(front, 20'000) << "the servers fill the front rails";
    EXPECT_GT(front, 10 * rear) << "the rear shows them as outlines only";
    EXPECT_GT(greyStdDev(page), 10.0);

    // Laid out at the page's size, not the dock's: the rails take most of the page's height.
    RackElevationView atPage;
    atPage.showRack(w.session().model(), &shippedParts(), rack);
    atPage.resize(712, 1000);
    EXPECT_GE(atPage.unitRect(1, Face::Front).height(), 14) << "room to number every U and label 1U devices";

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("rack.pdf"));
    ASSERT_TRUE(output->exportPdfTo(pdf));
    const QByteArray bytes = readAll(pdf);
    EXPECT_TRUE(bytes.startsWith("%PDF"));
    EXPECT_GT(bytes.size(), 2'000);
    EXPECT_TRUE(w.statusBar()->currentMessage().contains(pdf)) << "the status bar names the file";

    ScriptedPrompts prompts;  // a second output, to read what it tells the user
    ElevationOutput mine(w.elevationPanel(), w.session(), w.designContext(), w.selection(), prompts, w);
    EXPECT_FALSE(mine.exportPdfTo(dir.filePath(QStringLiteral("no-such-folder/rack.pdf"))));
    ASSERT_FALSE(prompts.errors.isEmpty());
    EXPECT_TRUE(prompts.errors.back().contains(QStringLiteral("no-such-folder/rack.pdf"))) << prompts.errors.back().toStdString();

#ifdef RACKWEAVE_HAVE_PRINT
    // The printer gets the same page (here a printer writing a PDF, as "Print to File" does).
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    ASSERT_TRUE(paintPage(printer, setup, [&](QPainter& painter, const QRect& r) { output->paint(painter, r); }));
    EXPECT_TRUE(readAll(printed).startsWith("%PDF"));
    EXPECT_TRUE(w.findChild<QAction*>(QStringLiteral("actionPrintElevation")));
    EXPECT_TRUE(w.findChild<QAction*>(QStringLiteral("actionPrintPlan")));
#endif
}

TEST(ElevationOutputTest, TheFileMenuOffersPrintingAndTheExportMenuTheElevation) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    QMenu* file = w.menuBar()->actions().front()->menu();
    ASSERT_NE(file, nullptr);
    QStringList texts;
    QMenu* exportMenu = nullptr;
    for (QAction* a : file->actions()) {
        texts << a->text();
        if (a->menu() && a->menu()->objectName() == QLatin1String("menuExport")) exportMenu = a->menu();
    }
    ASSERT_NE(exportMenu, nullptr);
    EXPECT_TRUE(exportMenu->actions().contains(w.findChild<QAction*>(QStringLiteral("actionExportElevationPdf"))));
    if (canPrint()) {
        const qsizetype plan = texts.indexOf(QStringLiteral("Print &Floor Plan...")),
                        rack = texts.indexOf(QStringLiteral("Print &Rack Elevation...")), quit = texts.indexOf(QStringLiteral("&Quit"));
        EXPECT_GE(plan, 0) << texts.join(QStringLiteral(" | ")).toStdString();
        EXPECT_GT(rack, plan);
        EXPECT_GT(quit, rack) << "printing sits above Quit";
    }
}

}  // namespace
}  // namespace rw::gui::test
