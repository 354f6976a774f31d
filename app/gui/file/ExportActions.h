#pragma once
// File > Export: the files `rackweave-cli export` and `stats --json` write, from the open project
// (with its current routes), through the same core code, so a file exported here is byte-identical
// to the CLI's for the same design. Each file is written atomically (QSaveFile): a failed export
// leaves no half file and never touches the project.
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>

#include <QObject>
#include <QString>

#include "model/Enums.h"
#include "router/RoutingResult.h"

class QAction;
class QMenu;

namespace rw {
struct LoadedExporter;
}

namespace rw::gui {

class ProjectSession;
class UserPrompts;

class ExportActions final : public QObject {
    Q_OBJECT
public:
    ExportActions(ProjectSession& session, UserPrompts& prompts, QObject* parent = nullptr);

    /// Adds one action per export to `menu` (File > Export).
    void populate(QMenu& menu);

    /// Each asks for the file, then writes it; true when written.
    bool exportTopology(Fabric fabric);
    bool exportCables();
    bool exportStats();
    /// The bill of materials (`rackweave-cli export bom`).
    bool exportBom();
    /// The same without the file question.
    bool exportTopologyTo(Fabric fabric, const QString& path);
    bool exportCablesTo(const QString& path);
    bool exportStatsTo(const QString& path);
    bool exportBomTo(const QString& path);

    // Exchange formats (issue 15; ExchangeExports.cpp), each the CLI's bytes for the same design:
    // `export xlsx`, `export gltf [--compact]`, `export netbox` (a folder, NetBox 4.6 columns).
    bool exportXlsx();
    bool exportGltf(bool compact);
    bool exportNetbox();
    bool exportXlsxTo(const QString& path);
    bool exportBomWorkbook();
    bool exportBomWorkbookTo(const QString& path);
    bool exportGltfTo(const QString& path, bool compact);
    bool exportNetboxTo(const QString& folder);

    // Plugin exporters (docs/plugins.md; PluginExports.cpp), with their default options.
    bool exportPlugin(const LoadedExporter& loaded);
    bool exportPluginTo(const LoadedExporter& loaded, const QString& path);
    // Fabric files (issue 15; FabricExports.cpp), the CLI's bytes for the same design:
    // `export slurm --slurm-version V [--plugin block]` (the tree of the compute fabric, or the
    // NVLink domains as blocks; topology.yaml from 25.05 on) and `export opensm --guids INVENTORY`
    // (asks for the inventory, then the folder).
    bool exportSlurm(const QString& version, bool blocks = false);
    bool exportSlurmTo(const QString& path, const QString& version, bool blocks = false);
    bool exportOpensm();
    bool exportOpensmTo(const QString& inventory, const QString& folder);

signals:
    /// `path` was written; `summary` says what it holds ("compute fabric: 12 switches, ...").
    void exported(const QString& path, const QString& summary);

private:
    /// Writes what `write` produces to `path` atomically; reports failures. Returns success.
    bool writeFile(const QString& path, const QString& what, const std::function<QString(std::ostream&)>& write);
    QString askPath(const QString& title, const QString& filter, const QString& suffix);
    /// Runs `write` (which writes its own files atomically); reports failures. Returns success.
    bool writeWith(const QString& path, const QString& what, const std::function<QString()>& write);
    void populateExchange(QMenu& menu);
    void populatePlugins(QMenu& menu);
    void populateFabricFiles(QMenu& menu);
    /// The project's name in files that name their design: its path, as the CLI is given it.
    [[nodiscard]] std::string designName() const;
    /// One File > Export entry: an action named `name` (found by tests) that runs `run`.
    void addExport(QMenu& menu, const QString& text, const QString& name, std::function<void()> run);
    /// The routes of the current model; a project never routed is routed into `storage` for the
    /// export only, as the CLI does. Null (after an error shown) without a catalog.
    const RoutingResult* routesForExport(std::optional<RoutingResult>& storage, const QString& what, const QString& path);

    ProjectSession& session_;
    UserPrompts& prompts_;
};

}  // namespace rw::gui
