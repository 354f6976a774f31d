#include "install/InstallPlanner.h"

#include <chrono>
#include <exception>

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "ProjectSession.h"
#include "docks/DesignContext.h"

namespace rw::gui {
namespace {

// After the last edit of a burst, or the last click on a crew spin box, before planning again:
// long enough that holding an arrow key plans once, short enough to feel live.
constexpr int kQuietMs = 250;

std::chrono::year_month_day today() {
    return std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
}

}  // namespace

InstallPlanner::InstallPlanner(ProjectSession& session, DesignContext& context, QObject* parent)
    : QObject(parent), session_(session), context_(context) {
    settings_.start = today();  // as rackweave-cli plan without --start
    debounce_.setSingleShot(true);
    debounce_.setInterval(kQuietMs);
    connect(&debounce_, &QTimer::timeout, this, &InstallPlanner::startIfNeeded);
    connect(&watcher_, &QFutureWatcherBase::finished, this, &InstallPlanner::finished);
    // Any edit may change the work (racks, devices, cables, trays); the plan waits for the
    // routes that follow it.
    connect(&session_, &ProjectSession::documentChanged, this, [this] {
        markStale();
        scheduleRecompute();
    });
    connect(&session_, &ProjectSession::routesChanged, this, [this] {
        markStale();
        scheduleRecompute();
    });
    // A reroute that fails leaves the routes stale for good: say so instead of "planning follows".
    connect(&session_.routing(), &RouteState::routingFailed, this,
            [this](const QString& message) { setProblem(tr("Routing failed, so the plan cannot follow: %1").arg(message)); });
    connect(&session_, &ProjectSession::projectReplaced, this, [this] {
        // A plan of the previous project says nothing about this one.
        planned_.reset();
        emit planChanged();
        markStale();
        scheduleRecompute();
    });
}

InstallPlanner::~InstallPlanner() { watcher_.waitForFinished(); }

void InstallPlanner::setActive(bool active) {
    active_ = active;
    if (active_ && stale_) scheduleRecompute();
}

void InstallPlanner::setCrews(const Crews& crews) {
    if (crews == settings_.crews) return;
    settings_.crews = crews;
    markStale();
    scheduleRecompute();
}

void InstallPlanner::setCalendar(int shiftHours, int daysPerWeek, std::chrono::year_month_day start,
                                 std::optional<int> targetDays) {
    if (shiftHours == settings_.shiftHours && daysPerWeek == settings_.workingDaysPerWeek && start == settings_.start &&
        targetDays == settings_.targetDays)
        return;
    settings_.shiftHours = shiftHours;
    settings_.workingDaysPerWeek = daysPerWeek;
    settings_.start = start;
    settings_.targetDays = targetDays;
    markStale();
    scheduleRecompute();
}

void InstallPlanner::markStale() {
    if (stale_) return;
    stale_ = true;
    emit stateChanged();
}

void InstallPlanner::scheduleRecompute() {
    if (active_) debounce_.start();
}

void InstallPlanner::recomputeNow() {
    debounce_.stop();
    startIfNeeded();
}

void InstallPlanner::setProblem(const QString& problem) {
    if (problem == problem_) return;
    problem_ = problem;
    emit stateChanged();
}

void InstallPlanner::startIfNeeded() {
    if (running_) {
        pending_ = true;
        return;
    }
    if (!stale_) return;
    const RouteState& routing = session_.routing();
    if (routing.isStale()) {
        // The routes follow the edit in the background; routesChanged() brings us back. Without
        // a catalog nothing reroutes, so say why the plan waits.
        setProblem(routing.catalog() ? QString() : tr("The routes are out of date and there is no catalog to route with."));
        return;
    }
    const RoutingResult* routes = routing.currentRoutes();
    if (!routes) {
        if (planned_) {
            planned_.reset();
            emit planChanged();
        }
        setProblem(tr("The design has no cable routes yet: Tools > Route computes them, then the plan follows."));
        return;
    }
    if (!rates_) {
        try {
            rates_ = std::make_shared<const install::LabourRates>(install::loadShippedLabourRates());
        } catch (const std::exception& e) {
            setProblem(QString::fromStdString(e.what()));
            return;
        }
    }
    const install::PlanSettings settings = settings_;
    auto model = std::make_shared<const Model>(session_.model());
    auto routesCopy = std::make_shared<const RoutingResult>(*routes);
    running_ = true;
    pending_ = false;
    stale_ = false;  // this run is of the current design and crews
    emit stateChanged();
    watcher_.setFuture(QtConcurrent::run([model, routesCopy, rates = rates_, settings]() -> Outcome {
        QElapsedTimer timer;
        timer.start();
        try {
            install::InstallPlan plan = install::planInstall(*model, *routesCopy, *rates, settings);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            auto planned = std::make_shared<const PlannedHall>(PlannedHall{model, routesCopy, std::move(plan), ms});
            return {std::move(planned), {}};
        } catch (const std::exception& e) {
            return {nullptr, e.what()};
        }
    }));
}

void InstallPlanner::finished() {
    if (!running_) return;  // settle() took this result already
    running_ = false;
    adopt(watcher_.result());
    if (stale_ || pending_) {
        pending_ = false;
        scheduleRecompute();
    }
    emit stateChanged();
}

void InstallPlanner::adopt(Outcome outcome) {
    if (outcome.planned) {
        planned_ = std::move(outcome.planned);
        setProblem({});
    } else {
        planned_.reset();
        setProblem(tr("Cannot plan this design: %1").arg(QString::fromStdString(outcome.error)));
    }
    emit planChanged();
}

bool InstallPlanner::settle() {
    session_.routing().settle();  // the plan needs current routes
    debounce_.stop();
    for (int runs = 0; runs < 3; ++runs) {  // a run, and one more for what changed meanwhile
        if (running_) {
            watcher_.waitForFinished();
            finished();
            debounce_.stop();
        }
        if (!stale_) break;
        startIfNeeded();
        if (!running_) break;  // nothing can run: no routes, no rates
    }
    return planned_ && !stale_;
}

}  // namespace rw::gui
