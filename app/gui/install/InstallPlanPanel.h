#pragma once
// The Install Plan dock (docs/gui.md, "Install Plan"): the finish day and a summary, the crews
// of each trade as spin boxes and the calendar (hours a day, days a week, start, target days;
// a change plans again, in the background), the Gantt chart by
// trade and crew with the critical path in red, and the critical path as a list. Clicking a bar
// or a list row selects the package's racks in the views. The plan is InstallPlanner's: derived
// data, recomputed while the dock is shown, never part of undo. The day slider (0 to the finish)
// shows the hall as built at the end of that working day in both views (AsBuiltDisplay): what
// is not built yet is drawn faded while the dock is shown.
#include <array>

#include <QWidget>

#include "install/AsBuiltDisplay.h"
#include "install/Trade.h"
#include "install/WorkOrders.h"

class QComboBox;
class QLabel;
class QPushButton;
class QListWidget;
class QProgressBar;
class QSlider;
class QSpinBox;

namespace rw::gui {

class FloorPlanOverlays;
class GanttChart;
class InstallPlanner;
class PlanCalendarRow;

class InstallPlanPanel final : public QWidget {
    Q_OBJECT
public:
    InstallPlanPanel(InstallPlanner& planner, FloorPlanOverlays& overlays, AsBuiltDisplay asBuilt,
                     QWidget* parent = nullptr);

    [[nodiscard]] QLabel& summary() const noexcept { return *summary_; }
    [[nodiscard]] QLabel& status() const noexcept { return *status_; }
    [[nodiscard]] QProgressBar& progress() const noexcept { return *progress_; }
    [[nodiscard]] QSpinBox& crewBox(install::Trade trade) const noexcept { return *crewBoxes_[std::size_t(trade)]; }
    /// Shift hours, days a week, start date and target days.
    [[nodiscard]] PlanCalendarRow& calendarRow() const noexcept { return *calendar_; }
    [[nodiscard]] GanttChart& gantt() const noexcept { return *gantt_; }
    [[nodiscard]] QListWidget& criticalList() const noexcept { return *critical_; }
    /// Working day 0 (before the first morning) to the finish; at the finish nothing is faded.
    [[nodiscard]] QSlider& daySlider() const noexcept { return *daySlider_; }
    [[nodiscard]] QLabel& dayLabel() const noexcept { return *dayLabel_; }
    /// The work orders to print: a crew ("All crews" or "fibre-02") and a working day (or all).
    [[nodiscard]] QComboBox& printCrew() const noexcept { return *printCrew_; }
    [[nodiscard]] QComboBox& printDay() const noexcept { return *printDay_; }
    [[nodiscard]] install::WorkOrderFilter printFilter() const;
    /// Shows the Print Preview... button (only where the app is built with the printouts).
    void setPrintAvailable(bool available);

signals:
    /// The dock's Print Preview... button: File > Print Preview for the chosen crew and day.
    void printPreviewRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void showPlan();
    void showState();
    void crewsEdited();
    void focusPackage(int package);
    void showDay();
    void fillPrintChoices();

    InstallPlanner& planner_;
    FloorPlanOverlays& overlays_;
    QLabel* summary_;
    QLabel* status_;
    QProgressBar* progress_;
    std::array<QSpinBox*, install::kTradeCount> crewBoxes_{};
    PlanCalendarRow* calendar_;
    GanttChart* gantt_;
    QListWidget* critical_;
    QSlider* daySlider_;
    QLabel* dayLabel_;
    QComboBox* printCrew_;
    QComboBox* printDay_;
    QPushButton* preview_;
    AsBuiltDisplay asBuilt_;
    bool dayAtFinish_ = true;  // the slider follows a new finish day while it sits at the end
};

}  // namespace rw::gui
