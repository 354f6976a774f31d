// rackweave: the desktop application. `rackweave [FILE]` opens FILE at start;
// `rackweave --bench-frames N FILE` measures the 3D view on FILE and exits.
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <exception>
#include <numeric>
#include <vector>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMessageBox>

#include "FileActions.h"
#include "HallView.h"
#include "MainWindow.h"
#include "ViewModeActions.h"
#include "WindowLayoutStore.h"
#include "catalog/Catalog.h"
#include "plugins/AppPlugins.h"

namespace {

void describeApplication() {
    QCoreApplication::setOrganizationName(QStringLiteral("Rackweave"));
    QCoreApplication::setApplicationName(QStringLiteral("Rackweave"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RACKWEAVE_VERSION));
}

// Prints help or version and exits on --help/--version; otherwise leaves the options in `parser`.
void parseCommandLine(QCommandLineParser& parser) {
    parser.setApplicationDescription(QStringLiteral("Data-center layout and cabling designer for AI GPU clusters."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Project (.rackweave) to open."),
                                 QStringLiteral("[FILE]"));
    parser.addOption(QCommandLineOption(
        QStringLiteral("bench-frames"),
        QStringLiteral("Open FILE in the 3D view, draw N frames of an orbit, print the time to the first drawn "
                       "frame, the mean and 95th-percentile frame time and the peak memory, and exit."),
        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("plugins"),
                                        QStringLiteral("Also load the plugins in DIR (docs/plugins.md); may be repeated."),
                                        QStringLiteral("DIR")));
    parser.process(*QCoreApplication::instance());
    for (const QString& dir : parser.values(QStringLiteral("plugins"))) rw::gui::addAppPluginDirectory(dir.toStdString());
}

// --bench-frames: the figures of docs/rendering.md. Frame times include reading the frame back
// (the only way to know it was drawn with an on-demand renderer), so they are an upper bound.
int benchFrames(rw::gui::MainWindow& window, const QString& file, int frames, const QElapsedTimer& sinceStart) {
    window.viewModes().setMode(rw::gui::ViewModeActions::Mode::Hall3D);  // the 3D view alone
    QElapsedTimer opening;
    opening.start();
    if (!window.fileActions().openPath(file)) return 1;  // the error was shown and printed
    const double openMs = double(opening.nsecsElapsed()) / 1e6;
    window.hallView().frameAll();
    if (window.hallView().grabImage(std::chrono::minutes(2)).isNull()) {
        std::fprintf(stderr, "rackweave: no frame was drawn within 2 minutes\n");
        return 1;
    }
    const double firstFrameMs = double(sinceStart.nsecsElapsed()) / 1e6;
    std::vector<double> times = window.hallView().orbitFrameTimes(frames);
    std::sort(times.begin(), times.end());
    const double mean = times.empty() ? 0.0 : std::accumulate(times.begin(), times.end(), 0.0) / double(times.size());
    const double p95 = times.empty() ? 0.0 : times[std::min(times.size() - 1, std::size_t(double(times.size()) * 0.95))];
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const rw::render::HallViewStats stats = window.hallView().stats();
    std::printf("file: %s\n", qPrintable(file));
    std::printf("open: %.0f ms\n", openMs);
    std::printf("first frame: %.0f ms (from start)\n", firstFrameMs);
    std::printf("frames: %d\n", int(times.size()));
    std::printf("frame mean: %.1f ms\n", mean);
    std::printf("frame p95: %.1f ms\n", p95);
    std::printf("peak memory: %.0f MiB\n", double(usage.ru_maxrss) / 1024.0);
    std::printf("draw batches: %d (racks %d, devices %d in %d meshes, trays %d, cooling %d, bundles %d)\n",
                stats.drawBatches, stats.rackInstances, stats.deviceInstances, stats.deviceMeshes,
                stats.trayInstances, stats.coolingInstances, stats.bundleInstances);
    std::printf("drawn after the orbit (level of detail): devices %d, bundles %d\n", stats.drawnDeviceInstances,
                stats.drawnBundleInstances);
    std::fflush(stdout);
    return 0;
}

// --help and --version must work without a display, so they never create the GUI application.
bool onlyPrintsInformation(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i)
        for (const char* option : {"-h", "--help", "--help-all", "-v", "--version"})
            if (std::strcmp(argv[i], option) == 0) return true;
    return false;
}

// The shipped and user catalogs. A broken user catalog must not keep the application from
// starting: the user is told (the message names the file and the entry) and racks are drawn at
// placeholder sizes.
rw::Catalog loadCatalog(QWidget& window) {
    try {
        return rw::Catalog::loadStandard();
    } catch (const std::exception& e) {
        QMessageBox::warning(&window, QObject::tr("Catalog not loaded"),
                             QObject::tr("%1\n\nRacks are drawn at placeholder sizes.").arg(QString::fromUtf8(e.what())));
        return {};
    }
}

}  // namespace

int main(int argc, char* argv[]) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (onlyPrintsInformation(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        QCommandLineParser parser;
        parseCommandLine(parser);  // exits after printing
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    QCommandLineParser parser;
    parseCommandLine(parser);

    const bool bench = parser.isSet(QStringLiteral("bench-frames"));
    bool framesOk = false;
    const int frames = parser.value(QStringLiteral("bench-frames")).toInt(&framesOk);
    if (bench && (!framesOk || frames < 1 || parser.positionalArguments().isEmpty())) {
        std::fprintf(stderr, "rackweave: --bench-frames needs a frame count of at least 1 and a FILE\n");
        return 2;
    }

    rw::Catalog catalog;  // outlives the window: its routing and generation threads read it
    rw::gui::MainWindow window;
    // The bench keeps its fixed window size: frame times depend on the pixels drawn.
    if (bench) window.show();
    else rw::gui::WindowLayoutStore::show(window);
    catalog = loadCatalog(window);
    window.useCatalog(catalog);
    if (bench) return benchFrames(window, parser.positionalArguments().constFirst(), frames, sinceStart);
    if (!parser.positionalArguments().isEmpty())
        window.fileActions().openPath(parser.positionalArguments().constFirst());
    else
        window.fileActions().offerUntitledRestore();  // an untitled session's work left by a crash
    return QApplication::exec();
}
