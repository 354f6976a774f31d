// File > Export > Floor Plan View: the plan as shown, as a PNG at twice the screen's pixels and
// as a one-page PDF; a file that cannot be written is reported with its path.
#include <QAction>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "DerivedViewsSupport.h"
#include "GuiTestSupport.h"
#include "floorplan/FloorPlanView.h"
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

}  // namespace
}  // namespace rw::gui::test
