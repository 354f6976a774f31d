// rackweave: the desktop application. `rackweave [FILE]` opens FILE at start.
#include <cstring>

#include <exception>

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include "FileActions.h"
#include "MainWindow.h"
#include "catalog/Catalog.h"

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
    parser.process(*QCoreApplication::instance());
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

    rw::gui::MainWindow window;
    window.show();
    const rw::Catalog catalog = loadCatalog(window);
    window.useCatalog(catalog);
    if (!parser.positionalArguments().isEmpty())
        window.fileActions().openPath(parser.positionalArguments().constFirst());
    return QApplication::exec();
}
