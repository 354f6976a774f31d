#include "file/GenerateFromSpec.h"

#include <exception>

#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include "PathText.h"
#include "ProjectSession.h"
#include "UserPrompts.h"
#include "file/GenerationNotesDialog.h"
#include "catalog/Catalog.h"
#include "generator/SpecParser.h"
#include "router/Router.h"

namespace rw::gui {
namespace {

// Thrown from the progress callback to stop the generator between phases.
struct Cancelled {};

// Generation is most of the work on small designs, routing on large ones: a fixed split is
// honest enough for a progress bar.
constexpr int kGeneratePercent = 70;

}  // namespace

GenerateFromSpec::GenerateFromSpec(ProjectSession& session, UserPrompts& prompts, std::function<bool()> confirmDiscard,
                                   QObject* parent)
    : QObject(parent), session_(session), prompts_(prompts), confirmDiscard_(std::move(confirmDiscard)) {
    connect(&watcher_, &QFutureWatcherBase::finished, this, &GenerateFromSpec::done);
}

GenerateFromSpec::~GenerateFromSpec() {
    cancel();
    watcher_.disconnect(this);
    watcher_.waitForFinished();
}

bool GenerateFromSpec::start() {
    if (running_) return false;
    if (const Catalog* catalog = session_.routing().catalog()) {
        QString spec;
        switch (prompts_.askSpec(*catalog, spec)) {
            case UserPrompts::SpecSource::FromForm: return startFromText(spec);
            case UserPrompts::SpecSource::Cancel: return false;
            case UserPrompts::SpecSource::FromFile: break;
        }
    }
    const QString path = prompts_.chooseSpecPath();
    return !path.isEmpty() && startFrom(path);
}

bool GenerateFromSpec::startFrom(const QString& specPath) {
    const std::filesystem::path spec = toPath(specPath);
    return begin(specPath, [spec](const Catalog& catalog) { return parseSpecFile(spec, catalog); });
}

bool GenerateFromSpec::startFromText(const QString& specJson) {
    const std::string text = specJson.toStdString(), name = formSpecName().toStdString();
    return begin(formSpecName(), [text, name](const Catalog& catalog) { return parseSpecText(text, name, catalog); });
}

bool GenerateFromSpec::begin(const QString& source, std::function<ClusterSpec(const Catalog&)> parse) {
    if (running_) return false;
    const Catalog* catalog = session_.routing().catalog();
    if (!catalog) {
        prompts_.showError(tr("Cannot generate from spec"), source + tr(": no parts catalog is loaded"));
        return false;
    }
    if (confirmDiscard_ && !confirmDiscard_()) return false;

    running_ = true;
    specPath_ = source;
    cancelled_ = std::make_shared<std::atomic<bool>>(false);
    if (dialogParent_) {
        dialog_ = new QProgressDialog(tr("Reading the spec..."), tr("Cancel"), 0, 100, dialogParent_);
        dialog_->setObjectName(QStringLiteral("generateProgressDialog"));
        dialog_->setWindowTitle(tr("Generate from spec"));
        dialog_->setWindowModality(Qt::WindowModal);
        dialog_->setMinimumDuration(0);
        dialog_->setAutoClose(false);
        dialog_->setAutoReset(false);
        connect(dialog_, &QProgressDialog::canceled, this, &GenerateFromSpec::cancel);
        dialog_->show();
    }
    connect(this, &GenerateFromSpec::progress, this, &GenerateFromSpec::showProgress, Qt::UniqueConnection);

    const bool route = route_;
    auto cancelled = cancelled_;
    // Progress reaches the GUI thread as queued signals: the worker never touches a widget.
    const auto report = [this](const QString& phase, int percent) {
        QMetaObject::invokeMethod(this, [this, phase, percent] { emit progress(phase, percent); }, Qt::QueuedConnection);
    };
    watcher_.setFuture(QtConcurrent::run([parse = std::move(parse), catalog, route, cancelled, report] {
        auto outcome = std::make_shared<Outcome>();
        try {
            const ClusterSpec parsed = parse(*catalog);
            outcome->generated = generate(parsed, *catalog, [&](std::string_view phase, double fraction) {
                if (cancelled->load()) throw Cancelled{};
                report(QString::fromUtf8(phase.data(), qsizetype(phase.size())), int(fraction * kGeneratePercent));
            });
            if (route && !cancelled->load()) {
                report(QObject::tr("Routing cables"), kGeneratePercent);
                // The generator routed to size the trays; that routing is the design's.
                outcome->routes = outcome->generated.routes ? std::move(*outcome->generated.routes)
                                                            : routeOnce(outcome->generated.model, *catalog);
            }
            outcome->cancelled = cancelled->load();
        } catch (const Cancelled&) {
            outcome->cancelled = true;
        } catch (const std::exception& e) {
            outcome->error = QString::fromUtf8(e.what());
        }
        return outcome;
    }));
    return true;
}

void GenerateFromSpec::showProgress(const QString& phase, int percent) {
    if (!dialog_) return;
    dialog_->setLabelText(phase);
    dialog_->setValue(percent);
}

void GenerateFromSpec::done() {
    if (!running_) return;
    running_ = false;
    if (dialog_) {
        dialog_->deleteLater();
        dialog_ = nullptr;
    }
    const std::shared_ptr<Outcome> outcome = watcher_.result();
    // A cancel that reaches us before the result is adopted wins, even when the worker had already
    // finished: the user asked for the current project to stay, and nothing has replaced it yet.
    if (outcome->cancelled || cancelled_->load()) {
        emit finished(false);
        return;
    }
    if (!outcome->error.isEmpty()) {
        // Spec errors name the file and the JSON path already ("spec.json: $.compute.nodes: ...").
        const QString message =
            outcome->error.startsWith(specPath_) ? outcome->error : specPath_ + QStringLiteral(": ") + outcome->error;
        prompts_.showError(tr("Cannot generate from spec"), message);
        emit finished(false);
        return;
    }
    notes_ = std::move(outcome->generated.notes);
    session_.adoptUnsaved(std::move(outcome->generated.model), std::move(outcome->routes));
    showNotes();
    emit finished(true);
}

void GenerateFromSpec::showNotes() {
    if (!dialogParent_ || notes_.empty()) return;
    if (!notesDialog_) notesDialog_ = new GenerationNotesDialog(dialogParent_);
    notesDialog_->showNotes(specPath_, notes_);
}

}  // namespace rw::gui
