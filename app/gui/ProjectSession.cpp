#include "ProjectSession.h"

#include "PathText.h"
#include "persistence/ProjectFile.h"
#include "project/NewProject.h"

namespace rw::gui {

ProjectSession::ProjectSession(QObject* parent) : QObject(parent), document_(rw::newProject("Untitled site")) {
    subscription_ = document_.subscribe([this](const ChangeSet& changes) {
        emit documentChanged(changes);
        emit modelChanged();
        emit stateChanged();
    });
}

ProjectSession::~ProjectSession() { document_.unsubscribe(subscription_); }

QString ProjectSession::displayName() const {
    return hasPath() ? toQString(path_.filename()) : tr("Untitled");
}

void ProjectSession::newProject() { replace(rw::newProject("Untitled site"), {}); }

void ProjectSession::open(const std::filesystem::path& file) {
    // Read everything before touching the session, so a bad file changes nothing.
    Model model = openProject(file);
    replace(std::move(model), file);
}

void ProjectSession::saveAs(const std::filesystem::path& file) {
    saveProject(document_.model(), file);
    path_ = file;
    document_.markSaved();
    emit stateChanged();
}

void ProjectSession::replace(Model model, std::filesystem::path path) {
    path_ = std::move(path);
    document_.reset(std::move(model));  // notifies: modelChanged, stateChanged
    emit projectReplaced();
}

}  // namespace rw::gui
