// Autosave and crash restore on the real main window: the side file is written after the
// interval, removed by a clean save or close, and offered after a "crash" (a session that never
// cleaned up); restoring never writes the project file.
#include <filesystem>

#include <QFileInfo>
#include <QSettings>

#include "FileTestSupport.h"
#include "PathText.h"
#include "file/Autosave.h"
#include "persistence/ProjectFile.h"

namespace rw::gui::test {
namespace {

namespace fs = std::filesystem;

class AutosaveTest : public FileWindowTest {
protected:
    Autosave& autosave() const { return actions().autosave(); }


    // Lets the timer write the side file and waits for the write to finish.
    bool autosaveNow() {
        autosave().setIntervalMs(20);
        const bool written = waitUntil([&] { return fs::exists(autosave().currentPath()); }, 20'000);
        autosave().waitForWrite();
        autosave().setIntervalMs(3'600'000);  // no more writes behind the test's back
        return written;
    }
};

TEST_F(AutosaveTest, DefaultIntervalIsTheTwoMinuteSetting) {
    EXPECT_EQ(autosave().intervalMs(), 2 * 60'000);
    QSettings().setValue(QStringLiteral("file/autosaveMinutes"), 5);
    ScriptedPrompts* prompts = nullptr;
    auto other = openWindow(prompts);
    EXPECT_EQ(other->fileActions().autosave().intervalMs(), 5 * 60'000);
    QSettings().remove(QStringLiteral("file/autosaveMinutes"));
}

TEST_F(AutosaveTest, WrittenAfterTheIntervalOnlyWhenModified) {
    const fs::path project = toPath(file(QStringLiteral("hall.rackweave")));
    saveProject(projectWithRacks(3), project);
    ASSERT_TRUE(actions().openPath(toQString(project)));
    const fs::path side = autosave().currentPath();
    EXPECT_EQ(side, project.parent_path() / ".hall.rackweave.autosave");

    autosave().setIntervalMs(20);
    QTest::qWait(200);
    EXPECT_FALSE(fs::exists(side)) << "nothing changed, nothing to autosave";

    const std::string original = readBytes(project);
    addRacks(2);
    ASSERT_TRUE(waitUntil([&] { return fs::exists(side); }, 20'000)) << "no autosave after the interval";
    autosave().waitForWrite();
    EXPECT_TRUE(openProject(side) == session().model()) << "the autosave holds the edited model";
    EXPECT_EQ(readBytes(project), original) << "autosave wrote the project file";
    EXPECT_TRUE(session().isModified()) << "an autosave is not a save";

    ASSERT_TRUE(actions().save());
    EXPECT_FALSE(fs::exists(side)) << "a clean save removes the autosave";
    QTest::qWait(200);
    EXPECT_FALSE(fs::exists(side)) << "nothing changed since the save";
}

TEST_F(AutosaveTest, CrashThenReopenOffersAndRestoresWithoutTouchingTheFile) {
    const fs::path project = openEditedProject(4);
    const std::string original = readBytes(project);
    ASSERT_TRUE(autosaveNow());
    const Model edited = session().model();

    // The crash: this session never cleans up (its window goes without closing, so the autosave
    // stays; its lock goes with it, as a dead process's flock does). A new session opens the project.
    window_.reset();
    ScriptedPrompts* prompts = nullptr;
    auto restarted = openWindow(prompts);
    prompts->restoreAnswer = true;
    ASSERT_TRUE(restarted->fileActions().openPath(toQString(project)));
    EXPECT_EQ(prompts->restoreQuestions, 1);
    EXPECT_TRUE(restarted->session().model() == edited) << "the restored content is the autosaved one";
    EXPECT_EQ(restarted->session().model().racks().size(), 6u);
    EXPECT_TRUE(restarted->session().isModified()) << "restored work is unsaved work";
    EXPECT_TRUE(restarted->isWindowModified());
    EXPECT_EQ(restarted->session().path(), project) << "it still belongs to the project";
    EXPECT_EQ(readBytes(project), original) << "restoring must not write the project file";

    ASSERT_TRUE(restarted->fileActions().save());
    EXPECT_TRUE(openProject(project) == edited);
    EXPECT_FALSE(fs::exists(Autosave::pathFor(project)));
}

TEST_F(AutosaveTest, DeclinedRestoreDeletesTheAutosaveAndOpensTheFile) {
    const fs::path project = openEditedProject(4);
    const std::string original = readBytes(project);
    ASSERT_TRUE(autosaveNow());
    window_.reset();  // the crash, as above

    ScriptedPrompts* prompts = nullptr;
    auto restarted = openWindow(prompts);
    prompts->restoreAnswer = false;
    ASSERT_TRUE(restarted->fileActions().openPath(toQString(project)));
    EXPECT_EQ(prompts->restoreQuestions, 1);
    EXPECT_EQ(restarted->session().model().racks().size(), 4u) << "the file's content, not the autosave's";
    EXPECT_FALSE(restarted->session().isModified());
    EXPECT_FALSE(fs::exists(Autosave::pathFor(project))) << "declined: the autosave is deleted, not offered again";
    EXPECT_EQ(readBytes(project), original);

    ASSERT_TRUE(restarted->fileActions().openPath(toQString(project)));
    EXPECT_EQ(prompts->restoreQuestions, 1);
}

TEST_F(AutosaveTest, AutosaveOlderThanTheFileIsNotOffered) {
    const fs::path project = openEditedProject(4);
    ASSERT_TRUE(autosaveNow());
    const fs::path side = Autosave::pathFor(project);
    const fs::path kept = side.parent_path() / "kept-copy";
    fs::copy_file(side, kept);
    ASSERT_TRUE(actions().save());  // removes the side file; put the old copy back, older than the file
    fs::rename(kept, side);
    fs::last_write_time(side, fs::last_write_time(project) - std::chrono::seconds(10));
    window_.reset();  // that session ended without cleaning up

    ScriptedPrompts* prompts = nullptr;
    auto other = openWindow(prompts);
    prompts->restoreAnswer = true;
    ASSERT_TRUE(other->fileActions().openPath(toQString(project)));
    EXPECT_EQ(prompts->restoreQuestions, 0);
    EXPECT_FALSE(other->session().isModified());
}

TEST_F(AutosaveTest, UnreadableAutosaveIsReportedAndKept) {
    const fs::path project = toPath(file(QStringLiteral("hall.rackweave")));
    saveProject(projectWithRacks(3), project);
    const fs::path side = Autosave::pathFor(project);
    writeBytes(side, "not a project");
    fs::last_write_time(side, fs::last_write_time(project) + std::chrono::seconds(10));

    prompts_->restoreAnswer = true;
    ASSERT_TRUE(actions().openPath(toQString(project)));
    ASSERT_EQ(prompts_->errors.size(), 1);
    EXPECT_TRUE(prompts_->errors.front().contains(toQString(side))) << prompts_->errors.front().toStdString();
    EXPECT_EQ(session().model().racks().size(), 3u) << "the project itself is open";
    EXPECT_FALSE(session().isModified());
    EXPECT_EQ(readBytes(side), "not a project");
}

TEST_F(AutosaveTest, CleanCloseRemovesTheAutosave) {
    const fs::path project = openEditedProject(2);
    ASSERT_TRUE(autosaveNow());
    const fs::path side = Autosave::pathFor(project);
    ASSERT_TRUE(fs::exists(side));

    prompts_->unsavedAnswer = UserPrompts::UnsavedChoice::Cancel;
    EXPECT_FALSE(window_->close());
    EXPECT_TRUE(fs::exists(side)) << "closing was cancelled: the unsaved work keeps its autosave";

    prompts_->unsavedAnswer = UserPrompts::UnsavedChoice::Discard;
    EXPECT_TRUE(window_->close());
    EXPECT_FALSE(fs::exists(side));
}

TEST_F(AutosaveTest, OpeningAnotherProjectRemovesTheOldAutosave) {
    const fs::path project = openEditedProject(2);
    ASSERT_TRUE(autosaveNow());
    prompts_->unsavedAnswer = UserPrompts::UnsavedChoice::Discard;
    ASSERT_TRUE(actions().newProject());
    EXPECT_FALSE(fs::exists(Autosave::pathFor(project)));
}

TEST_F(AutosaveTest, UntitledSessionIsOfferedAtStartUpAfterACrash) {
    addRacks(5);  // untitled
    const fs::path own = autosave().currentPath();
    EXPECT_EQ(own.parent_path(), toPath(dir_.filePath(QStringLiteral("autosave"))));
    ASSERT_TRUE(autosaveNow());
    const Model edited = session().model();
    // The crashed session's process is gone: give its file the id of a process that cannot exist.
    const fs::path crashed = own.parent_path() / "untitled-2147483646.rackweave.autosave";
    fs::rename(own, crashed);

    ScriptedPrompts* prompts = nullptr;
    auto restarted = openWindow(prompts);
    prompts->restoreAnswer = true;
    ASSERT_TRUE(restarted->fileActions().offerUntitledRestore());
    EXPECT_EQ(prompts->restoreQuestions, 1);
    EXPECT_TRUE(restarted->session().model() == edited);
    EXPECT_FALSE(restarted->session().hasPath());
    EXPECT_TRUE(restarted->session().isModified());
    EXPECT_FALSE(fs::exists(crashed)) << "taken over by the new session";
    EXPECT_TRUE(fs::exists(restarted->fileActions().autosave().currentPath()));

    EXPECT_FALSE(restarted->fileActions().offerUntitledRestore()) << "offered once";
    EXPECT_EQ(prompts->restoreQuestions, 1);
}

}  // namespace
}  // namespace rw::gui::test
