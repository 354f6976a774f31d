// The File menu's workflow on the real main window: new, save, reopen, failures, unsaved changes.
#include <memory>

#include <QAction>
#include <QTest>
#include <gtest/gtest.h>

#include "FileTestSupport.h"
#include "HallView.h"
#include "MainWindow.h"
#include "ModelCountsLabel.h"
#include "PathText.h"
#include "ProjectSession.h"
#include "edit/Transaction.h"
#include "persistence/ProjectFile.h"

namespace rw::gui::test {
namespace {

// Without a catalog, as the window starts before it has loaded one.
class FileWorkflowTest : public FileWindowTest {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir_.isValid());
        window_ = openWindow(prompts_, /*withCatalog=*/false);
    }
};

TEST_F(FileWorkflowTest, NewProjectSavedAndReopenedKeepsTheModel) {
    ASSERT_TRUE(actions().newProject());
    addRacks(12);
    EXPECT_TRUE(session().isModified());
    EXPECT_TRUE(window_->isWindowModified());
    EXPECT_EQ(window_->counts().text(), QStringLiteral("12 racks · 0 devices · 0 cables"));
    const Model edited = session().model();

    const QString path = file(QStringLiteral("hall.rackweave"));
    ASSERT_TRUE(actions().saveToPath(path)) << prompts_->errors.join('\n').toStdString();
    EXPECT_FALSE(session().isModified());
    EXPECT_FALSE(window_->isWindowModified());
    EXPECT_EQ(toQString(session().path()), path);
    EXPECT_TRUE(window_->windowTitle().startsWith(QStringLiteral("hall.rackweave")));
    EXPECT_TRUE(openProject(toPath(path)) == edited) << "the file holds what was saved";

    ASSERT_TRUE(actions().newProject());
    EXPECT_EQ(session().model().racks().size(), 0u);
    EXPECT_EQ(window_->counts().text(), QStringLiteral("0 racks · 0 devices · 0 cables"));

    ASSERT_TRUE(actions().openPath(path));
    EXPECT_TRUE(session().model() == edited);
    EXPECT_EQ(window_->counts().text(), QStringLiteral("12 racks · 0 devices · 0 cables"));
    EXPECT_EQ(window_->hallView().stats().rackInstances, 12);
    EXPECT_FALSE(session().isModified());
    EXPECT_TRUE(prompts_->errors.isEmpty());
}

