#pragma once
// Edit > Find (Ctrl+F): a small non-modal window that searches racks, devices and cables by name
// as the user types (DesignSearch) and lists the matches; choosing one selects it and frames it
// in the floor plan -- a rack or a device's rack is selected, a cable is focused (its route
// highlighted, its end racks selected and framed).
#include <QDialog>

#include "DesignSearch.h"

class QAction;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace rw::gui {

class CableFocus;
class FloorPlanOverlays;
class ProjectSession;

class FindDialog final : public QDialog {
    Q_OBJECT
public:
    FindDialog(ProjectSession& session, FloorPlanOverlays& overlays, CableFocus& focus, QWidget* parent);

    /// Edit > Find, Ctrl+F: shows the dialog with the query field focused.
    [[nodiscard]] QAction* action() const noexcept { return action_; }

    /// Searches for `text` now (what typing does a moment after the last key).
    void search(const QString& text);
    /// Selects and frames the match in row `row` of the list.
    void choose(int row);
    [[nodiscard]] QTreeWidget& results() const noexcept { return *results_; }
    [[nodiscard]] QLineEdit& query() const noexcept { return *query_; }

    /// At most this many matches are listed (the heading counts them all).
    static constexpr std::size_t kMaxListed = 1000;

private:
    void open();
    void chooseItem(QTreeWidgetItem* item);

    ProjectSession& session_;
    FloorPlanOverlays& overlays_;
    CableFocus& focus_;
    QAction* action_;
    QLineEdit* query_;
    QLabel* summary_;
    QTreeWidget* results_;
    QTimer* typing_;
};

}  // namespace rw::gui
