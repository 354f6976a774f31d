#include "file/RecentFiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace rw::gui {
namespace {

const QString kKey = QStringLiteral("file/recent");

// One spelling per file, so the same project opened by two paths is listed once.
QString canonical(const QString& path) {
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : resolved;
}

}  // namespace

RecentFiles::RecentFiles(QMenu& menu, QObject* parent) : QObject(parent), menu_(menu) {
    menu_.setObjectName(QStringLiteral("menuOpenRecent"));
    connect(&menu_, &QMenu::aboutToShow, this, &RecentFiles::rebuildMenu);
    rebuildMenu();
}

QStringList RecentFiles::files() const { return QSettings().value(kKey).toStringList(); }

void RecentFiles::store(const QStringList& files) {
    QSettings().setValue(kKey, files);
    // Later: the action being triggered may be one of those the rebuild deletes.
    QMetaObject::invokeMethod(this, &RecentFiles::rebuildMenu, Qt::QueuedConnection);
}

void RecentFiles::add(const QString& path) {
    const QString file = canonical(path);
    QStringList list = files();
    list.removeAll(file);
    list.prepend(file);
    while (list.size() > kMaxFiles) list.removeLast();
    store(list);
}

void RecentFiles::removeFile(const QString& path) {
    QStringList list = files();
    list.removeAll(path);
    list.removeAll(canonical(path));
    store(list);
}

void RecentFiles::clear() { store({}); }

void RecentFiles::choose(const QString& path) {
    if (QFileInfo::exists(path)) {
        emit openRequested(path);
        return;
    }
    removeFile(path);
    emit missing(path);
}

void RecentFiles::rebuildMenu() {
    menu_.clear();
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        const QString& path = list[i];
        // "&1 hall.rackweave" with the full path as tooltip; '&' in names shown literally.
        QString name = QFileInfo(path).fileName();
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        const QString text = i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(name) : name;
        QAction* action = menu_.addAction(text, this, [this, path] { choose(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
        action->setData(path);
    }
    if (!list.isEmpty()) menu_.addSeparator();
    QAction* clearAction = menu_.addAction(tr("&Clear List"), this, &RecentFiles::clear);
    clearAction->setObjectName(QStringLiteral("actionClearRecent"));
    clearAction->setEnabled(!list.isEmpty());
}

}  // namespace rw::gui
