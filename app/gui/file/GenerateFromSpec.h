#pragma once
// File > Generate from Spec...: a cluster spec (docs/spec.md) becomes a new, untitled project,
// generated and routed as `rackweave-cli generate` does, on a worker thread behind a progress
// dialog that names each phase. Cancel stops at the next phase boundary (the generator reports
// between phases; a routing run under way finishes first and its result is dropped). A bad spec
// is reported naming the file and the JSON path. The current project is closed first, after the
// unsaved-changes question: generating is not an edit and is not undoable.
#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>

#include "generator/Generator.h"
#include "generator/ClusterSpec.h"
#include "router/RoutingResult.h"

class QProgressDialog;
class QWidget;

namespace rw {
class Catalog;
}

namespace rw::gui {

class GenerationNotesDialog;
class ProjectSession;
class UserPrompts;

class GenerateFromSpec final : public QObject {
    Q_OBJECT
public:
    /// `confirmDiscard` asks about the current project's unsaved changes (FileActions).
    GenerateFromSpec(ProjectSession& session, UserPrompts& prompts, std::function<bool()> confirmDiscard,
                     QObject* parent = nullptr);
    /// Cancels and waits for a run under way.
    ~GenerateFromSpec() override;

    /// Route the generated cables (default, as the CLI).
    void setRouting(bool route) noexcept { route_ = route; }
    /// The parent of the progress dialog.
    void setDialogParent(QWidget* parent) { dialogParent_ = parent; }

    /// Asks for the spec (the form, or a file), then as startFromText() or startFrom(). False
    /// when cancelled or refused at once.
    bool start();
    /// Starts generating from `specPath` in the background; finished() tells how it ended.
    bool startFrom(const QString& specPath);
    /// The same from the spec's JSON text (the form's); errors name it formSpecName().
    bool startFromText(const QString& specJson);
    static QString formSpecName() { return tr("the form's spec"); }
    [[nodiscard]] bool isRunning() const noexcept { return running_; }
    /// Stops at the next phase boundary; finished(false) follows. A run that has already finished
    /// in the background but not yet replaced the project is dropped too.
    void cancel() noexcept { cancelled_->store(true); }
    /// The generator's notes on the last project it made (halls added, feeds per rack...).
    [[nodiscard]] const std::vector<std::string>& notes() const noexcept { return notes_; }

signals:
    /// `phase` under way, `percent` of the whole done.
    void progress(const QString& phase, int percent);
    /// The run ended: true when the generated project replaced the session's.
    void finished(bool succeeded);

private:
    struct Outcome {
        GenerateResult generated;
        std::optional<RoutingResult> routes;
        QString error;       // the reason, naming the file and the JSON path; empty on success
        bool cancelled = false;
    };
    /// Starts the run; `parse` reads the spec on the worker thread. `source` names it in errors.
    bool begin(const QString& source, std::function<ClusterSpec(const Catalog&)> parse);
    void showProgress(const QString& phase, int percent);
    /// The generator's notes, in a window beside the new project (with a dialog parent only).
    void showNotes();
    void done();

    ProjectSession& session_;
    UserPrompts& prompts_;
    std::function<bool()> confirmDiscard_;
    QPointer<QWidget> dialogParent_;
    QProgressDialog* dialog_ = nullptr;
    QPointer<GenerationNotesDialog> notesDialog_;
    bool route_ = true;
    bool running_ = false;
    QString specPath_;
    std::vector<std::string> notes_;
    std::shared_ptr<std::atomic<bool>> cancelled_ = std::make_shared<std::atomic<bool>>(false);
    QFutureWatcher<std::shared_ptr<Outcome>> watcher_;
};

}  // namespace rw::gui
