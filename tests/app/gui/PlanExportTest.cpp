// File > Export > Floor Plan View: the plan as shown, as a PNG at twice the screen's pixels and
// as a one-page PDF, as an SVG drawing; a file that cannot be written is reported with its path.
#include <QAction>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "DerivedViewsSupport.h"
#include "GuiTestSupport.h"
#include "floorplan/FloorPlanView.h"
#include "ProjectSession.h"
#include "floorplan/PlanExport.h"

namespace rw::gui::test {
namespace {

TEST(PlanExportTest, ThePlanBecomesAPngAndAPdf) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    ASSERT_NE(w.findChild<QAction*>(QStringLiteral("actionExportPlanPng")), nullptr);
    ASSERT_NE(w.findChild<QAction*>(QStringLiteral("actionExportPlanPdf")), nullptr);
    auto* exporter = w.findChild<PlanExport*>();
    ASSERT_NE(exporter, nullptr);
    QTemporaryDir dir;

    const QString png = dir.filePath(QStringLiteral("plan.png"));
    ASSERT_TRUE(exporter->exportPngTo(png));
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), w.floorPlanView().viewport()->size() * 2);
    EXPECT_GT(greyStdDev(image), 10.0) << "racks and floor, not a blank page";
    saveScreenshot(image, QStringLiteral("plan-export"));

    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    ASSERT_TRUE(exporter->exportPdfTo(pdf));
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF"));
    EXPECT_GT(bytes.size(), 2'000);

    EXPECT_FALSE(exporter->exportPngTo(dir.filePath(QStringLiteral("no-such-folder/plan.png"))));
}

TEST(PlanExportTest, ThePlanBecomesAnSvgDrawingWithItsRackNamesAsText) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    ASSERT_NE(w.findChild<QAction*>(QStringLiteral("actionExportPlanSvg")), nullptr);
    auto* exporter = w.findChild<PlanExport*>();
    ASSERT_NE(exporter, nullptr);
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("plan.svg"));
    ASSERT_TRUE(exporter->exportSvgTo(svg));

    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("<svg"))) << text.left(200).toStdString();
    // Vector text, not a picture of it: a rack's name is in the drawing as characters.
    const Model& model = w.session().model();
    int named = 0;
    model.racks().forEach([&](RackId, const Rack& r) { named += text.contains(QString::fromStdString(r.name)) ? 1 : 0; });
    EXPECT_GT(named, 0) << "no rack name is written as text";

    QSvgRenderer renderer(svg);
    ASSERT_TRUE(renderer.isValid());
    QImage image(w.floorPlanView().viewport()->size(), QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        renderer.render(&painter);
    }
    EXPECT_GT(greyStdDev(image), 10.0) << "the drawing renders to racks and floor, not a blank page";
    saveScreenshot(image, QStringLiteral("plan-export-svg"));

    EXPECT_FALSE(exporter->exportSvgTo(dir.filePath(QStringLiteral("no-such-folder/plan.svg"))));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("no-such-folder/plan.svg"))));
}

}  // namespace
}  // namespace rw::gui::test
