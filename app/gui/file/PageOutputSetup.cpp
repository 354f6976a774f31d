#include "file/PageOutputSetup.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

#include "MainWindow.h"
#include "docks/ElevationOutput.h"
#include "floorplan/PlanExport.h"

namespace rw::gui {
namespace {

QMenu* exportMenuOf(QMenu& fileMenu) {
    for (QAction* entry : fileMenu.actions())
        if (entry->menu() && entry->menu()->objectName() == QLatin1String("menuExport")) return entry->menu();
    return nullptr;
}

}  // namespace

void setUpPageOutputs(MainWindow& window, UserPrompts& prompts, QMenu& fileMenu, QAction* quit) {
    QMenu* exportMenu = exportMenuOf(fileMenu);
    if (!exportMenu) return;
    // Printing sits with the other file output, above Quit (and the separator before it).
    const QList<QAction*> actions = fileMenu.actions();
    const qsizetype at = actions.indexOf(quit);
    QAction* before = at > 0 && actions[at - 1]->isSeparator() ? actions[at - 1] : quit;

    auto* plan = new PlanExport(window.floorPlanView(), prompts, &window);
    plan->populate(*exportMenu);
    if (canPrint()) fileMenu.insertAction(before, plan->printAction());
    auto* elevation = new ElevationOutput(window.elevationPanel(), window.session(), window.designContext(),
                                          window.selection(), prompts, window, &window);
    elevation->populate(fileMenu, before, *exportMenu);

    const auto say = [&window](const QString& path) { window.statusBar()->showMessage(QObject::tr("Exported %1").arg(path), 10000); };
    QObject::connect(plan, &PlanExport::exported, &window, say);
    QObject::connect(elevation, &ElevationOutput::exported, &window, say);
}

}  // namespace rw::gui
