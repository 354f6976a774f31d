// File > Open Recent: newest first, at most ten, a missing file is dropped with a message, and
// Clear List empties it; opening and saving both put the project on top.
#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QSettings>

#include "FileTestSupport.h"
#include "PathText.h"
#include "file/RecentFiles.h"
#include "persistence/ProjectFile.h"

namespace rw::gui::test {
namespace {

class RecentFilesTest : public FileWindowTest {
protected:
    void SetUp() override {
        QSettings().remove(QStringLiteral("file/recent"));  // the settings live as long as the test run
        FileWindowTest::SetUp();
    }

    RecentFiles& recent() const { return actions().recentFiles(); }

    QString project(int n) {
        const QString path = file(QStringLiteral("p%1.rackweave").arg(n));
        saveProject(projectWithRacks(n), toPath(path));
        return path;
    }

    // The file actions of the Open Recent menu as the user sees them, in order.
    QStringList menuFiles() const {
        QCoreApplication::processEvents();  // the menu is rebuilt after each change
        QStringList files;
        for (QAction* action : actions().recentMenu().actions())
            if (action->data().isValid()) files << action->data().toString();
        return files;
    }
};

TEST_F(RecentFilesTest, OpenAndSavePutTheProjectOnTopOnce) {
    const QString a = project(1), b = project(2), c = file(QStringLiteral("saved.rackweave"));
    ASSERT_TRUE(actions().openPath(a));
    ASSERT_TRUE(actions().openPath(b));
    EXPECT_EQ(recent().files(), (QStringList{b, a}));
    ASSERT_TRUE(actions().openPath(a));
    EXPECT_EQ(recent().files(), (QStringList{a, b})) << "reopening moves it up, never lists it twice";
    ASSERT_TRUE(actions().saveToPath(c));
    EXPECT_EQ(recent().files(), (QStringList{c, a, b}));
    EXPECT_EQ(menuFiles(), recent().files());
    EXPECT_TRUE(actions().recentMenu().actions().first()->text().contains(QStringLiteral("saved.rackweave")));
}

TEST_F(RecentFilesTest, KeepsTheTenNewest) {
    QStringList opened;
    for (int i = 1; i <= 12; ++i) {
        opened.prepend(project(i));
        ASSERT_TRUE(actions().openPath(opened.front()));
    }
    EXPECT_EQ(recent().files(), opened.mid(0, RecentFiles::kMaxFiles));
    EXPECT_EQ(menuFiles().size(), RecentFiles::kMaxFiles);
}

TEST_F(RecentFilesTest, ChoosingAnEntryOpensIt) {
    const QString a = project(3), b = project(5);
    ASSERT_TRUE(actions().openPath(a));
    ASSERT_TRUE(actions().openPath(b));
    menuFiles();
    actions().recentMenu().actions().at(1)->trigger();  // a
    EXPECT_EQ(toQString(session().path()), a);
    EXPECT_EQ(session().model().racks().size(), 3u);
}

TEST_F(RecentFilesTest, MissingFileIsRemovedWithAMessage) {
    const QString a = project(1), gone = project(2);
    ASSERT_TRUE(actions().openPath(a));
    ASSERT_TRUE(actions().openPath(gone));
    QFile::remove(gone);
    ASSERT_TRUE(actions().openPath(a));
    menuFiles();
    QAction* entry = nullptr;
    for (QAction* action : actions().recentMenu().actions())
        if (action->data().toString() == gone) entry = action;
    ASSERT_NE(entry, nullptr);
    entry->trigger();
    ASSERT_EQ(prompts_->errors.size(), 1);
    EXPECT_TRUE(prompts_->errors.front().contains(gone)) << prompts_->errors.front().toStdString();
    EXPECT_EQ(recent().files(), QStringList{a});
    EXPECT_EQ(menuFiles(), QStringList{a});
    EXPECT_EQ(toQString(session().path()), a) << "the open project stays";
}

TEST_F(RecentFilesTest, ClearListEmptiesItAndPersists) {
    ASSERT_TRUE(actions().openPath(project(1)));
    menuFiles();
    QAction* clear = actions().recentMenu().findChild<QAction*>(QStringLiteral("actionClearRecent"));
    ASSERT_NE(clear, nullptr);
    ASSERT_TRUE(clear->isEnabled());
    clear->trigger();
    EXPECT_TRUE(recent().files().isEmpty());
    EXPECT_TRUE(menuFiles().isEmpty());
    EXPECT_TRUE(QSettings().value(QStringLiteral("file/recent")).toStringList().isEmpty());
}

TEST_F(RecentFilesTest, AFailedOpenIsNotListed) {
    const QString bad = file(QStringLiteral("bad.rackweave"));
    writeBytes(toPath(bad), "garbage");
    EXPECT_FALSE(actions().openPath(bad));
    EXPECT_TRUE(recent().files().isEmpty());
}

}  // namespace
}  // namespace rw::gui::test
