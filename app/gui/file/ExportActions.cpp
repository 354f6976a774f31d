#include "file/ExportActions.h"

#include <exception>
#include <optional>
#include <sstream>

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QSaveFile>
#include <fmt/format.h>

#include "PathText.h"
#include "ProjectSession.h"
#include "UserPrompts.h"
#include "catalog/Catalog.h"
#include "reports/BillOfMaterials.h"
#include "reports/CablesCsv.h"
#include "reports/IbnetdiscoverExport.h"
#include "reports/StatsReport.h"
#include "router/Router.h"

namespace rw::gui {
namespace {

// The fabrics `rackweave-cli export fabric` accepts: the switched ones.
constexpr Fabric kTopologyFabrics[] = {Fabric::Compute, Fabric::Storage, Fabric::Inband};

QString fabricName(Fabric fabric) { return QString::fromUtf8(toString(fabric).data(), qsizetype(toString(fabric).size())); }

}  // namespace

ExportActions::ExportActions(ProjectSession& session, UserPrompts& prompts, QObject* parent)
    : QObject(parent), session_(session), prompts_(prompts) {}

void ExportActions::populate(QMenu& menu) {
    menu.setObjectName(QStringLiteral("menuExport"));
    const auto add = [&](const QString& text, const QString& name, std::function<void()> run) {
        addExport(menu, text, name, std::move(run));
    };
    for (Fabric fabric : kTopologyFabrics)
        add(tr("%1 Fabric Topology (.topo)...").arg(fabricName(fabric)),
            QStringLiteral("actionExportTopology_") + fabricName(fabric), [this, fabric] { exportTopology(fabric); });
    menu.addSeparator();
    add(tr("&Cables (CSV)..."), QStringLiteral("actionExportCables"), [this] { exportCables(); });
    add(tr("&Statistics (JSON)..."), QStringLiteral("actionExportStats"), [this] { exportStats(); });
    add(tr("&Bill of Materials (CSV)..."), QStringLiteral("actionExportBom"), [this] { exportBom(); });
    menu.addSeparator();
    populateExchange(menu);
    populatePlugins(menu);
}

void ExportActions::addExport(QMenu& menu, const QString& text, const QString& name, std::function<void()> run) {
    // Actions are children of this object, so the window finds them by name (tests, shortcuts).
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    connect(action, &QAction::triggered, this, std::move(run));
    menu.addAction(action);
}

QString ExportActions::askPath(const QString& title, const QString& filter, const QString& suffix) {
    // Suggest a name beside the project: hall.rackweave -> hall-cables.csv.
    const QString base = session_.hasPath() ? toQString(session_.path().parent_path() / session_.path().stem())
                                            : QStringLiteral("untitled");
    return prompts_.chooseExportPath(title, filter, base + suffix);
}

bool ExportActions::exportTopology(Fabric fabric) {
    const QString path = askPath(tr("Export %1 fabric topology").arg(fabricName(fabric)),
                                 tr("InfiniBand topology (*.topo);;All files (*)"),
                                 QStringLiteral("-") + fabricName(fabric) + QStringLiteral(".topo"));
    return !path.isEmpty() && exportTopologyTo(fabric, path);
}

bool ExportActions::exportCables() {
    const QString path = askPath(tr("Export cables"), tr("CSV files (*.csv);;All files (*)"), QStringLiteral("-cables.csv"));
    return !path.isEmpty() && exportCablesTo(path);
}

bool ExportActions::exportStats() {
    const QString path = askPath(tr("Export statistics"), tr("JSON files (*.json);;All files (*)"), QStringLiteral("-stats.json"));
    return !path.isEmpty() && exportStatsTo(path);
}

bool ExportActions::exportBom() {
    const QString path = askPath(tr("Export bill of materials"), tr("CSV files (*.csv);;All files (*)"), QStringLiteral("-bom.csv"));
    return !path.isEmpty() && exportBomTo(path);
}

const RoutingResult* ExportActions::routesForExport(std::optional<RoutingResult>& storage, const QString& what,
                                                    const QString& path) {
    const Catalog* catalog = session_.routing().catalog();
    if (!catalog) {
        prompts_.showError(tr("Cannot export %1").arg(what), path + tr(": no parts catalog is loaded"));
        return nullptr;
    }
    // The routes as they belong to this model; a project never routed is routed for the export
    // only, as the CLI does (Tools > Route keeps them).
    session_.routing().settle();
    const RoutingResult* routes = session_.routing().currentRoutes();
    return routes ? routes : &storage.emplace(routeOnce(session_.model(), *catalog));
}

bool ExportActions::exportBomTo(const QString& path) {
    std::optional<RoutingResult> routed;
    const RoutingResult* routes = routesForExport(routed, tr("bill of materials"), path);
    if (!routes) return false;
    return writeFile(path, tr("bill of materials"), [&](std::ostream& out) {
        // As `rackweave-cli export bom`: cables by the parts the router chose.
        const auto lines = billOfMaterials(session_.model(), *session_.routing().catalog(), routes);
        writeBomCsv(out, lines);
        return tr("%n line(s)", nullptr, int(lines.size()));
    });
}

bool ExportActions::exportTopologyTo(Fabric fabric, const QString& path) {
    return writeFile(path, tr("fabric topology"), [&](std::ostream& out) {
        const IbExportSummary summary = writeIbnetdiscover(out, session_.model(), fabric, session_.routing().catalog());
        QString text = QStringLiteral("%1 fabric: %2 switches, %3 channel adapters, %4 links")
                           .arg(fabricName(fabric))
                           .arg(summary.switches)
                           .arg(summary.channelAdapters)
                           .arg(summary.links);
        for (const std::string& warning : summary.warnings) text += QStringLiteral("\nwarning: ") + QString::fromStdString(warning);
        return text;
    });
}

bool ExportActions::exportCablesTo(const QString& path) {
    std::optional<RoutingResult> routed;
    const RoutingResult* routes = routesForExport(routed, tr("cables"), path);
    if (!routes) return false;
    return writeFile(path, tr("cables"), [&](std::ostream& out) {
        writeCablesCsv(out, session_.model(), *session_.routing().catalog(), *routes);
        return QStringLiteral("%1 cables").arg(session_.model().cables().size());
    });
}

bool ExportActions::exportStatsTo(const QString& path) {
    session_.routing().settle();
    return writeFile(path, tr("statistics"), [&](std::ostream& out) {
        // As `rackweave-cli stats`: the same report from the project's routes (none -> all unrouted).
        const StatsReport report =
            buildStatsReport(session_.model(), session_.routing().catalog(), session_.routing().currentRoutes());
        out << statsReportToJson(report).dump(2) << '\n';
        return tr("design statistics");
    });
}

bool ExportActions::writeFile(const QString& path, const QString& what, const std::function<QString(std::ostream&)>& write) {
    const QString title = tr("Cannot export %1").arg(what);
    try {
        std::ostringstream text;
        const QString summary = write(text);
        QSaveFile file(path);
        const std::string bytes = text.str();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()) ||
            !file.commit()) {
            prompts_.showError(title, path + QStringLiteral(": ") + file.errorString());
            return false;
        }
        emit exported(path, summary);
        return true;
    } catch (const std::exception& e) {
        prompts_.showError(title, path + QStringLiteral(": ") + QString::fromUtf8(e.what()));
        return false;
    }
}

}  // namespace rw::gui
