#pragma once
// The Arrange menu: align the selected racks' edges or centres, distribute them with equal gaps,
// and place a row of N racks (PlaceRowDialog). Each is one undo step through rw::cmd; actions are
// enabled only when they apply (align: 2+ racks, distribute: 3+).
#include <functional>
#include <vector>

#include <QObject>
#include <QRectF>

#include "edit/ArrangeCommands.h"
#include "edit/PlacementCommands.h"

class QAction;
class QMenu;
class QWidget;

namespace rw::gui {

class EditingCatalog;
class ProjectSession;
class RackSelection;
class UserPrompts;

class ArrangeActions final : public QObject {
    Q_OBJECT
public:
    ArrangeActions(ProjectSession& session, RackSelection& selection, UserPrompts& prompts, const EditingCatalog& catalog,
                   QWidget& dialogParent, QObject* parent = nullptr);

    void populate(QMenu& menu) const;

    void align(cmd::Alignment alignment);
    void distribute(cmd::Axis axis);
    /// Asks for the row (PlaceRowDialog) and places it.
    void askPlaceRow();
    /// Places a row as asked; pitch 0 means "the rack type's width". Selects the new racks.
    void placeRow(cmd::RackRowRequest request);
    /// What the dialog starts with: just past the selection's last rack along its row, same type
    /// and orientation; or ten racks of the first catalog rack type near the hall's corner.
    [[nodiscard]] cmd::RackRowRequest rowDefaults() const;

    [[nodiscard]] QAction* alignAction(cmd::Alignment alignment) const;
    [[nodiscard]] QAction* distributeAction(cmd::Axis axis) const;
    [[nodiscard]] QAction* placeRowAction() const noexcept { return placeRow_; }
    /// Where the Place Row dialog's live preview goes: the footprints of the row as set up so
    /// far (scene rectangles), then an empty list when the dialog closes.
    void setRowPreview(std::function<void(const std::vector<QRectF>&)> preview) { preview_ = std::move(preview); }

signals:
    /// A row was placed: its racks, first to last (the window frames them).
    void rowPlaced(const std::vector<rw::RackId>& racks);

private:
    void refresh();

    ProjectSession& session_;
    RackSelection& selection_;
    UserPrompts& prompts_;
    const EditingCatalog& catalog_;
    QWidget& dialogParent_;
    std::vector<std::pair<cmd::Alignment, QAction*>> align_;
    QAction* distributeX_;
    QAction* distributeY_;
    QAction* placeRow_;
    std::function<void(const std::vector<QRectF>&)> preview_;
};

}  // namespace rw::gui
