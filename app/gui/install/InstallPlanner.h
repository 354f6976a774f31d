#pragma once
// The install plan of the open design as the Install Plan dock reads it (docs/gui.md, "Install
// Plan"): core/install's planInstall() on a snapshot of the model and its current routes, with
// the crews the user set in the dock. Derived data, never part of undo: after an edit it is
// stale until the routes are current again, then planned anew a short while after the last edit
// of a burst. Planning runs on a worker thread (Colossus takes seconds), one run at a time; a
// request made meanwhile starts one more run when it ends, so the newest design and crews win.
// Only while active (the dock shown) does a stale plan recompute by itself.
#include <array>
#include <chrono>
#include <memory>
#include <optional>

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include "install/InstallPlan.h"
#include "model/Model.h"
#include "router/RoutingResult.h"

namespace rw::gui {

class DesignContext;
class ProjectSession;

/// A plan with the design it was made from (the printouts need both, and the design may have
/// changed since).
struct PlannedHall {
    std::shared_ptr<const Model> model;
    std::shared_ptr<const RoutingResult> routes;
    install::InstallPlan plan;
    double ms = 0.0;  ///< planning time on the worker
};

class InstallPlanner final : public QObject {
    Q_OBJECT
public:
    using Crews = std::array<int, install::kTradeCount>;

    InstallPlanner(ProjectSession& session, DesignContext& context, QObject* parent = nullptr);
    /// Waits for a run under way (it reads a snapshot it owns; waiting keeps shutdown tidy).
    ~InstallPlanner() override;

    /// Active: a stale plan is recomputed by itself (the dock is shown). Inactive: only marked stale.
    void setActive(bool active);
    [[nodiscard]] bool isActive() const noexcept { return active_; }

    /// Crews of each trade at work at once; a change plans again (after the quiet period).
    void setCrews(const Crews& crews);
    [[nodiscard]] const Crews& crews() const noexcept { return settings_.crews; }
    /// The calendar and the target: shift hours, working days a week, first day, target days
    /// (none: plan with the crews as set). A change plans again, as crews do; like crews, they
    /// are the dock's, not the design's, and not part of undo. Crews are left as they are.
    void setCalendar(int shiftHours, int daysPerWeek, std::chrono::year_month_day start, std::optional<int> targetDays);
    /// Everything the next plan is made with.
    [[nodiscard]] const install::PlanSettings& settings() const noexcept { return settings_; }

    /// Starts planning now (no quiet period) when the routes are current.
    void recomputeNow();
    /// Blocks until no run is under way and nothing is pending that can run (print preview, tests).
    /// Returns whether a plan of the current design and crews is there.
    bool settle();

    /// The last finished plan; null before the first or when the design cannot be planned.
    [[nodiscard]] std::shared_ptr<const PlannedHall> planned() const noexcept { return planned_; }
    /// The plan does not reflect the current design or crews (yet).
    [[nodiscard]] bool isStale() const noexcept { return stale_; }
    [[nodiscard]] bool isBusy() const noexcept { return running_; }
    /// Why there is no plan: no routes, a labour-rates file error, a design the planner refused.
    [[nodiscard]] const QString& problem() const noexcept { return problem_; }

signals:
    /// planned() changed (a run finished, or the plan was dropped).
    void planChanged();
    /// isStale(), isBusy() or problem() changed.
    void stateChanged();

private:
    struct Outcome {
        std::shared_ptr<const PlannedHall> planned;
        std::string error;
    };
    void markStale();
    void scheduleRecompute();
    void startIfNeeded();
    void finished();
    void adopt(Outcome outcome);
    void setProblem(const QString& problem);

    ProjectSession& session_;
    DesignContext& context_;
    QTimer debounce_;
    install::PlanSettings settings_;  ///< crews and calendar as the dock set them; start today
    std::shared_ptr<const install::LabourRates> rates_;
    std::shared_ptr<const PlannedHall> planned_;
    QString problem_;
    bool active_ = false;
    bool stale_ = true;
    bool running_ = false;
    bool pending_ = false;  // asked while a run was under way
    QFutureWatcher<Outcome> watcher_;
};

}  // namespace rw::gui
