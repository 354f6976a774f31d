#pragma once
// Autosave and crash restore. Every few minutes (setting "file/autosaveMinutes", default 2) a
// modified project is written to a side file with core's atomic save, on a worker thread:
//   a titled project   DIR/NAME.rackweave -> DIR/.NAME.rackweave.autosave
//   an untitled one    <app data>/autosave/untitled-<pid>.rackweave.autosave
// The side file is removed when the project is saved, replaced (after the unsaved-changes
// question) or closed. One that is still there afterwards means the application stopped without
// saving, and is offered for restore: on open, when it is newer than the file; at start-up, for
// untitled sessions whose process is gone. Restoring loads the autosave as an unsaved change of
// the project -- the project file is never written until the user saves. Declining deletes the
// autosave (it would otherwise be offered again every time).
#include <cstdint>
#include <filesystem>

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

namespace rw::gui {

class ProjectSession;
class UserPrompts;

class Autosave final : public QObject {
    Q_OBJECT
public:
    Autosave(ProjectSession& session, UserPrompts& prompts, QObject* parent = nullptr);
    /// Waits for a write under way, so it never outlives the session it copied.
    ~Autosave() override;

    /// Folder for untitled projects' autosaves; the default is <AppDataLocation>/autosave.
    void setUntitledFolder(const QString& folder) { untitledFolder_ = folder; }
    [[nodiscard]] const QString& untitledFolder() const noexcept { return untitledFolder_; }
    /// The interval between autosaves (tests use a few milliseconds).
    void setIntervalMs(int ms);
    [[nodiscard]] int intervalMs() const noexcept { return timer_.interval(); }
    /// The side file of the current project.
    [[nodiscard]] std::filesystem::path currentPath() const;
    /// The side file of project `file`.
    [[nodiscard]] static std::filesystem::path pathFor(const std::filesystem::path& file);

    /// Writes the side file now if the project changed since the last one (the timer calls this).
    void writeIfModified();
    /// Blocks until a write under way is done (tests; before quitting).
    void waitForWrite();
    /// After `file` was opened: offers its autosave if there is a newer one. True when restored.
    bool offerRestore(const std::filesystem::path& file);
    /// At start-up with an untitled project: offers the newest autosave of an untitled session
    /// that is no longer running. True when restored.
    bool offerUntitledRestore();
    /// The project is closing (or being replaced) with nothing left to keep: removes its autosave.
    void discard();

signals:
    /// An autosave was written to `file` (or failed: `error` is set).
    void written(const QString& file, const QString& error);

private:
    void projectSaved();
    void projectEdited();
    void finishWrite();
    bool restoreFrom(const std::filesystem::path& autosave, const std::filesystem::path& project);
    void remove(const std::filesystem::path& file);
    [[nodiscard]] std::filesystem::path untitledPath(std::int64_t pid) const;

    ProjectSession& session_;
    UserPrompts& prompts_;
    QTimer timer_;
    QString untitledFolder_;
    bool changedSinceWrite_ = false;
    std::filesystem::path lastWritten_;        // the side file this session wrote last
    std::uint64_t generation_ = 0;             // bumped by discard(): a write under way is then removed
    std::uint64_t writeGeneration_ = 0;
    std::filesystem::path writing_;            // target of the write under way
    QFutureWatcher<QString> watcher_;          // result: the error, empty on success
};

}  // namespace rw::gui
