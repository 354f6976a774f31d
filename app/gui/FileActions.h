#pragma once
// The File menu: new, open, save, save as, quit. Asks the user through UserPrompts, does the
// work through ProjectSession, and reports every failure as an error naming the file and the
// reason. A project that failed to load never becomes the session's file, so it is never
// written over.
#include <QObject>
#include <QString>

class QAction;
class QMenu;

namespace rw::gui {

class ProjectSession;
class UserPrompts;

class FileActions final : public QObject {
    Q_OBJECT
public:
    FileActions(ProjectSession& session, UserPrompts& prompts, QObject* parent = nullptr);

    /// Adds the actions to `menu` in the usual order.
    void populate(QMenu& menu) const;

    /// Each returns true when it did what was asked (false: cancelled or failed).
    bool newProject();
    bool open();                          // asks for the file
    bool openPath(const QString& path);   // the same without the file dialog
    bool save();                          // Save As while untitled
    bool saveAs();                        // asks for the file
    bool saveToPath(const QString& path); // the same without the file dialog

    /// Before the project is closed or replaced: true when there is nothing unsaved, or the user
    /// saved or chose to discard it.
    bool confirmDiscard();

    [[nodiscard]] QAction* newAction() const noexcept { return new_; }
    [[nodiscard]] QAction* openAction() const noexcept { return open_; }
    [[nodiscard]] QAction* saveAction() const noexcept { return save_; }
    [[nodiscard]] QAction* saveAsAction() const noexcept { return saveAs_; }
    [[nodiscard]] QAction* quitAction() const noexcept { return quit_; }

signals:
    /// The user chose File > Quit; the window decides (it asks confirmDiscard() when closing).
    void quitRequested();

private:
    bool load(const QString& path);
    QAction* makeAction(const QString& text, const QKeySequence& shortcut, const QString& name);

    ProjectSession& session_;
    UserPrompts& prompts_;
    QAction* new_;
    QAction* open_;
    QAction* save_;
    QAction* saveAs_;
    QAction* quit_;
};

}  // namespace rw::gui