TEST_F(FileWorkflowTest, NewAsksForTheHallSizeAndCancelKeepsTheProject) {
    addRacks(3);
    prompts_->unsavedAnswer = UserPrompts::UnsavedChoice::Discard;
    prompts_->newHallAnswer = NewHallSize{90.0, 60.0, 6.0, 1500.0};
    ASSERT_TRUE(actions().newProject());
    EXPECT_EQ(prompts_->newHallQuestions, 1);
    ASSERT_EQ(session().model().halls().size(), 1u);
    const Hall& hall = session().model().halls()[session().model().halls().ids().front()];
    EXPECT_EQ(hall.outline, (Polygon{{0, 0}, {90'000, 0}, {90'000, 60'000}, {0, 60'000}}));
    EXPECT_EQ(hall.ceilingHeightMm, 6'000);
    EXPECT_EQ(hall.floorLoadKgPerM2, 1500.0);

    addRacks(2);
    prompts_->newHallAnswer.reset();  // the user cancels the size question
    EXPECT_FALSE(actions().newProject());
    EXPECT_EQ(session().model().racks().size(), 2u) << "cancel keeps the project";
}

TEST_F(FileWorkflowTest, SaveWhileUntitledAsksWhereAndCancelWritesNothing) {
    addRacks(1);
    prompts_->saveAnswer.clear();
    EXPECT_FALSE(actions().save());
    EXPECT_EQ(prompts_->saveQuestions, 1);
    EXPECT_TRUE(session().isModified());

    prompts_->saveAnswer = file(QStringLiteral("chosen.rackweave"));
    window_->fileActions().saveAction()->trigger();
    EXPECT_EQ(prompts_->saveQuestions, 2);
    EXPECT_EQ(toQString(session().path()), prompts_->saveAnswer);
    EXPECT_EQ(openProject(toPath(prompts_->saveAnswer)).racks().size(), 1u);
}

TEST_F(FileWorkflowTest, CorruptFileIsReportedAndNeverWrittenOver) {
    // A good project open first: a failed open must leave it as the current one.
    const QString good = file(QStringLiteral("good.rackweave"));
    saveProject(projectWithRacks(4), toPath(good));
    ASSERT_TRUE(actions().openPath(good));

    // A truncated copy of a real project, and a file that is not a database at all.
    const std::string goodBytes = readBytes(toPath(good));
    const QString truncated = file(QStringLiteral("truncated.rackweave"));
    writeBytes(toPath(truncated), goodBytes.substr(0, goodBytes.size() / 2));
    const QString garbage = file(QStringLiteral("garbage.rackweave"));
    writeBytes(toPath(garbage), "this is not a project\n");

    std::size_t racks = 4;
    for (const QString& bad : {truncated, garbage}) {
        const std::string before = readBytes(toPath(bad));
        prompts_->errors.clear();
        EXPECT_FALSE(actions().openPath(bad));
        ASSERT_EQ(prompts_->errors.size(), 1);
        EXPECT_TRUE(prompts_->errors.front().contains(bad)) << prompts_->errors.front().toStdString();
        EXPECT_EQ(toQString(session().path()), good) << "the failed file must not become the project's file";
        EXPECT_EQ(session().model().racks().size(), racks) << "the open project is kept";

        addRacks(1);  // an edit, then Save: it goes to the good file, never to the bad one
        ++racks;
        ASSERT_TRUE(actions().save());
        EXPECT_EQ(readBytes(toPath(bad)), before) << bad.toStdString() << " was changed";
        EXPECT_EQ(openProject(toPath(good)).racks().size(), racks);
    }
    EXPECT_EQ(prompts_->saveQuestions, 0) << "Save went to the open project's file without asking";
}

TEST_F(FileWorkflowTest, MissingFileErrorNamesFileAndReason) {
    const QString missing = file(QStringLiteral("nowhere.rackweave"));
    EXPECT_FALSE(actions().openPath(missing));
    ASSERT_EQ(prompts_->errors.size(), 1);
    EXPECT_TRUE(prompts_->errors.front().contains(missing));
    EXPECT_TRUE(prompts_->errors.front().contains(QStringLiteral("no such file"))) << prompts_->errors.front().toStdString();
    EXPECT_FALSE(session().hasPath());
}

TEST_F(FileWorkflowTest, FailedSaveIsReportedAndKeepsTheProjectAsItWas) {
    const QString good = file(QStringLiteral("kept.rackweave"));
    ASSERT_TRUE(actions().saveToPath(good));
    addRacks(2);

    const QString nowhere = file(QStringLiteral("no-such-folder/x.rackweave"));
    EXPECT_FALSE(actions().saveToPath(nowhere));
    ASSERT_EQ(prompts_->errors.size(), 1);
    EXPECT_TRUE(prompts_->errors.front().startsWith(QStringLiteral("Cannot save project: ") + nowhere))
        << prompts_->errors.front().toStdString();
    EXPECT_TRUE(prompts_->errors.front().contains(QStringLiteral("folder does not exist")));
    EXPECT_EQ(toQString(session().path()), good);
    EXPECT_TRUE(session().isModified()) << "the edits are still unsaved";
}

TEST_F(FileWorkflowTest, ClosingWithUnsavedChangesAsksFirst) {
    addRacks(2);
    prompts_->unsavedAnswer = UserPrompts::UnsavedChoice::Cancel;
    EXPECT_FALSE(window_->close());
    EXPECT_TRUE(window_->isVisible());
    EXPECT_EQ(prompts_->unsavedQuestions, 1);

    // Save: asks where (untitled), writes, then closes.
    prompts_->unsavedAnswer = UserPrompts::UnsavedChoice::Save;
    prompts_->saveAnswer = file(QStringLiteral("on-quit.rackweave"));
    window_->fileActions().quitAction()->trigger();
    EXPECT_FALSE(window_->isVisible());
    EXPECT_EQ(openProject(toPath(prompts_->saveAnswer)).racks().size(), 2u);
}

TEST_F(FileWorkflowTest, DiscardingChangesLetsNewProjectReplaceThem) {
    addRacks(3);
    prompts_->unsavedAnswer = UserPrompts::UnsavedChoice::Cancel;
    EXPECT_FALSE(actions().newProject());
    EXPECT_EQ(session().model().racks().size(), 3u);

    prompts_->unsavedAnswer = UserPrompts::UnsavedChoice::Discard;
    EXPECT_TRUE(actions().newProject());
    EXPECT_EQ(session().model().racks().size(), 0u);
    EXPECT_EQ(prompts_->unsavedQuestions, 2);
    EXPECT_FALSE(session().isModified());
}

}  // namespace
}  // namespace rw::gui::test
