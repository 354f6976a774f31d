#pragma once
// The open project: its Document (model + undo history), its cable routes (derived, kept current
// by RouteState) and the file it belongs to. No dialogs here: FileActions asks the user, this
// class does the work and says what changed.
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>

#include <QObject>
#include <QString>

#include "RouteState.h"
#include "edit/Document.h"
#include "persistence/ProjectLock.h"
#include "project/NewProject.h"
#include "router/RoutingResult.h"

namespace rw::gui {

class ProjectSession final : public QObject {
    Q_OBJECT
public:
    explicit ProjectSession(QObject* parent = nullptr);
    ~ProjectSession() override;

    [[nodiscard]] Document& document() noexcept { return document_; }
    [[nodiscard]] const Model& model() const noexcept { return document_.model(); }
    /// The project file; empty while the project is untitled.
    [[nodiscard]] const std::filesystem::path& path() const noexcept { return path_; }
    [[nodiscard]] bool hasPath() const noexcept { return !path_.empty(); }
    /// The file name, or "Untitled" before the first save; "(read-only)" follows when opened so.
    [[nodiscard]] QString displayName() const;
    /// Unsaved changes: edits since the last save, or a project that never was saved as it is
    /// (generated, restored from an autosave).
    [[nodiscard]] bool isModified() const noexcept { return document_.isModified() || unsavedContent_; }

    /// The cable routes: routes() is nullptr when the project has none; after an edit they are
    /// updated in the background (routing().isStale() meanwhile). See RouteState.
    [[nodiscard]] RouteState& routing() noexcept { return routing_; }
    [[nodiscard]] const RouteState& routing() const noexcept { return routing_; }
    [[nodiscard]] const RoutingResult* routes() const noexcept { return routing_.routes(); }
    [[nodiscard]] bool routesStale() const noexcept { return routing_.isStale(); }

    /// Replaces the project with a new, untitled one holding one empty hall of `hall`'s size.
    void newProject(const NewHallSize& hall = {});
    /// How a file is opened: with its lock (ReadWrite), or without, when another Rackweave has it.
    enum class Access { ReadWrite, ReadOnly };
    /// Another Rackweave holds the file's lock, or no lock can be made beside it (open refused).
    struct ProjectInUse : std::runtime_error {
        ProjectInUse(const std::string& what, QString holder) : std::runtime_error(what), holder(std::move(holder)) {}
        QString holder;  // who has it ("alice on ws-3 (process 42) since ...") or why it cannot be locked
    };

    /// Replaces the project with the one in `file`, with its saved routes. ReadWrite takes the
    /// file's lock first and throws ProjectInUse when that fails. Throws rw::ProjectFileError; the
    /// current project, its path and its undo history are then untouched.
    void open(const std::filesystem::path& file, Access access = Access::ReadWrite);
    /// Opened read-only: Save must go to another file (Save As).
    [[nodiscard]] bool isReadOnly() const noexcept { return hasPath() && !lock_; }
    /// The project's file was written by someone else since it was opened or last saved here.
    [[nodiscard]] bool changedOnDisk() const { return hasPath() && rw::changedOnDisk(path_, diskStamp_); }
    /// Writes the project with its routes to `file` (atomically) and makes `file` the project's
    /// path. Routing still under way is finished first, so the routes match the saved model.
    /// Throws rw::ProjectFileError; the path and modified state are then untouched.
    /// Saving to another file takes that file's lock (ProjectInUse when another Rackweave has it)
    /// and releases this one's.
    void saveAs(const std::filesystem::path& file);
    /// Replaces the project with `model` (generated, or restored from an autosave of `path`),
    /// unsaved: it belongs to `path` (empty: untitled) but nothing is written until the user saves.
    void adoptUnsaved(Model model, std::optional<RoutingResult> routes, std::filesystem::path path = {});

signals:
    /// What one edit, undo, redo or new model changed, for views that update only that part.
    /// Emitted before modelChanged().
    void documentChanged(const rw::ChangeSet& changes);
    /// The model changed: an edit, undo, redo, or a whole new model.
    void modelChanged();
    /// A different project was loaded or created (after modelChanged).
    void projectReplaced();
    /// The path or the modified flag changed.
    void stateChanged();
    /// The project was written to its file (path()).
    void saved();
    /// routes() changed (loaded, rerouted after an edit, Tools > Route). Stale or busy state:
    /// routing().stateChanged().
    void routesChanged();

private:
    void replace(Model model, std::optional<RoutingResult> routes, std::filesystem::path path);
    /// The lock of `file`; ProjectInUse when another process holds it. Where none can be made at
    /// all: ProjectInUse when `needLock`, else nullopt.
    static std::optional<ProjectLock> lockOrThrow(const std::filesystem::path& file, bool needLock);

    Document document_;
    RouteState routing_;
    Document::SubscriptionId subscription_ = 0;
    std::filesystem::path path_;
    std::optional<ProjectLock> lock_;          // held while path_ is open for writing
    std::optional<FileStamp> diskStamp_;       // path_'s version on disk when read or last saved here
    bool unsavedContent_ = false;  // the model was never saved as it is (see isModified)
    bool replacing_ = false;       // Document::reset's report is a new project, not an edit
};

}  // namespace rw::gui
