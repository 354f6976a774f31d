#pragma once
// The Findings dock: what the core's design checks (core/checks) find, as a list of severity,
// object and message. Clicking a finding selects its object and frames it in the floor plan (a
// cable: its end racks, with its route highlighted). Findings are derived data: recomputed after
// edits (never undone), shortly after the last edit of a burst, and only the checks whose inputs
// an edit touched (layout after rack/hall edits, loads after device edits, routing when the
// routes change); each check's cost is kept for the status tip.
#include <array>
#include <functional>
#include <vector>

#include <QTimer>
#include <QWidget>

#include "checks/Finding.h"
#include "edit/ChangeSet.h"

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace rw::gui {

class CableFocus;
class DesignContext;
class FloorPlanOverlays;
class ProjectSession;

class FindingsPanel final : public QWidget {
    Q_OBJECT
public:
    FindingsPanel(ProjectSession& session, DesignContext& context, FloorPlanOverlays& overlays, CableFocus& focus,
                  QWidget* parent = nullptr);

    /// Runs the pending checks now instead of after the quiet period (tests, Tools > Check).
    void recomputeNow();
    /// Marks every check stale and runs them all now.
    void recomputeAll();

    [[nodiscard]] QTreeWidget& list() const noexcept { return *list_; }
    /// The findings in list order.
    [[nodiscard]] const std::vector<Finding>& findings() const noexcept { return shown_; }
    /// Does what clicking the finding at `row` does.
    void activate(int row);
    /// Where the racks of a finding about something else than a rack, device, cable or tray come
    /// from (a feed, panel, circuit or cooling unit: the power analysis knows their racks).
    using RacksOf = std::function<std::vector<RackId>(const Finding&)>;
    void setRacksOf(RacksOf racksOf) { racksOf_ = std::move(racksOf); }
    /// Findings of each Severity (errors, warnings, notes), all of them, not only those listed.
    [[nodiscard]] std::array<int, 3> severityCounts() const noexcept { return severityCounts_; }
    /// Tall enough for ten rows and the heading when the dock first opens.
    [[nodiscard]] QSize sizeHint() const override;
    /// Milliseconds the last run of each check took, by FindingSource.
    [[nodiscard]] const std::array<double, kFindingSourceCount>& lastCostMs() const noexcept { return costMs_; }

signals:
    /// The list changed; `errors` and `warnings` count them (for a dock title or badge).
    void findingsChanged(int errors, int warnings);

private:
    void onDocumentChanged(const ChangeSet& changes);
    void markStale(FindingSource source);
    void run(FindingSource source);
    void showList();
    void onItemActivated(QTreeWidgetItem* item);

    ProjectSession& session_;
    DesignContext& context_;
    FloorPlanOverlays& overlays_;
    CableFocus& focus_;
    QLabel* summary_;
    QTreeWidget* list_;
    QTimer debounce_;
    std::array<std::vector<Finding>, kFindingSourceCount> bySource_;
    std::array<bool, kFindingSourceCount> stale_{};
    std::array<double, kFindingSourceCount> costMs_{};
    std::vector<Finding> shown_;
    std::array<int, 3> severityCounts_{};
    RacksOf racksOf_;
};

}  // namespace rw::gui
