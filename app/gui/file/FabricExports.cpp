// File > Export's fabric files (issue 15): the Slurm topology and OpenSM's ftree GUID files,
// written by the same core functions as `rackweave-cli export slurm|opensm`, so the app and the
// CLI give the same bytes for the same design (FabricExchangeTest checks it).
#include <fstream>
#include <sstream>

#include <QMenu>

#include "PathText.h"
#include "ProjectSession.h"
#include "UserPrompts.h"
#include "exchange/DesignedFabric.h"
#include "exchange/SlurmTopology.h"
#include "file/ExportActions.h"
#include "util/Errors.h"

namespace rw::gui {
namespace {

// The releases File > Export offers: the oldest the tree file is tested with (Debian 12's
// slurmctld), the CLI's default, and the first that reads topology.yaml.
const char* const kSlurmVersions[] = {"22.05", "23.11", "25.05"};

bool isYamlName(const QString& path) { return path.endsWith(QStringLiteral(".yaml")) || path.endsWith(QStringLiteral(".yml")); }

std::string readInventory(const QString& path) {
    std::ifstream in(toPath(path), std::ios::binary);
    if (!in) throw InputError(path.toStdString() + ": cannot read the GUID inventory");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

void ExportActions::populateFabricFiles(QMenu& menu) {
    QMenu* slurm = menu.addMenu(tr("&Slurm Topology"));
    slurm->setObjectName(QStringLiteral("menuExportSlurm"));
    for (const char* version : kSlurmVersions) {
        const QString v = QString::fromLatin1(version);
        const bool yaml = slurm::parseVersion(version) >= slurm::kFirstYamlVersion;
        addExport(*slurm, tr("Slurm %1 (%2)...").arg(v, yaml ? QStringLiteral("topology.yaml") : QStringLiteral("topology.conf")),
                  QStringLiteral("actionExportSlurm_") + v, [this, v] { exportSlurm(v); });
    }
    // The block plugin came with 23.11; from 25.05 on the YAML holds the blocks beside the tree.
    addExport(*slurm, tr("Slurm 23.11 Blocks, NVLink Domains (topology.conf)..."), QStringLiteral("actionExportSlurmBlock_23.11"),
              [this] { exportSlurm(QStringLiteral("23.11"), true); });
    addExport(menu, tr("&OpenSM Files (root/cn GUIDs, node name map)..."), QStringLiteral("actionExportOpensm"),
              [this] { exportOpensm(); });
}

std::string ExportActions::designName() const {
    return session_.hasPath() ? session_.path().string() : std::string("untitled");
}

bool ExportActions::exportSlurm(const QString& version, bool blocks) {
    const bool yaml = slurm::parseVersion(version.toStdString()) >= slurm::kFirstYamlVersion;
    const QString path = askPath(tr("Export Slurm %1 topology").arg(version),
                                 yaml ? tr("Slurm topology (*.yaml)") : tr("Slurm topology (*.conf)"),
                                 yaml ? QStringLiteral("-topology.yaml") : QStringLiteral("-topology.conf"));
    return !path.isEmpty() && exportSlurmTo(path, version, blocks);
}

// As `rackweave-cli export slurm DESIGN -o PATH --slurm-version V [--plugin block]`, compute fabric.
bool ExportActions::exportSlurmTo(const QString& path, const QString& version, bool blocks) {
    const auto parsed = slurm::parseVersion(version.toStdString());
    if (!parsed) {
        prompts_.showError(tr("Cannot export Slurm topology"), version + tr(": not a Slurm release (YY.MM, e.g. 23.11)"));
        return false;
    }
    return writeFile(path, tr("Slurm topology"), [&](std::ostream& out) {
        slurm::TopologyOptions options;
        options.version = *parsed;
        options.plugin = blocks ? slurm::Plugin::Block : slurm::Plugin::Tree;
        slurm::TopologySummary s = slurm::writeTopology(out, session_.model(), options);
        // The file name Slurm reads depends on its version; warn as the CLI does when they disagree.
        if ((s.format == "yaml") != isYamlName(path))
            s.warnings.push_back(tr("Slurm %1 reads %2").arg(version, s.format == "yaml" ? QStringLiteral("topology.yaml")
                                                                                          : QStringLiteral("topology.conf"))
                                     .toStdString());
        QString text = tr("Slurm %1 %2: %3 nodes, %4 switches, %5 blocks")
                           .arg(version, QString::fromStdString(s.format))
                           .arg(s.nodes)
                           .arg(s.switches)
                           .arg(s.blocks);
        for (const std::string& w : s.warnings) text += tr("; warning: ") + QString::fromStdString(w);
        return text;
    });
}

bool ExportActions::exportOpensm() {
    const QString inventory = prompts_.chooseInputPath(tr("GUID inventory of the installed fabric (ibnetdiscover output or GUID list)"),
                                                       tr("ibnetdiscover output or GUID list (*.txt *.topo *.out);;All files (*)"));
    if (inventory.isEmpty()) return false;
    const QString folder = askPath(tr("Export OpenSM files (a folder)"), tr("Folders (*)"), QStringLiteral("-opensm"));
    return !folder.isEmpty() && exportOpensmTo(inventory, folder);
}

// As `rackweave-cli export opensm DESIGN --guids INVENTORY -o FOLDER` for the compute fabric.
bool ExportActions::exportOpensmTo(const QString& inventory, const QString& folder) {
    const Catalog* catalog = session_.routing().catalog();
    if (!catalog) {
        prompts_.showError(tr("Cannot export OpenSM files"), folder + tr(": no parts catalog is loaded"));
        return false;
    }
    try {
        // Read and check the inventory before anything is written: a bad one names its file and line.
        const opensm::DesignGuidFiles result = opensm::ftreeGuidFilesFor(
            session_.model(), *catalog, Fabric::Compute, designName(), readInventory(inventory), inventory.toStdString());
        const opensm::GuidFiles& files = result.files;
        return writeWith(folder, tr("OpenSM files"), [&] {
            opensm::writeGuidFolder(toPath(folder), files);
            return tr("%1 root switches, %2 compute node ports, %3 nodes named (%4 of the design's %5 nodes have no GUID)")
                .arg(files.roots)
                .arg(files.computePorts)
                .arg(files.named)
                .arg(files.notInInventory.size())
                .arg(result.designedNodes);
        });
    } catch (const std::exception& e) {
        prompts_.showError(tr("Cannot export OpenSM files"), QString::fromUtf8(e.what()));
        return false;
    }
}

}  // namespace rw::gui
