// GoogleTest main for the GUI tests. Test discovery (--gtest_list_tests) runs at build time
// without a display, so the QApplication is only created when tests actually run.
#include <cstdio>
#include <cstring>

#include <QApplication>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

bool onlyListing(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--gtest_list_tests") == 0) return true;
    return false;
}

}  // namespace

int main(int argc, char** argv) {
    const bool listing = onlyListing(argc, argv);  // before InitGoogleTest strips the flag
    ::testing::InitGoogleTest(&argc, argv);
    if (listing) return RUN_ALL_TESTS();
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        std::fprintf(stderr, "gui_tests need a display: run them under xvfb-run -a -s \"-screen 0 1920x1080x24\"\n");
        return 1;
    }

    // Window layouts saved by the tests go to a folder that lives as long as this run, never the
    // user's settings (QSettings follows XDG_CONFIG_HOME; Qt's test mode would share ~/.qttest).
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RackweaveTests"));
    QApplication::setApplicationName(QStringLiteral("gui_tests"));
    return RUN_ALL_TESTS();
}
