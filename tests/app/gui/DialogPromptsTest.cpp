// The real dialogs, answered the way a user would: find the modal box, read it, click a button.
#include <functional>
#include <memory>

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

#include "FileActions.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PathText.h"
#include "ProjectSession.h"
#include "edit/Transaction.h"
#include "persistence/ProjectFile.h"
#include "persistence/ProjectLock.h"

namespace rw::gui::test {
namespace {

// Waits (from the event loop) for a modal message box, records its text and presses `button`.
class MessageBoxAnswerer final {
public:
    explicit MessageBoxAnswerer(QMessageBox::StandardButton button) {
        QObject::connect(&timer_, &QTimer::timeout, [this, button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box) return;
            timer_.stop();
            title = box->windowTitle();
            text = box->text();
            QTest::mouseClick(box->button(button), Qt::LeftButton);
        });
        timer_.start(20);
    }
    QString title;
    QString text;

private:
    QTimer timer_;
};

class DialogPromptsTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir_.isValid());
        window_ = std::make_unique<MainWindow>();  // real dialogs
        window_->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window_.get()));
    }
    QTemporaryDir dir_;
    std::unique_ptr<MainWindow> window_;
};

TEST_F(DialogPromptsTest, OpenErrorIsAMessageBoxNamingTheFileAndTheReason) {
    const QString garbage = dir_.filePath(QStringLiteral("not-a-project.rackweave"));
    writeBytes(toPath(garbage), "plain text, not SQLite\n");

    MessageBoxAnswerer answer(QMessageBox::Ok);
    EXPECT_FALSE(window_->fileActions().openPath(garbage));
    EXPECT_EQ(answer.title, QStringLiteral("Cannot open project"));
    EXPECT_TRUE(answer.text.contains(garbage)) << answer.text.toStdString();
    EXPECT_TRUE(answer.text.contains(QStringLiteral("not a Rackweave project"))) << answer.text.toStdString();
    EXPECT_EQ(readBytes(toPath(garbage)), "plain text, not SQLite\n");
    EXPECT_FALSE(window_->session().hasPath());
}

TEST_F(DialogPromptsTest, UnsavedChangesDialogDiscardLetsTheWindowClose) {
    auto tx = window_->session().document().begin("Rename site");
    tx.setSite(Site{"Renamed"});
    tx.commit();
    ASSERT_TRUE(window_->session().isModified());

    MessageBoxAnswerer cancel(QMessageBox::Cancel);
    EXPECT_FALSE(window_->close());
    EXPECT_TRUE(cancel.text.contains(QStringLiteral("Untitled"))) << cancel.text.toStdString();

    MessageBoxAnswerer discard(QMessageBox::Discard);
    EXPECT_TRUE(window_->close());
    EXPECT_EQ(discard.title, QStringLiteral("Unsaved changes"));
}

// The two-writers questions (issue 16) as real boxes: Cancel on "in use" opens nothing, and
// Cancel on "changed on disk" writes nothing.
TEST_F(DialogPromptsTest, ProjectInUseAndChangedOnDiskAreAskedWithCancel) {
    const QString path = dir_.filePath(QStringLiteral("shared.rackweave"));
    saveProject(projectWithRacks(2), toPath(path));
    {
        auto other = ProjectLock::acquire(toPath(path));
        ASSERT_TRUE(other);
        MessageBoxAnswerer cancel(QMessageBox::Cancel);
        EXPECT_FALSE(window_->fileActions().openPath(path));
        EXPECT_EQ(cancel.title, QStringLiteral("Project in use"));
        EXPECT_TRUE(cancel.text.contains(QStringLiteral("is open in Rackweave by"))) << cancel.text.toStdString();
        EXPECT_FALSE(window_->session().hasPath());
    }
    ASSERT_TRUE(window_->fileActions().openPath(path));
    saveProject(projectWithRacks(5), toPath(path));  // someone else saves it
    const std::string theirs = readBytes(toPath(path));
    MessageBoxAnswerer cancel(QMessageBox::Cancel);
    EXPECT_FALSE(window_->fileActions().save());
    EXPECT_EQ(cancel.title, QStringLiteral("File changed on disk"));
    EXPECT_EQ(readBytes(toPath(path)), theirs);
}

}  // namespace
}  // namespace rw::gui::test
