// rackweave: the desktop application. `rackweave [FILE]` opens FILE at start.
#include <QApplication>
#include <QCommandLineParser>

#include "FileActions.h"
#include "MainWindow.h"

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Rackweave"));
    QApplication::setApplicationName(QStringLiteral("Rackweave"));
    QApplication::setApplicationVersion(QStringLiteral(RACKWEAVE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Data-center layout and cabling designer for AI GPU clusters."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Project (.rackweave) to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    rw::gui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.fileActions().openPath(parser.positionalArguments().constFirst());
    return QApplication::exec();
}
