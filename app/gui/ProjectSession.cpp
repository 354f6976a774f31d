#include "ProjectSession.h"

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
    return hasPath() ? toQString(path_.filename()) : tr("Untitled");
}

void ProjectSession::newProject() {
    unsavedContent_ = false;
    replace(rw::newProject("Untitled site"), std::nullopt, {});
}

void ProjectSession::open(const std::filesystem::path& file) {
    // Read everything before touching the session, so a bad file changes nothing.
    OpenedProject project = openProjectWithRoutes(file);
    unsavedContent_ = false;
    replace(std::move(project.model), std::move(project.routes), file);
}

void ProjectSession::saveAs(const std::filesystem::path& file) {
    routing_.settle();  // stale routes must not be saved as if they belonged to this model
    saveProject(document_.model(), routing_.currentRoutes(), file);
    path_ = file;
    unsavedContent_ = false;
    document_.markSaved();
    emit saved();
    emit stateChanged();
}

void ProjectSession::adoptUnsaved(Model model, std::optional<RoutingResult> routes, std::filesystem::path path) {
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
