#include "FileActions.h"

#include <exception>

#include <QAction>
#include <QMenu>
#include <QWidget>

#include "PathText.h"
#include "ProjectSession.h"
#include "UserPrompts.h"
#include "file/Autosave.h"
#include "file/ExportActions.h"
#include "file/GenerateFromSpec.h"
#include "file/RecentFiles.h"
#include "persistence/ProjectFile.h"

namespace rw::gui {
namespace {

// What went wrong, naming the file: ProjectFileError's text already does ("FILE: reason: detail").
QString failureText(const QString& path, const std::exception& error) {
    const QString what = QString::fromUtf8(error.what());
    return dynamic_cast<const ProjectFileError*>(&error) ? what : path + QStringLiteral(": ") + what;
}

}  // namespace

FileActions::FileActions(ProjectSession& session, UserPrompts& prompts, QObject* parent)
    : QObject(parent), session_(session), prompts_(prompts) {
    // Keys spelled out rather than QKeySequence::StandardKey: the platform defaults differ (Save As
    // has none on Linux) and docs/gui.md promises these.
    new_ = makeAction(tr("&New"), QKeySequence(Qt::CTRL | Qt::Key_N), QStringLiteral("actionNew"));
    open_ = makeAction(tr("&Open..."), QKeySequence(Qt::CTRL | Qt::Key_O), QStringLiteral("actionOpen"));
    save_ = makeAction(tr("&Save"), QKeySequence(Qt::CTRL | Qt::Key_S), QStringLiteral("actionSave"));
    saveAs_ = makeAction(tr("Save &As..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), QStringLiteral("actionSaveAs"));
    quit_ = makeAction(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), QStringLiteral("actionQuit"));
    connect(new_, &QAction::triggered, this, &FileActions::newProject);
    connect(open_, &QAction::triggered, this, &FileActions::open);
    connect(save_, &QAction::triggered, this, &FileActions::save);
    connect(saveAs_, &QAction::triggered, this, &FileActions::saveAs);
    connect(quit_, &QAction::triggered, this, &FileActions::quitRequested);

    generateAction_ = makeAction(tr("&Generate from Spec..."), QKeySequence(), QStringLiteral("actionGenerateFromSpec"));
    recentMenu_ = std::make_unique<QMenu>(tr("Open &Recent"));
    exportMenu_ = std::make_unique<QMenu>(tr("&Export"));
    autosave_ = new Autosave(session_, prompts_, this);
    recent_ = new RecentFiles(*recentMenu_, this);
    generate_ = new GenerateFromSpec(session_, prompts_, [this] { return confirmDiscard(); }, this);
    generate_->setDialogParent(qobject_cast<QWidget*>(parent));
    exports_ = new ExportActions(session_, prompts_, this);
    exports_->populate(*exportMenu_);
    connect(generateAction_, &QAction::triggered, generate_, &GenerateFromSpec::start);
    connect(recent_, &RecentFiles::openRequested, this, &FileActions::openPath);
    connect(recent_, &RecentFiles::missing, this, [this](const QString& path) {
        prompts_.showError(tr("Project not found"), path + tr(": no such file; removed from the recent files"));
    });
    connect(&session_, &ProjectSession::saved, this, [this] { recent_->add(toQString(session_.path())); });
}

FileActions::~FileActions() = default;

QAction* FileActions::makeAction(const QString& text, const QKeySequence& shortcut, const QString& name) {
    auto* action = new QAction(text, this);
    action->setShortcut(shortcut);
    action->setObjectName(name);
    return action;
}

void FileActions::populate(QMenu& menu) const {
    menu.addAction(new_);
    menu.addAction(open_);
    menu.addMenu(recentMenu_.get());
    menu.addSeparator();
    menu.addAction(save_);
    menu.addAction(saveAs_);
    menu.addSeparator();
    menu.addAction(generateAction_);
    menu.addMenu(exportMenu_.get());
    menu.addSeparator();
    menu.addAction(quit_);
}

bool FileActions::newProject() {
    if (!confirmDiscard()) return false;
    NewHallSize hall;
    if (!prompts_.askNewHall(hall)) return false;
    session_.newProject(hall);
    return true;
}

bool FileActions::open() {
    if (!confirmDiscard()) return false;
    const QString path = prompts_.chooseOpenPath();
    return !path.isEmpty() && load(path);
}

bool FileActions::openPath(const QString& path) {
    return confirmDiscard() && load(path);
}

bool FileActions::load(const QString& path) {
    try {
        try {
            session_.open(toPath(path));
        } catch (const ProjectSession::ProjectInUse& inUse) {
            if (!prompts_.askOpenReadOnly(toQString(toPath(path).filename()), inUse.holder)) return false;
            session_.open(toPath(path), ProjectSession::Access::ReadOnly);
        }
    } catch (const std::exception& e) {
        // The session is unchanged: the failed file never becomes the project's file.
        prompts_.showError(tr("Cannot open project"), failureText(path, e));
        return false;
    }
    recent_->add(path);
    autosave_->offerRestore(toPath(path));
    return true;
}

bool FileActions::save() {
    return session_.hasPath() && !session_.isReadOnly() ? saveToPath(toQString(session_.path())) : saveAs();
}

bool FileActions::saveAs() {
    const QString path = prompts_.chooseSavePath(session_.hasPath() ? toQString(session_.path()) : QString());
    return !path.isEmpty() && saveToPath(path);
}

bool FileActions::saveToPath(const QString& path) {
    if (toPath(path) == session_.path() && session_.changedOnDisk() &&
        !prompts_.askOverwriteChangedFile(toQString(session_.path().filename())))
        return false;
    try {
        session_.saveAs(toPath(path));
        return true;
    } catch (const std::exception& e) {
        prompts_.showError(tr("Cannot save project"), failureText(path, e));
        return false;
    }
}

bool FileActions::confirmClose() {
    if (!confirmDiscard()) return false;
    autosave_->discard();
    return true;
}

bool FileActions::offerUntitledRestore() { return autosave_->offerUntitledRestore(); }

bool FileActions::confirmDiscard() {
    if (!session_.isModified()) return true;
    switch (prompts_.askUnsavedChanges(session_.displayName())) {
        case UserPrompts::UnsavedChoice::Save: return save();
        case UserPrompts::UnsavedChoice::Discard: return true;
        case UserPrompts::UnsavedChoice::Cancel: break;
    }
    return false;
}

}  // namespace rw::gui
