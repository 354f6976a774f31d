// `rackweave --bench-frames N FILE`: the real binary opens a small project, draws N frames of an
// orbit and prints its figures; bad arguments are refused with exit code 2.
#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <gtest/gtest.h>

#include "GuiTestSupport.h"
#include "PathText.h"
#include "persistence/ProjectFile.h"

namespace rw::gui::test {
namespace {

// gui_tests is built in <build>/tests/app/gui, the application in <build>/app/gui.
QString applicationBinary() {
    return QFileInfo(QCoreApplication::applicationDirPath() + QStringLiteral("/../../../app/gui/rackweave"))
        .absoluteFilePath();
}

struct AppRun {
    int exitCode = -1;
    QString out;
    QString err;
};

AppRun runApplication(const QStringList& arguments) {
    QProcess process;
    process.start(applicationBinary(), arguments);
    AppRun run;
    if (!process.waitForFinished(240'000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

double figure(const QString& out, const QString& name) {
    const auto match = QRegularExpression(QRegularExpression::escape(name) + QStringLiteral(": ([0-9.]+)")).match(out);
    return match.hasMatch() ? match.captured(1).toDouble() : -1.0;
}

TEST(HallViewBenchTest, BenchFramesPrintsFirstFrameFrameTimesAndMemory) {
    ASSERT_TRUE(QFileInfo::exists(applicationBinary())) << "build the rackweave target: " << applicationBinary().toStdString();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.rackweave"));
    saveProject(projectWithRacks(40), toPath(path));

    const AppRun run = runApplication({QStringLiteral("--bench-frames"), QStringLiteral("5"), path});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(figure(run.out, QStringLiteral("frames")), 5.0) << run.out.toStdString();
    const double first = figure(run.out, QStringLiteral("first frame"));
    const double mean = figure(run.out, QStringLiteral("frame mean"));
    const double p95 = figure(run.out, QStringLiteral("frame p95"));
    EXPECT_GT(first, 0.0);
    EXPECT_GT(mean, 0.0);
    EXPECT_GE(p95, mean * 0.5) << "p95 is one of the frames, not far below the mean";
    EXPECT_LT(first, 120'000.0);
    EXPECT_GT(figure(run.out, QStringLiteral("peak memory")), 10.0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("racks 40"))) << run.out.toStdString();
}

TEST(HallViewBenchTest, BenchFramesWithoutAFileOrCountIsABadUsage) {
    ASSERT_TRUE(QFileInfo::exists(applicationBinary()));
    EXPECT_EQ(runApplication({QStringLiteral("--bench-frames"), QStringLiteral("0"), QStringLiteral("x.rackweave")}).exitCode, 2);
    const AppRun noFile = runApplication({QStringLiteral("--bench-frames"), QStringLiteral("3")});
    EXPECT_EQ(noFile.exitCode, 2);
    EXPECT_TRUE(noFile.err.contains(QStringLiteral("--bench-frames"))) << noFile.err.toStdString();
}

}  // namespace
}  // namespace rw::gui::test
