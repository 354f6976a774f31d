// Two writers on one project (issue 16), as the user meets them: a project another Rackweave has
// open is offered read-only, a read-only project saves only elsewhere, and a file someone else
// saved since it was opened is not overwritten without asking.
#include <QAction>
#include <QTest>
#include <gtest/gtest.h>

#include "FileTestSupport.h"
#include "PathText.h"
#include "persistence/ProjectFile.h"
#include "persistence/ProjectLock.h"

namespace rw::gui::test {
namespace {

class TwoWritersTest : public FileWindowTest {
protected:
    QString savedProject(const QString& name, int racks) {
        const QString path = file(name);
        saveProject(projectWithRacks(racks), toPath(path));
        return path;
    }
};

TEST_F(TwoWritersTest, OpeningHoldsTheLockUntilAnotherProjectReplacesIt) {
    const QString path = savedProject(QStringLiteral("held.rackweave"), 2);
    ASSERT_TRUE(actions().openPath(path));
    EXPECT_FALSE(session().isReadOnly());
    LockHolder holder;
    EXPECT_FALSE(ProjectLock::acquire(toPath(path), &holder)) << "another opener must find it taken";
    EXPECT_EQ(holder.pid, static_cast<long>(QCoreApplication::applicationPid()));

    ASSERT_TRUE(actions().openPath(path)) << "opening our own file again is no conflict";
    EXPECT_FALSE(session().isReadOnly());

    ASSERT_TRUE(actions().newProject());
    EXPECT_TRUE(ProjectLock::acquire(toPath(path))) << "a new project releases the old file's lock";
}

TEST_F(TwoWritersTest, ProjectOpenElsewhereIsOfferedReadOnlyAndSavesOnlyElsewhere) {
    const QString path = savedProject(QStringLiteral("shared.rackweave"), 3);
    const std::string before = readBytes(toPath(path));
    auto other = ProjectLock::acquire(toPath(path));  // another Rackweave has it open
    ASSERT_TRUE(other);

    prompts_->readOnlyAnswer = false;
    EXPECT_FALSE(actions().openPath(path));
    ASSERT_EQ(prompts_->inUseHolders.size(), 1);
    EXPECT_TRUE(prompts_->inUseHolders.first().contains(QStringLiteral("(process %1)").arg(QCoreApplication::applicationPid())))
        << prompts_->inUseHolders.first().toStdString();
    EXPECT_FALSE(session().hasPath()) << "declining leaves the current project";

    prompts_->readOnlyAnswer = true;
    ASSERT_TRUE(actions().openPath(path));
    EXPECT_TRUE(session().isReadOnly());
    EXPECT_EQ(session().model().racks().size(), 3u);
    EXPECT_TRUE(window_->windowTitle().startsWith(QStringLiteral("shared.rackweave (read-only)"))) << window_->windowTitle().toStdString();

    addRacks(1);
    prompts_->saveAnswer.clear();
    EXPECT_FALSE(actions().save()) << "Save of a read-only project asks where (Save As)";
    EXPECT_EQ(prompts_->saveQuestions, 1);
    EXPECT_EQ(readBytes(toPath(path)), before);

    prompts_->saveAnswer = path;  // choosing the same file: it is still someone else's
    EXPECT_FALSE(actions().save());
    ASSERT_FALSE(prompts_->errors.isEmpty());
    EXPECT_TRUE(prompts_->errors.last().contains(QStringLiteral("is open in Rackweave by"))) << prompts_->errors.last().toStdString();
    EXPECT_EQ(readBytes(toPath(path)), before);

    const QString copy = file(QStringLiteral("copy.rackweave"));
    prompts_->saveAnswer = copy;
    ASSERT_TRUE(actions().save());
    EXPECT_FALSE(session().isReadOnly()) << "the copy is ours";
    EXPECT_EQ(openProject(toPath(copy)).racks().size(), 4u);
    EXPECT_EQ(readBytes(toPath(path)), before);
}

TEST_F(TwoWritersTest, SaveOverAFileChangedOnDiskAsksFirst) {
    const QString path = savedProject(QStringLiteral("changed.rackweave"), 2);
    ASSERT_TRUE(actions().openPath(path));
    addRacks(1);
    saveProject(projectWithRacks(5), toPath(path));  // someone else saved it meanwhile (e.g. a copy tool)
    const std::string theirs = readBytes(toPath(path));

    prompts_->overwriteChangedAnswer = false;
    EXPECT_FALSE(actions().save());
    EXPECT_EQ(prompts_->overwriteChangedQuestions, 1);
    EXPECT_EQ(readBytes(toPath(path)), theirs) << "declining keeps their version";
    EXPECT_TRUE(session().isModified());

    prompts_->overwriteChangedAnswer = true;
    ASSERT_TRUE(actions().save());
    EXPECT_EQ(openProject(toPath(path)).racks().size(), 3u);
    EXPECT_FALSE(session().changedOnDisk()) << "after our save the file is ours again";
    addRacks(1);
    ASSERT_TRUE(actions().save());
    EXPECT_EQ(prompts_->overwriteChangedQuestions, 2) << "an unchanged file is saved without asking";
}

}  // namespace
}  // namespace rw::gui::test
