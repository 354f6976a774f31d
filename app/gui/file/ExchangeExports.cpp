// File > Export's exchange formats (issue 15): the Excel workbooks (hall and bill of materials), glTF and the NetBox import
// pack, written by the same core functions as `rackweave-cli export xlsx|gltf|netbox`, so the app
// and the CLI give the same bytes for the same design (GenerateExportTest checks it).
#include <QMenu>

#include "PathText.h"
#include "ProjectSession.h"
#include "UserPrompts.h"
#include "exchange/BomWorkbook.h"
#include "exchange/HallGltf.h"
#include "exchange/HallWorkbook.h"
#include "exchange/NetboxPack.h"
#include "exchange/PackFolder.h"
#include "file/ExportActions.h"

namespace rw::gui {

void ExportActions::populateExchange(QMenu& menu) {
    const auto add = [&](const QString& text, const QString& name, std::function<void()> run) {
        addExport(menu, text, name, std::move(run));
    };
    add(tr("Excel &Hall Workbook (XLSX)..."), QStringLiteral("actionExportXlsx"), [this] { exportXlsx(); });
    add(tr("Bill of Materials &Workbook (XLSX)..."), QStringLiteral("actionExportBomXlsx"), [this] { exportBomWorkbook(); });
    add(tr("3D Model (&glTF)..."), QStringLiteral("actionExportGltf"), [this] { exportGltf(false); });
    add(tr("3D Model, Compact (glTF, instanced)..."), QStringLiteral("actionExportGltfCompact"), [this] { exportGltf(true); });
    add(tr("&NetBox Import Pack (folder)..."), QStringLiteral("actionExportNetbox"), [this] { exportNetbox(); });
    populateFabricFiles(menu);
}

bool ExportActions::exportXlsx() {
    const QString path = askPath(tr("Export Excel workbook"), tr("Excel workbooks (*.xlsx)"), QStringLiteral(".xlsx"));
    return !path.isEmpty() && exportXlsxTo(path);
}

bool ExportActions::exportBomWorkbook() {
    const QString path = askPath(tr("Export bill of materials workbook"), tr("Excel workbooks (*.xlsx)"), QStringLiteral("-bom.xlsx"));
    return !path.isEmpty() && exportBomWorkbookTo(path);
}

bool ExportActions::exportGltf(bool compact) {
    const QString path = askPath(compact ? tr("Export compact glTF") : tr("Export glTF"),
                                 tr("glTF binary (*.glb);;glTF JSON (*.gltf)"), compact ? QStringLiteral("-compact.glb") : QStringLiteral(".glb"));
    return !path.isEmpty() && exportGltfTo(path, compact);
}

bool ExportActions::exportNetbox() {
    const QString folder = askPath(tr("Export NetBox import pack (a folder)"), tr("Folders (*)"), QStringLiteral("-netbox"));
    return !folder.isEmpty() && exportNetboxTo(folder);
}

bool ExportActions::exportXlsxTo(const QString& path) {
    if (!path.endsWith(QStringLiteral(".xlsx"))) {
        prompts_.showError(tr("Cannot export Excel workbook"), path + tr(": the name must end in .xlsx (Excel refuses other names)"));
        return false;
    }
    std::optional<RoutingResult> routed;
    const RoutingResult* routes = routesForExport(routed, tr("Excel workbook"), path);
    if (!routes) return false;
    return writeWith(path, tr("Excel workbook"), [&] {
        const auto s = xlsx::writeHallWorkbook(toPath(path), session_.model(), *session_.routing().catalog(), *routes);
        return tr("%1 BOM lines, %2 cables, %3 racks").arg(s.bomRows).arg(s.cableRows).arg(s.rackRows);
    });
}

// As `rackweave-cli export bom -o X.xlsx` with the default spares policy (1 % per cable SKU).
bool ExportActions::exportBomWorkbookTo(const QString& path) {
    if (!path.endsWith(QStringLiteral(".xlsx"))) {
        prompts_.showError(tr("Cannot export bill of materials"), path + tr(": the name must end in .xlsx (Excel refuses other names)"));
        return false;
    }
    std::optional<RoutingResult> routed;
    const RoutingResult* routes = routesForExport(routed, tr("bill of materials"), path);
    if (!routes) return false;
    return writeWith(path, tr("bill of materials"), [&] {
        const auto s = xlsx::writeBomWorkbook(toPath(path), session_.model(), *session_.routing().catalog(), *routes);
        return tr("%1 lines, %2 without a list price, %3 spare cables").arg(s.lines).arg(s.unpriced).arg(s.spareCables);
    });
}

bool ExportActions::exportGltfTo(const QString& path, bool compact) {
    std::optional<RoutingResult> routed;
    const RoutingResult* routes = routesForExport(routed, tr("glTF"), path);
    if (!routes) return false;
    return writeWith(path, tr("glTF"), [&] {
        gltf::GltfOptions options;
        options.compact = compact;
        const auto s = gltf::writeHallGltf(toPath(path), session_.model(), *session_.routing().catalog(), routes, options);
        return tr("%1 racks, %2 devices, %3 tray segments, %4 cable bundles").arg(s.racks).arg(s.devices).arg(s.trays).arg(s.bundles);
    });
}

bool ExportActions::exportNetboxTo(const QString& folder) {
    std::optional<RoutingResult> routed;
    const RoutingResult* routes = routesForExport(routed, tr("NetBox import pack"), folder);
    if (!routes) return false;
    return writeWith(folder, tr("NetBox import pack"), [&] {
        const auto files = netbox::netboxPack(session_.model(), *session_.routing().catalog(), *routes, netbox::PackOptions{});
        netbox::writePackFolder(toPath(folder), files);
        return tr("%1 files for NetBox 4.6").arg(files.size());
    });
}

bool ExportActions::writeWith(const QString& path, const QString& what, const std::function<QString()>& write) {
    try {
        emit exported(path, write());
        return true;
    } catch (const std::exception& e) {
        const QString message = QString::fromUtf8(e.what());
        // Core errors usually start with the file they are about; otherwise name it here.
        prompts_.showError(tr("Cannot export %1").arg(what), message.startsWith(path) ? message : path + QStringLiteral(": ") + message);
        return false;
    }
}

}  // namespace rw::gui
