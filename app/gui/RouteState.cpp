#include "RouteState.h"

#include <algorithm>
#include <exception>

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "edit/Document.h"

namespace rw::gui {

void mergeChanges(ChangeSet& into, const ChangeSet& more) {
    const auto append = [](ChangeSet::IdList& to, const ChangeSet::IdList& from) {
        to.insert(to.end(), from.begin(), from.end());
        std::sort(to.begin(), to.end());
        to.erase(std::unique(to.begin(), to.end()), to.end());
    };
    for (std::size_t k = 0; k < kEntityKindCount; ++k) {
        append(into.added[k], more.added[k]);
        append(into.removed[k], more.removed[k]);
        append(into.modified[k], more.modified[k]);
    }
    into.siteChanged = into.siteChanged || more.siteChanged;
}

RouteState::RouteState(const Document& document, QObject* parent) : QObject(parent), document_(document) {
    connect(&watcher_, &QFutureWatcherBase::finished, this, &RouteState::finished);
}

RouteState::~RouteState() {
    watcher_.disconnect(this);
    watcher_.waitForFinished();
}

void RouteState::setCatalog(const Catalog* catalog) {
    if (catalog_ == catalog) return;
    finishRunning();  // it reads the old catalog, which the caller may be about to destroy
    catalog_ = catalog;
    engine_ = std::make_shared<Engine>();  // its router chose media from the old catalog
    primeRequested_ = routes_ != nullptr;
    resume();  // edits made before the catalog arrived
}

void RouteState::resume() {
    if (fullRequested_ || !pending_.empty() || !primeRequested_) {
        startIfNeeded();
        return;
    }
    QTimer::singleShot(kWarmUpDelayMs, this, [this, epoch = epoch_] {
        if (epoch == epoch_) startIfNeeded();
    });
}

void RouteState::replace(std::optional<RoutingResult> routes) {
    ++epoch_;  // a run under way belongs to the old project: its result is dropped
    routes_ = routes ? std::make_shared<const RoutingResult>(std::move(*routes)) : nullptr;
    pending_ = ChangeSet{};
    fullRequested_ = false;
    primeRequested_ = routes_ != nullptr;
    engine_ = std::make_shared<Engine>();  // a run under way keeps its own
    lastStats_ = RoutingStats{};
    setStale(false);
}

void RouteState::modelEdited(const ChangeSet& changes) {
    if (!routes_ && !running_ && !fullRequested_) return;  // no routes to keep current
    mergeChanges(pending_, changes);
    setStale(true);
    startIfNeeded();
}

void RouteState::routeAll() {
    fullRequested_ = true;
    pending_ = ChangeSet{};  // a full route covers every edit
    setStale(true);
    startIfNeeded();
}

std::optional<RouteState::Job> RouteState::takeJob(bool withWarmUp) {
    if (running_ || !catalog_) return std::nullopt;
    const bool reroute = !fullRequested_ && routes_ && !pending_.empty();
    if (!fullRequested_ && !reroute && !(withWarmUp && primeRequested_)) return std::nullopt;
    Job job;
    job.epoch = epoch_;
    job.engine = engine_;
    // A copy for the worker: the user keeps editing the document meanwhile.
    job.snapshot = std::make_shared<Model>(document_.model());
    if (reroute) job.previous = routes_;
    job.changes = std::move(pending_);
    pending_ = ChangeSet{};
    fullRequested_ = false;
    primeRequested_ = false;
    return job;
}

void RouteState::startIfNeeded() {
    std::optional<Job> job = takeJob();
    if (!job) return;
    running_ = std::move(*job);
    const Catalog* catalog = catalog_;
    watcher_.setFuture(QtConcurrent::run([catalog, job = *running_] { return run(*catalog, job); }));
    emit stateChanged();
}

RouteState::Outcome RouteState::run(const Catalog& catalog, const Job& job) {
    Outcome outcome;
    Engine& engine = *job.engine;
    try {
        engine.model = std::move(*job.snapshot);  // same object: the router's reference stays valid
        if (!engine.router) {
            engine.router = std::make_unique<Router>(engine.model, catalog);
            outcome.routes = engine.router->routeAll();
            outcome.stats = engine.router->stats();
            outcome.stats.fullReroute = job.previous != nullptr;  // an edit before the warm-up ran
        } else {
            outcome.routes = job.previous ? engine.router->reroute(*job.previous, job.changes) : engine.router->routeAll();
            outcome.stats = engine.router->stats();
        }
    } catch (const std::exception& e) {
        engine.router.reset();  // its state is unknown now: the next run starts afresh
        outcome.error = e.what();
    }
    return outcome;
}

void RouteState::finished() {
    if (!running_) return;  // settle() already took this result
    const Job job = std::move(*running_);
    running_.reset();
    adopt(job, watcher_.result());
    startIfNeeded();
    if (!running_) emit stateChanged();
}

void RouteState::adopt(const Job& job, Outcome outcome) {
    if (job.epoch != epoch_) return;  // the project was replaced while this ran
    if (!outcome.error.empty()) {
        // Keep the last good routes; they stay stale until the next edit or Tools > Route.
        lastError_ = QString::fromStdString(outcome.error);
        emit routingFailed(lastError_);
        return;
    }
    lastError_.clear();
    lastStats_ = outcome.stats;
    const bool same = routes_ && *routes_ == outcome.routes;  // a warm-up run usually finds the loaded routes
    if (!same) routes_ = std::make_shared<const RoutingResult>(std::move(outcome.routes));
    setStale(fullRequested_ || !pending_.empty());
    if (!same) emit routesChanged();
}

void RouteState::finishRunning() {
    if (!running_) return;
    watcher_.waitForFinished();
    const Job job = std::move(*running_);
    running_.reset();  // the watcher's finished() signal, when it comes, finds nothing to do
    adopt(job, watcher_.result());
}

void RouteState::settle() {
    for (;;) {
        finishRunning();
        std::optional<Job> job = takeJob(/*withWarmUp=*/false);  // saving needs no warm-up
        if (!job) break;
        adopt(*job, run(*catalog_, *job));
    }
    emit stateChanged();
}

void RouteState::setStale(bool stale) {
    if (stale_ == stale) return;
    stale_ = stale;
    emit stateChanged();
}

}  // namespace rw::gui
