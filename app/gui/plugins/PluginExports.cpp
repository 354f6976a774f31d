// File > Export's plugin exporters (docs/plugins.md): one entry per exporter the app's plugins
// provide, written through PluginHost::runExporter like `rackweave-cli export NAME`, with the
// exporter's default options. A plugin that throws is reported naming the plugin and its file
// (writeFile shows it); the file is written atomically, so a failure leaves nothing behind.
#include <QAction>
#include <QMenu>

#include "ProjectSession.h"
#include "file/ExportActions.h"
#include "plugins/AppPlugins.h"

namespace rw::gui {

void ExportActions::populatePlugins(QMenu& menu) {
    const PluginHost& host = appPlugins();
    if (host.exporters().empty()) return;
    menu.addSeparator();
    for (const LoadedExporter& loaded : host.exporters()) {
        const QString name = QString::fromStdString(loaded.exporter->name());
        addExport(menu, tr("%1 (plugin)...").arg(name), QStringLiteral("actionExportPlugin_") + name,
                  [this, loaded] { exportPlugin(loaded); });  // a copy: the host's list may grow
        // The description and the file it came from, in the status bar while the entry is hovered.
        QAction* action = menu.actions().constLast();
        action->setStatusTip(QString::fromStdString(loaded.exporter->description()) + QStringLiteral(" (") +
                             QString::fromStdString(loaded.file.string()) + QStringLiteral(")"));
    }
}

bool ExportActions::exportPlugin(const LoadedExporter& loaded) {
    const QString name = QString::fromStdString(loaded.exporter->name());
    const QString path = askPath(tr("Export %1").arg(name), tr("All files (*)"), QStringLiteral("-") + name);
    return !path.isEmpty() && exportPluginTo(loaded, path);
}

bool ExportActions::exportPluginTo(const LoadedExporter& loaded, const QString& path) {
    const QString what = QString::fromStdString(loaded.exporter->name());
    std::optional<RoutingResult> routed;
    const RoutingResult* routes = routesForExport(routed, what, path);
    if (!routes) return false;
    return writeFile(path, what, [&](std::ostream& out) {
        PluginHost::runExporter(loaded, session_.model(), *session_.routing().catalog(), *routes, {}, out);
        return tr("written by the plugin %1").arg(QString::fromStdString(loaded.file.filename().string()));
    });
}

}  // namespace rw::gui
