#pragma once
// The Edit menu: undo and redo named after the step they revert ("Undo Move rack R12"), delete,
// rotate and select all. Every change goes through the rw::cmd commands on the session's
// Document, so each is one undo step; failures are shown through UserPrompts.
#include <QObject>

#include "edit/ArrangeCommands.h"

class QAction;
class QMenu;

namespace rw::gui {

class ProjectSession;
class RackSelection;
class UserPrompts;

class EditActions final : public QObject {
    Q_OBJECT
public:
    EditActions(ProjectSession& session, RackSelection& selection, UserPrompts& prompts,
                QObject* parent = nullptr);

    void populate(QMenu& menu) const;

    void undo();
    void redo();
    /// Deletes the selected racks (with their devices and cables) as one step.
    void deleteSelected();
    /// Turns each selected rack a quarter turn counter-clockwise, one step per rack.
    void rotateSelected();
    /// Rack footprints for keeping a turned rack on the tile grid (EditingCatalog::footprintFn);
    /// until set, racks turn about their centres.
    void setFootprints(cmd::FootprintFn footprint) { footprint_ = std::move(footprint); }
    void selectAll();

    [[nodiscard]] QAction* undoAction() const noexcept { return undo_; }
    [[nodiscard]] QAction* redoAction() const noexcept { return redo_; }
    [[nodiscard]] QAction* deleteAction() const noexcept { return delete_; }
    [[nodiscard]] QAction* rotateAction() const noexcept { return rotate_; }
    [[nodiscard]] QAction* selectAllAction() const noexcept { return selectAll_; }

private:
    /// Undo/redo texts and every action's enabled state from the document and selection.
    void refresh();
    QAction* makeAction(const QString& text, const QKeySequence& shortcut, const QString& name);

    ProjectSession& session_;
    RackSelection& selection_;
    UserPrompts& prompts_;
    QAction* undo_;
    QAction* redo_;
    QAction* delete_;
    QAction* rotate_;
    QAction* selectAll_;
    cmd::FootprintFn footprint_;
};

}  // namespace rw::gui
