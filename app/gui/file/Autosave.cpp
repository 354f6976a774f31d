#include "file/Autosave.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <exception>
#include <memory>
#include <optional>
#include <system_error>
#include <utility>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include "PathText.h"
#include "ProjectSession.h"
#include "UserPrompts.h"
#include "persistence/ProjectFile.h"

namespace rw::gui {
namespace {

namespace fs = std::filesystem;

constexpr auto kSuffix = ".rackweave.autosave";
constexpr auto kUntitledPrefix = "untitled-";

QDateTime modifiedTime(const fs::path& file) { return QFileInfo(toQString(file)).lastModified(); }

bool processRunning(std::int64_t pid) { return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM); }

}  // namespace

Autosave::Autosave(ProjectSession& session, UserPrompts& prompts, QObject* parent)
    : QObject(parent),
      session_(session),
      prompts_(prompts),
      untitledFolder_(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave")) {
    const double minutes = QSettings().value(QStringLiteral("file/autosaveMinutes"), 2.0).toDouble();
    timer_.setInterval(int(std::max(0.05, minutes) * 60'000));
    connect(&timer_, &QTimer::timeout, this, &Autosave::writeIfModified);
    timer_.start();
    connect(&watcher_, &QFutureWatcherBase::finished, this, &Autosave::finishWrite);
    connect(&session_, &ProjectSession::documentChanged, this, &Autosave::projectEdited);
    connect(&session_, &ProjectSession::saved, this, &Autosave::projectSaved);
    connect(&session_, &ProjectSession::projectReplaced, this, [this] {
        // The previous project was saved or its changes discarded before it was replaced: its
        // side file has nothing left to keep. A generated or restored project is unsaved work.
        ++generation_;  // a write under way for the previous project is removed when done
        remove(lastWritten_);
        lastWritten_.clear();
        changedSinceWrite_ = session_.isModified();
    });
}

Autosave::~Autosave() { waitForWrite(); }

void Autosave::setIntervalMs(int ms) { timer_.start(ms); }

fs::path Autosave::pathFor(const fs::path& file) {
    return file.parent_path() / ("." + file.filename().string() + ".autosave");
}

fs::path Autosave::untitledPath(std::int64_t pid) const {
    return toPath(untitledFolder_) / (kUntitledPrefix + std::to_string(pid) + kSuffix);
}

fs::path Autosave::currentPath() const {
    return session_.hasPath() ? pathFor(session_.path()) : untitledPath(::getpid());
}

void Autosave::projectEdited() { changedSinceWrite_ = true; }

void Autosave::projectSaved() {
    // The file now holds everything: an autosave of it (or of the untitled project it was) is
    // only a stale copy.
    remove(lastWritten_);
    lastWritten_.clear();
    remove(currentPath());
    changedSinceWrite_ = false;
}

void Autosave::writeIfModified() {
    if (!changedSinceWrite_ || !session_.isModified() || watcher_.isRunning()) return;
    const fs::path target = currentPath();
    if (!session_.hasPath()) QDir().mkpath(untitledFolder_);
    if (lastWritten_ != target) remove(lastWritten_);  // saved under another name since
    // The worker writes copies: the user keeps editing meanwhile.
    auto model = std::make_shared<const Model>(session_.model());
    std::optional<RoutingResult> routes;
    if (const RoutingResult* current = session_.routing().currentRoutes()) routes = *current;
    changedSinceWrite_ = false;
    writing_ = target;
    writeGeneration_ = generation_;
    watcher_.setFuture(QtConcurrent::run([model, routes = std::move(routes), target]() -> QString {
        try {
            saveProject(*model, routes ? &*routes : nullptr, target);
            return {};
        } catch (const std::exception& e) {
            return QString::fromUtf8(e.what());
        }
    }));
}

void Autosave::finishWrite() {
    if (writing_.empty()) return;
    const fs::path file = std::exchange(writing_, {});
    const QString error = watcher_.result();
    if (writeGeneration_ != generation_ || !session_.isModified()) {
        remove(file);  // discarded or saved while it was being written: nothing to keep
        return;
    }
    if (error.isEmpty()) lastWritten_ = file;
    else changedSinceWrite_ = true;  // try again next time
    emit written(toQString(file), error);
}

void Autosave::waitForWrite() {
    watcher_.waitForFinished();
    finishWrite();
}

void Autosave::discard() {
    ++generation_;
    remove(lastWritten_);
    lastWritten_.clear();
    changedSinceWrite_ = false;
}

bool Autosave::offerRestore(const fs::path& file) {
    const fs::path autosave = pathFor(file);
    std::error_code ec;
    if (!fs::exists(autosave, ec)) return false;
    const QDateTime savedAt = modifiedTime(autosave);
    if (savedAt <= modifiedTime(file)) {
        remove(autosave);  // the file was saved after it: an outdated copy
        return false;
    }
    if (!prompts_.askRestoreAutosave(toQString(file.filename()), savedAt)) {
        remove(autosave);
        return false;
    }
    return restoreFrom(autosave, file);
}

bool Autosave::offerUntitledRestore() {
    // The newest autosave of an untitled session whose process is gone.
    std::optional<fs::path> newest;
    const QFileInfoList candidates =
        QDir(untitledFolder_).entryInfoList({QString::fromLatin1(kUntitledPrefix) + '*' + kSuffix}, QDir::Files, QDir::Time);
    for (const QFileInfo& info : candidates) {
        const QString pidText = info.fileName().mid(int(qstrlen(kUntitledPrefix))).section('.', 0, 0);
        bool ok = false;
        const qint64 pid = pidText.toLongLong(&ok);
        if (!ok || pid == ::getpid() || processRunning(pid)) continue;
        newest = toPath(info.filePath());
        break;
    }
    if (!newest) return false;
    if (!prompts_.askRestoreAutosave(tr("Untitled"), modifiedTime(*newest))) {
        remove(*newest);
        return false;
    }
    if (!restoreFrom(*newest, {})) return false;
    // Now this session's unsaved work: it is kept (and later replaced, removed) as its own.
    const fs::path own = untitledPath(::getpid());
    std::error_code ec;
    fs::rename(*newest, own, ec);
    lastWritten_ = ec ? *newest : own;
    return true;
}

bool Autosave::restoreFrom(const fs::path& autosave, const fs::path& project) {
    try {
        OpenedProject restored = openProjectWithRoutes(autosave);
        session_.adoptUnsaved(std::move(restored.model), std::move(restored.routes), project);
        return true;
    } catch (const std::exception& e) {
        // Kept on disk: an autosave that cannot be read is not thrown away behind the user's back.
        prompts_.showError(tr("Cannot restore autosave"), QString::fromUtf8(e.what()));
        return false;
    }
}

void Autosave::remove(const fs::path& file) {
    if (file.empty()) return;
    std::error_code ec;
    fs::remove(file, ec);
}

}  // namespace rw::gui
