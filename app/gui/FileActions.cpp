#include "FileActions.h"

#include <exception>

#include <QAction>
#include <QMenu>

#include "PathText.h"
#include "ProjectSession.h"
#include "UserPrompts.h"
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
    new_ = makeAction(tr("&New"), QKeySequence::New, QStringLiteral("actionNew"));
    open_ = makeAction(tr("&Open..."), QKeySequence::Open, QStringLiteral("actionOpen"));
    save_ = makeAction(tr("&Save"), QKeySequence::Save, QStringLiteral("actionSave"));
    saveAs_ = makeAction(tr("Save &As..."), QKeySequence::SaveAs, QStringLiteral("actionSaveAs"));
    quit_ = makeAction(tr("&Quit"), QKeySequence::Quit, QStringLiteral("actionQuit"));
    connect(new_, &QAction::triggered, this, &FileActions::newProject);
    connect(open_, &QAction::triggered, this, &FileActions::open);
    connect(save_, &QAction::triggered, this, &FileActions::save);
    connect(saveAs_, &QAction::triggered, this, &FileActions::saveAs);
    connect(quit_, &QAction::triggered, this, &FileActions::quitRequested);
}

QAction* FileActions::makeAction(const QString& text, const QKeySequence& shortcut, const QString& name) {
    auto* action = new QAction(text, this);
    action->setShortcut(shortcut);
    action->setObjectName(name);
    return action;
}

void FileActions::populate(QMenu& menu) const {
    menu.addAction(new_);
    menu.addAction(open_);
    menu.addSeparator();
    menu.addAction(save_);
    menu.addAction(saveAs_);
    menu.addSeparator();
    menu.addAction(quit_);
}

bool FileActions::newProject() {
    if (!confirmDiscard()) return false;
    session_.newProject();
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
        session_.open(toPath(path));
        return true;
    } catch (const std::exception& e) {
        // The session is unchanged: the failed file never becomes the project's file.
        prompts_.showError(tr("Cannot open project"), failureText(path, e));
        return false;
    }
}

bool FileActions::save() {
    return session_.hasPath() ? saveToPath(toQString(session_.path())) : saveAs();
}

bool FileActions::saveAs() {
    const QString path = prompts_.chooseSavePath(session_.hasPath() ? toQString(session_.path()) : QString());
    return !path.isEmpty() && saveToPath(path);
}

bool FileActions::saveToPath(const QString& path) {
    try {
        session_.saveAs(toPath(path));
        return true;
    } catch (const std::exception& e) {
        prompts_.showError(tr("Cannot save project"), failureText(path, e));
        return false;
    }
}

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
