#include "WindowLayoutStore.h"

#include <QMainWindow>
#include <QSettings>

namespace rw::gui {
namespace {

constexpr QLatin1String kGeometryKey("mainWindow/geometry");
constexpr QLatin1String kStateKey("mainWindow/state");

}  // namespace

void WindowLayoutStore::restore(QMainWindow& window) {
    const QSettings settings;
    window.restoreGeometry(settings.value(kGeometryKey).toByteArray());
    window.restoreState(settings.value(kStateKey).toByteArray());
}

void WindowLayoutStore::show(QMainWindow& window) {
    if (QSettings().contains(kGeometryKey)) window.show();
    else window.showMaximized();
}

void WindowLayoutStore::save(const QMainWindow& window) {
    QSettings settings;
    settings.setValue(kGeometryKey, window.saveGeometry());
    settings.setValue(kStateKey, window.saveState());
}

}  // namespace rw::gui
