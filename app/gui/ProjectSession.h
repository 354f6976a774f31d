#pragma once
// The open project: its Document (model + undo history) and the file it belongs to. No dialogs
// here: FileActions asks the user, this class does the work and says what changed.
#include <filesystem>

#include <QObject>
#include <QString>

#include "edit/Document.h"

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
    /// The file name, or "Untitled" before the first save.
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] bool isModified() const noexcept { return document_.isModified(); }

    /// Replaces the project with a new, untitled one holding one empty hall.
    void newProject();
    /// Replaces the project with the one in `file`. Throws rw::ProjectFileError; the current
    /// project, its path and its undo history are then untouched.
    void open(const std::filesystem::path& file);
    /// Writes the project to `file` (atomically) and makes `file` the project's path.
    /// Throws rw::ProjectFileError; the path and modified state are then untouched.
    void saveAs(const std::filesystem::path& file);

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

private:
    void replace(Model model, std::filesystem::path path);

    Document document_;
    Document::SubscriptionId subscription_ = 0;
    std::filesystem::path path_;
};

}  // namespace rw::gui
