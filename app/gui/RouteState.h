#pragma once
// The open project's cable routes: derived data, never part of undo. Loaded and saved with the
// project; after every edit they are brought up to date with Router::reroute() on a worker thread
// (it may fall back to a full route, seconds on a large hall), so the GUI never waits for it.
//
// While a run is under way routes() keeps the last finished result and isStale() is true. Edits
// made meanwhile are merged into one ChangeSet and rerouted against that result as soon as the run
// finishes, so the newest edit always wins and nothing is routed twice; a run started for a
// project that has since been replaced is thrown away. A project without routes stays without
// them until routeAll() (Tools > Route) computes them.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include "edit/ChangeSet.h"
#include "router/Router.h"
#include "router/RoutingResult.h"

namespace rw {
class Catalog;
class Document;
}  // namespace rw

namespace rw::gui {

class RouteState final : public QObject {
    Q_OBJECT
public:
    /// Routes for `document`'s model, which must outlive this object.
    explicit RouteState(const Document& document, QObject* parent = nullptr);
    /// Waits for a run under way: it reads the catalog, which may go away with the window.
    ~RouteState() override;

    /// The parts the router chooses media from; must outlive this object. Without a catalog
    /// nothing is routed and an edit only marks the routes stale.
    void setCatalog(const Catalog* catalog);
    [[nodiscard]] const Catalog* catalog() const noexcept { return catalog_; }

    /// The last finished routes; nullptr when the project has none.
    [[nodiscard]] const RoutingResult* routes() const noexcept { return routes_.get(); }
    /// The routes as they belong to the current model: nullptr when none or stale.
    [[nodiscard]] const RoutingResult* currentRoutes() const noexcept { return stale_ ? nullptr : routes_.get(); }
    /// True while the model has changes the routes do not reflect yet.
    [[nodiscard]] bool isStale() const noexcept { return stale_; }
    /// True while a routing run is under way.
    [[nodiscard]] bool isBusy() const noexcept { return running_.has_value(); }
    /// Figures of the last finished run (fullReroute tells whether the update fell back).
    [[nodiscard]] const RoutingStats& lastStats() const noexcept { return lastStats_; }
    /// Why the last run failed; empty when it did not.
    [[nodiscard]] const QString& lastError() const noexcept { return lastError_; }

    /// A different project: these are its routes (none: nullopt), nothing is pending. Call it
    /// before the document gets the new model, then resume() once it has it. Emits no
    /// routesChanged(): the caller reports the new project once its model is in place too.
    void replace(std::optional<RoutingResult> routes);
    /// Starts what replace() left to do: loaded routes are routed again in the background once
    /// (the router keeps state that makes later edits incremental); if that differs -- routes
    /// saved with other parts -- the new result replaces them.
    /// The warm-up waits kWarmUpDelayMs, so a large hall draws its first frame first.
    void resume();
    /// True while loaded routes wait for their warm-up run (see resume()).
    [[nodiscard]] bool isWarmingUp() const noexcept { return primeRequested_; }

    static constexpr int kWarmUpDelayMs = 1'500;
    /// The model was edited (an edit, undo or redo): keep the routes current.
    void modelEdited(const ChangeSet& changes);
    /// Routes every cable anew (Tools > Route), in the background.
    void routeAll();
    /// Blocks until no run is under way and nothing is pending (routing what is pending on this
    /// thread). Used before a save, so the file gets routes that match its model.
    void settle();

signals:
    /// routes() changed: a run finished or a project was loaded.
    void routesChanged();
    /// A run failed (`message` is the router's reason); the last routes are kept, stale.
    void routingFailed(const QString& message);
    /// isStale() or isBusy() changed.
    void stateChanged();

private:
    /// The router and the model copy it routes. Router keeps its state between calls so that
    /// reroute() only redoes what an edit touched; it reads the model by reference, so the model
    /// is this copy, brought up to date before each run. One run at a time uses it.
    struct Engine {
        Model model;
        std::unique_ptr<Router> router;
    };
    struct Job {
        std::uint64_t epoch = 0;
        std::shared_ptr<Engine> engine;
        std::shared_ptr<Model> snapshot;                // the document's model when the job started
        std::shared_ptr<const RoutingResult> previous;  // null: route everything
        ChangeSet changes;
    };
    struct Outcome {
        RoutingResult routes;
        RoutingStats stats;
        std::string error;  // what the router threw; routes and stats are then empty
    };

    void startIfNeeded();
    /// The next run to start, if any; `withWarmUp` false leaves a pending warm-up for later.
    std::optional<Job> takeJob(bool withWarmUp = true);
    [[nodiscard]] static Outcome run(const Catalog& catalog, const Job& job);
    void finished();
    /// Waits for the run under way (if any) and takes its result.
    void finishRunning();
    void adopt(const Job& job, Outcome outcome);
    void setStale(bool stale);

    const Document& document_;
    const Catalog* catalog_ = nullptr;
    std::shared_ptr<const RoutingResult> routes_;
    RoutingStats lastStats_;
    QString lastError_;
    ChangeSet pending_;              // edits since routes_ was computed
    bool fullRequested_ = false;     // routeAll() asked, not started yet
    bool primeRequested_ = false;    // loaded routes: warm the router up so the first edit is quick
    std::shared_ptr<Engine> engine_; // for the current project and catalog
    bool stale_ = false;
    std::uint64_t epoch_ = 0;        // bumped when the project is replaced
    std::optional<Job> running_;
    QFutureWatcher<Outcome> watcher_;
};

/// Adds `more` to `into` (what either changed), for rerouting several edits at once.
void mergeChanges(ChangeSet& into, const ChangeSet& more);

}  // namespace rw::gui
