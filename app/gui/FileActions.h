#pragma once
// The File menu: new, open, open recent, save, save as, generate from spec, export, quit. Asks
// the user through UserPrompts, does the work through ProjectSession, and reports every failure
// as an error naming the file and the reason. A project that failed to load never becomes the
// session's file, so it is never written over. Autosave, recent files, generation and exports
// are their own classes (file/), composed here.
#include <memory>

#include <QObject>
#include <QString>

class QAction;
class QMenu;

namespace rw::gui {

class Autosave;
class ExportActions;
class GenerateFromSpec;
class ProjectSession;
class RecentFiles;
class UserPrompts;

class FileActions final : public QObject {
    Q_OBJECT
public:
    FileActions(ProjectSession& session, UserPrompts& prompts, QObject* parent = nullptr);
    ~FileActions() override;

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
    /// Before the window closes: confirmDiscard(), then the autosave has nothing left to keep.
    bool confirmClose();
    /// At start-up without a file: offers an untitled session's autosave left by a crash.
    bool offerUntitledRestore();

    [[nodiscard]] Autosave& autosave() const noexcept { return *autosave_; }
    [[nodiscard]] RecentFiles& recentFiles() const noexcept { return *recent_; }
    [[nodiscard]] GenerateFromSpec& generator() const noexcept { return *generate_; }
    [[nodiscard]] ExportActions& exports() const noexcept { return *exports_; }
    [[nodiscard]] QMenu& recentMenu() const noexcept { return *recentMenu_; }

    [[nodiscard]] QAction* newAction() const noexcept { return new_; }
    [[nodiscard]] QAction* openAction() const noexcept { return open_; }
    [[nodiscard]] QAction* saveAction() const noexcept { return save_; }
    [[nodiscard]] QAction* saveAsAction() const noexcept { return saveAs_; }
    [[nodiscard]] QAction* quitAction() const noexcept { return quit_; }
    [[nodiscard]] QAction* generateAction() const noexcept { return generateAction_; }

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
    QAction* generateAction_;
    std::unique_ptr<QMenu> recentMenu_;
    std::unique_ptr<QMenu> exportMenu_;
    Autosave* autosave_;
    RecentFiles* recent_;
    GenerateFromSpec* generate_;
    ExportActions* exports_;
};

}  // namespace rw::gui
