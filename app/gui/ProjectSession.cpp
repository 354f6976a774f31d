#include "ProjectSession.h"

#include <fmt/format.h>

#include "PathText.h"
#include "persistence/ProjectFile.h"
#include "project/NewProject.h"

namespace rw::gui {

ProjectSession::ProjectSession(QObject* parent)
    : QObject(parent), document_(rw::newProject("Untitled site")), routing_(document_) {
    connect(&routing_, &RouteState::routesChanged, this, &ProjectSession::routesChanged);
    subscription_ = document_.subscribe([this](const ChangeSet& changes) {
        if (!replacing_) routing_.modelEdited(changes);
        emit documentChanged(changes);
        emit modelChanged();
        emit stateChanged();
    });
}

ProjectSession::~ProjectSession() { document_.unsubscribe(subscription_); }

QString ProjectSession::displayName() const {
    if (!hasPath()) return tr("Untitled");
    return isReadOnly() ? tr("%1 (read-only)").arg(toQString(path_.filename())) : toQString(path_.filename());
}

std::optional<ProjectLock> ProjectSession::lockOrThrow(const std::filesystem::path& file, bool needLock) {
    LockHolder holder;
    std::optional<ProjectLock> lock;
    try {
        lock = ProjectLock::acquire(file, &holder);
    } catch (const std::runtime_error& e) {  // no lock can be made beside it (a read-only or missing folder)
        if (!needLock) return std::nullopt;
        throw ProjectInUse(e.what(), tr("nobody, but it cannot be locked: %1").arg(QString::fromStdString(e.what())));
    }
    if (!lock)
        throw ProjectInUse(holder.openElsewhere(file),
                           QString::fromStdString(holder.describe()));
    return lock;
}

void ProjectSession::newProject(const NewHallSize& hall) {
    lock_.reset();
    diskStamp_.reset();
    unsavedContent_ = false;
    replace(rw::newProject("Untitled site", hall), std::nullopt, {});
}

void ProjectSession::open(const std::filesystem::path& file, Access access) {
    // Read everything before touching the session, so a bad file changes nothing.
    std::optional<ProjectLock> lock;
    if (access == Access::ReadWrite) {
        if (lock_ && lock_->file() == ProjectLock::lockFileFor(file))
            lock = std::move(lock_);  // opening our own file again
        else
            lock = lockOrThrow(file, true);
    }
    const auto stamp = FileStamp::of(file);  // before reading: a write meanwhile then counts as a change
    OpenedProject project = openProjectWithRoutes(file);
    lock_ = std::move(lock);
    diskStamp_ = stamp;
    unsavedContent_ = false;
    replace(std::move(project.model), std::move(project.routes), file);
}

void ProjectSession::saveAs(const std::filesystem::path& file) {
    routing_.settle();  // stale routes must not be saved as if they belonged to this model
    std::optional<ProjectLock> newLock;
    // Where no lock can be made, saving itself says why (no such folder) or works unlocked.
    if (!lock_ || lock_->file() != ProjectLock::lockFileFor(file)) newLock = lockOrThrow(file, false);
    saveProject(document_.model(), routing_.currentRoutes(), file);
    if (newLock)
        lock_ = std::move(newLock);
    else if (lock_ && lock_->file() != ProjectLock::lockFileFor(file))
        lock_.reset();  // saved where no lock could be made: not ours to keep writing
    diskStamp_ = FileStamp::of(file);
    path_ = file;
    unsavedContent_ = false;
    document_.markSaved();
    emit saved();
    emit stateChanged();
}

void ProjectSession::adoptUnsaved(Model model, std::optional<RoutingResult> routes, std::filesystem::path path) {
    // A restored autosave belongs to `path`: hold its lock if we can, else it is read-only.
    lock_.reset();
    if (!path.empty()) {
        try {
            lock_ = lockOrThrow(path, false);
        } catch (const ProjectInUse&) {
        }
    }
    diskStamp_ = path.empty() ? std::nullopt : FileStamp::of(path);
    unsavedContent_ = true;
    replace(std::move(model), std::move(routes), std::move(path));
}

void ProjectSession::replace(Model model, std::optional<RoutingResult> routes, std::filesystem::path path) {
    path_ = std::move(path);
    routing_.replace(std::move(routes));
    replacing_ = true;
    document_.reset(std::move(model));  // notifies: modelChanged, stateChanged
    replacing_ = false;
    routing_.resume();  // now that the document holds the model the routes belong to
    emit routesChanged();
    emit projectReplaced();
}

}  // namespace rw::gui
