#pragma once
// The Install Plan dock's calendar row (docs/gui.md, "Install Plan"): hours a working day, working
// days a week, the first day and a target in working days (0 = none), as the CLI's
// --shift-hours, --days-per-week, --start and --target-days. An edit hands all four to the
// planner, which plans again on its worker thread as it does for crews.
#include <QWidget>

class QDateEdit;
class QSpinBox;

namespace rw::gui {

class InstallPlanner;

class PlanCalendarRow final : public QWidget {
    Q_OBJECT
public:
    explicit PlanCalendarRow(InstallPlanner& planner, QWidget* parent = nullptr);

    [[nodiscard]] QSpinBox& shiftHours() const noexcept { return *shiftHours_; }
    [[nodiscard]] QSpinBox& daysPerWeek() const noexcept { return *daysPerWeek_; }
    [[nodiscard]] QDateEdit& start() const noexcept { return *start_; }
    /// 0 shows "none": plan with the crews as set; N finds the fewest crews that finish in N days.
    [[nodiscard]] QSpinBox& targetDays() const noexcept { return *targetDays_; }

private:
    void edited();

    InstallPlanner& planner_;
    QSpinBox* shiftHours_;
    QSpinBox* daysPerWeek_;
    QDateEdit* start_;
    QSpinBox* targetDays_;
};

}  // namespace rw::gui
