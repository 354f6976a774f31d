#pragma once
// The Install Plan dock (docs/gui.md, "Install Plan"): the finish day and a summary, the crews
// of each trade as spin boxes (a change plans again, in the background), the Gantt chart by
// trade and crew with the critical path in red, and the critical path as a list. Clicking a bar
// or a list row selects the package's racks in the views. The plan is InstallPlanner's: derived
// data, recomputed while the dock is shown, never part of undo.
#include <array>

#include <QWidget>

#include "install/Trade.h"

class QLabel;
class QListWidget;
class QProgressBar;
class QSpinBox;

namespace rw::gui {

class FloorPlanOverlays;
class GanttChart;
class InstallPlanner;

class InstallPlanPanel final : public QWidget {
    Q_OBJECT
public:
    InstallPlanPanel(InstallPlanner& planner, FloorPlanOverlays& overlays, QWidget* parent = nullptr);

    [[nodiscard]] QLabel& summary() const noexcept { return *summary_; }
    [[nodiscard]] QLabel& status() const noexcept { return *status_; }
    [[nodiscard]] QProgressBar& progress() const noexcept { return *progress_; }
    [[nodiscard]] QSpinBox& crewBox(install::Trade trade) const noexcept { return *crewBoxes_[std::size_t(trade)]; }
    [[nodiscard]] GanttChart& gantt() const noexcept { return *gantt_; }
    [[nodiscard]] QListWidget& criticalList() const noexcept { return *critical_; }

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void showPlan();
    void showState();
    void crewsEdited();
    void focusPackage(int package);

    InstallPlanner& planner_;
    FloorPlanOverlays& overlays_;
    QLabel* summary_;
    QLabel* status_;
    QProgressBar* progress_;
    std::array<QSpinBox*, install::kTradeCount> crewBoxes_{};
    GanttChart* gantt_;
    QListWidget* critical_;
};

}  // namespace rw::gui
