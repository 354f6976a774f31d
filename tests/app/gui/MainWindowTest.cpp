// The main window as a user meets it: a project opened, drawn in 3D, counted in the status bar,
// and the window's size remembered for the next run.
#include <chrono>
#include <memory>

#include <QElapsedTimer>
#include <QPainter>
#include <QTest>
#include <gtest/gtest.h>

#include "FileActions.h"
#include "GuiTestSupport.h"
#include "HallView.h"
#include "MainWindow.h"
#include "ModelCountsLabel.h"
#include "PathText.h"
#include "catalog/Catalog.h"
#include "persistence/ProjectFile.h"

namespace rw::gui::test {
namespace {

std::unique_ptr<MainWindow> showWindow() {
    auto window = std::make_unique<MainWindow>(std::make_unique<ScriptedPrompts>());
    window->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    return window;
}

TEST(MainWindowTest, OpenedProjectIsDrawnAndCounted) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("two-rows.rackweave"));
    saveProject(projectWithRacks(24), toPath(path));

    const Catalog catalog = Catalog::loadStandard();
    auto window = showWindow();
    window->useCatalog(catalog);
    ASSERT_TRUE(window->fileActions().openPath(path));
    EXPECT_EQ(window->windowTitle(), QStringLiteral("two-rows.rackweave[*] - Rackweave"));
    EXPECT_EQ(window->counts().text(), QStringLiteral("24 racks · 0 devices · 0 cables"));

    const QImage image = window->hallView().grabImage();
    saveScreenshot(image, QStringLiteral("mainwindow-two-rows"));
    EXPECT_GT(greyStdDev(image), 10.0);
    EXPECT_GT(pixelsOfHue(image, render::rackRoleColor(RackRole::Compute)), 300);

    // The whole window as a user sees it: QWidget::grab() leaves the native 3D window blank, so
    // the 3D capture is painted into its place.
    QImage whole = window->grab().toImage();
    QPainter(&whole).drawImage(window->hallView().mapTo(window.get(), QPoint(0, 0)), image);
    saveScreenshot(whole, QStringLiteral("mainwindow-whole-two-rows"));
}

TEST(MainWindowTest, WindowSizeIsRememberedBetweenRuns) {
    {
        auto first = showWindow();
        first->resize(911, 577);
        QTest::qWait(50);
        ASSERT_TRUE(first->close());
    }
    auto second = showWindow();
    EXPECT_EQ(second->size(), QSize(911, 577));
}

TEST(MainWindowTest, LargeHallDrawsRacksPerFloorCellNotPerRack) {
    constexpr int kRacks = 20'000;
    auto window = showWindow();
    QElapsedTimer clock;
    clock.start();
    window->hallView().setModel(projectWithRacks(kRacks));
    window->hallView().frameAll();
    const QImage image = window->hallView().grabImage();
    const auto firstFrameMs = clock.elapsed();
    saveScreenshot(image, QStringLiteral("mainwindow-20000-racks"));
    RecordProperty("first_frame_ms", int(firstFrameMs));
    std::printf("20,000 racks: scene built and first frame captured in %lld ms\n", static_cast<long long>(firstFrameMs));

    EXPECT_EQ(window->hallView().stats().rackInstances, kRacks);
    // Floor + one rack draw per 32 m floor cell (so cells out of view are culled), never one per rack.
    EXPECT_GT(window->hallView().stats().drawBatches, 2);
    EXPECT_LT(window->hallView().stats().drawBatches, kRacks / 200);
    EXPECT_GT(pixelsOfHue(image, render::rackRoleColor(RackRole::Compute)), 1000);
}

}  // namespace
}  // namespace rw::gui::test
