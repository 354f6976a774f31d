#pragma once
// A main window with scripted prompts, the shipped catalog and a temporary folder, for the file
// workflow tests (open, save, autosave, recent files, generate, export).
#include <filesystem>
#include <memory>

#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

#include "FileActions.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PathText.h"
#include "ProjectSession.h"
#include "catalog/Catalog.h"
#include "file/Autosave.h"
#include "edit/Transaction.h"
#include "persistence/ProjectFile.h"

namespace rw::gui::test {

/// The shipped catalog, loaded once per test run.
inline const Catalog& fileTestCatalog() {
    static const Catalog catalog = Catalog::loadStandard();
    return catalog;
}

/// A path under the source tree's examples/ folder.
inline std::filesystem::path examplePath(const char* name) {
    return std::filesystem::path(RACKWEAVE_ASSETS_DIR).parent_path() / "examples" / name;
}

class FileWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir_.isValid());
        window_ = openWindow(prompts_);
    }

    /// A shown window with its own scripted prompts (`prompts` points at them).
    std::unique_ptr<MainWindow> openWindow(ScriptedPrompts*& prompts, bool withCatalog = true) {
        auto owned = std::make_unique<ScriptedPrompts>();
        prompts = owned.get();
        auto window = std::make_unique<MainWindow>(std::move(owned));
        if (withCatalog) window->useCatalog(fileTestCatalog());
        window->fileActions().autosave().setUntitledFolder(dir_.filePath(QStringLiteral("autosave")));
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        return window;
    }

    QString file(const QString& name) const { return dir_.filePath(name); }
    ProjectSession& session() const { return window_->session(); }
    FileActions& actions() const { return window_->fileActions(); }

    // An edit as the editor makes it: through a transaction on the session's document.
    static void addRacks(ProjectSession& session, int count) {
        auto tx = session.document().begin("Add racks");
        const Model sample = projectWithRacks(count);
        sample.racks().forEach([&](RackId, const Rack& rack) {
            Rack copy = rack;
            copy.hall = session.model().halls().ids().front();
            copy.catalog = tx.intern(sample.text(rack.catalog));
            tx.add(copy);
        });
        tx.commit();
    }
    void addRacks(int count) { addRacks(session(), count); }

    // A saved project with `racks` racks open in the window, then edited (two more racks).
    std::filesystem::path openEditedProject(int racks) {
        const std::filesystem::path project = toPath(file(QStringLiteral("hall.rackweave")));
        saveProject(projectWithRacks(racks), project);
        EXPECT_TRUE(actions().openPath(toQString(project)));
        addRacks(2);
        return project;
    }

    QTemporaryDir dir_;
    ScriptedPrompts* prompts_ = nullptr;
    std::unique_ptr<MainWindow> window_;
};

/// Runs the event loop until `done()` or `timeoutMs` passed; returns done().
template <class Predicate>
bool waitUntil(Predicate done, int timeoutMs = 60'000) {
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs) QTest::qWait(10);
    return done();
}

}  // namespace rw::gui::test
