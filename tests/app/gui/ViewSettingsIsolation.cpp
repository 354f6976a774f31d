// Every test starts from the default view settings: a test that switches Show Trays off (it is
// remembered in QSettings) must not leave the next test's window without trays.
#include <QCoreApplication>
#include <QSettings>
#include <gtest/gtest.h>

namespace {

class ResetViewSettings final : public ::testing::EmptyTestEventListener {
    void OnTestStart(const ::testing::TestInfo&) override {
        if (QCoreApplication::instance()) QSettings().remove(QStringLiteral("view"));
    }
};

const bool kRegistered = [] {
    ::testing::UnitTest::GetInstance()->listeners().Append(new ResetViewSettings);
    return true;
}();

}  // namespace
