#include "MainWindow.h"

#include <algorithm>

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>

#include "ArrangeActions.h"
#include "ClipboardActions.h"
#include "DialogPrompts.h"
#include "EditActions.h"
#include "EditingCatalog.h"
#include "FileActions.h"
#include "HallView.h"
#include "ModelCountsLabel.h"
#include "NudgeActions.h"
#include "ProjectSession.h"
#include "PropertiesInspector.h"
#include "RackSelection.h"
#include "ViewModeActions.h"
#include "WindowLayoutStore.h"
#include "colour/ColourLegend.h"
#include "colour/ColourModeActions.h"
#include "docks/CableFocus.h"
#include "docks/DesignContext.h"
#include "docks/FindingsPanel.h"
#include "docks/FindingsStatus.h"
#include "docks/RackElevationPanel.h"
#include "feedback/MoveReadout.h"
#include "feedback/RowPreview.h"
#include "floorplan/CoolingUnitsItem.h"
#include "floorplan/FloorPlanOverlays.h"
#include "file/AutosaveStatus.h"
#include "file/ExportActions.h"
#include "file/PageOutputSetup.h"
#include "file/RouteStatusIndicator.h"
#include "find/FindDialog.h"
#include "help/HelpActions.h"
#include "inspector/InspectorSetup.h"
#include "file/ToolsActions.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/FloorPlanView.h"
#include "floorplan/MeasureTool.h"
#include "floorplan/PlanRulers.h"
#include "floorplan/ScaleBar.h"
#include "palette/CatalogPalette.h"
#include "palette/FloorPlanDropTarget.h"
#include "install/AsBuiltDisplay.h"
#include "install/InstallPlanPanel.h"
#include "install/InstallPlanner.h"
#ifdef RACKWEAVE_HAVE_PRINT
#include "install/WorkOrderPreview.h"
#endif
#include "power/PowerAnalysis.h"
#include "power/PowerCoolingPanel.h"

namespace rw::gui {

MainWindow::MainWindow(std::unique_ptr<UserPrompts> prompts, QWidget* parent)
    : QMainWindow(parent),
      prompts_(prompts ? std::move(prompts) : std::make_unique<DialogPrompts>(this)),
      session_(new ProjectSession(this)),
      fileActions_(new FileActions(*session_, *prompts_, this)),
      toolsActions_(new ToolsActions(*session_, *prompts_, this)),
      selection_(new RackSelection(this)),
      editActions_(new EditActions(*session_, *selection_, *prompts_, this)),
      hallView_(new render::HallView),
      floorScene_(new FloorPlanScene(*session_, *selection_, this)),
      floorView_(new FloorPlanView(*floorScene_)),
      views_(new QSplitter(Qt::Horizontal, this)),
      viewModes_(new ViewModeActions(*floorView_, *hallView_, this)),
      inspector_(new PropertiesInspector(*session_, *selection_)),
      counts_(new ModelCountsLabel(this)),
      selectionLabel_(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileActions_->populate(*fileMenu);
    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    editActions_->populate(*editMenu);
    addEditingTools(*editMenu);
    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewModes_->populate(*viewMenu);
    views_->setObjectName(QStringLiteral("viewSplitter"));
    views_->addWidget(floorView_);
    views_->addWidget(hallView_);
    setCentralWidget(views_);
    auto* inspectorDock = new QDockWidget(tr("Properties"), this);
    inspectorDock->setObjectName(QStringLiteral("propertiesDock"));
    inspectorDock->setWidget(inspector_);
    addDockWidget(Qt::RightDockWidgetArea, inspectorDock);
    auto* frameAll = viewMenu->addAction(tr("&Frame All"), this, &MainWindow::frameViews);
    frameAll->setObjectName(QStringLiteral("actionFrameAll"));
    frameAll->setShortcut(QKeySequence(Qt::Key_Home));
    viewMenu->addSeparator();
    viewMenu->addAction(inspectorDock->toggleViewAction());
    viewMenu->addAction(findChild<QDockWidget*>(QStringLiteral("paletteDock"))->toggleViewAction());
    selectionLabel_->setObjectName(QStringLiteral("selectionStatus"));
    statusBar()->addWidget(selectionLabel_);
    new ScaleBar(*floorView_);  // a child of the view, over the plan's corner
    viewMenu->addAction((new MeasureTool(*floorView_, *session_, this))->action());
    viewMenu->addAction((new PlanRulers(*floorView_, *session_, this))->action());
    statusBar()->addPermanentWidget(new CursorReadout(*floorView_, *floorScene_, *session_, this));
    statusBar()->addPermanentWidget(counts_);
    toolsActions_->populate(*menuBar()->addMenu(tr("&Tools")));
    statusBar()->addPermanentWidget(new RouteStatusIndicator(session_->routing(), this));
    statusBar()->addPermanentWidget(new AutosaveStatus(fileActions_->autosave(), *statusBar(), this));
    addDerivedViews(*viewMenu, *fileMenu);
    setUpPageOutputs(*this, *prompts_, *fileMenu, fileActions_->quitAction());  // the plan and elevation: export, print
    addFindAndHelp(*editMenu);
    setUpInspectorPages(*this);
    // Tools > Check shows the findings and runs every check now.
    toolsActions_->setCheck([this] {
        findingsDock_->show();
        findingsDock_->raise();
        findings_->recomputeAll();
    });
    resize(1280, 800);
    arrangeDefaultDocks();
    WindowLayoutStore::restore(*this);  // a layout the user arranged wins over the default

    // The 2D scene and the inspector follow the document's ChangeSets themselves.
    connect(session_, &ProjectSession::documentChanged, this, &MainWindow::showChanges);
    connect(session_, &ProjectSession::projectReplaced, this, &MainWindow::frameViews);
    // Ids of the old project may exist in the new one as other racks.
    connect(session_, &ProjectSession::projectReplaced, selection_, &RackSelection::clear);
    connect(session_, &ProjectSession::stateChanged, this, &MainWindow::showProjectState);
    connect(selection_, &RackSelection::changed, this, &MainWindow::showSelectionState);
    // A click in 3D selects like one in the floor plan; every view shows the same selection.
    connect(hallView_, &render::HallView::rackClicked, this, [this](RackId rack, Qt::KeyboardModifiers modifiers) {
        selection_->set(render::selectionAfterClick(selection_->racks(), rack, modifiers & Qt::ControlModifier));
    });
    connect(selection_, &RackSelection::changed, this, [this] { hallView_->setSelectedRacks(selection_->racks()); });
    connect(session_, &ProjectSession::routesChanged, this, [this] { hallView_->setRoutes(session_->routes()); });
    connect(floorScene_, &FloorPlanScene::editFailed, this,
            [this](const QString& title, const QString& message) { prompts_->showError(title, message); });
    connect(floorView_, &FloorPlanView::rotateRequested, editActions_, &EditActions::rotateSelected);
    connect(fileActions_, &FileActions::quitRequested, this, &QWidget::close);
    connect(arrange_, &ArrangeActions::rowPlaced, overlays_, &FloorPlanOverlays::focusRacks);  // go to the new row
    showModel();
    frameViews();
    showProjectState();
    showSelectionState();
}

MainWindow::~MainWindow() = default;

void MainWindow::useCatalog(const Catalog& catalog) {
    session_->routing().setCatalog(&catalog);  // the router picks media from it
    context_->setCatalog(&catalog);
    counts_->setCatalog(&catalog);
    editingCatalog_->use(catalog);
    palette_->setCatalog(catalog);
    hallView_->useCatalog(catalog);  // racks, devices and cooling units at catalog sizes
    floorScene_->setRackSize(render::catalogRackSize(catalog));
    showModel();
}

void MainWindow::addDerivedViews(QMenu& viewMenu, QMenu& fileMenu) {
    context_ = new DesignContext(this);
    cableFocus_ = new CableFocus(this);
    overlays_ = new FloorPlanOverlays(*floorView_, *floorScene_, *session_, *context_, *selection_, *cableFocus_, this);
    colourModes_ = new ColourModeActions(*session_, *context_, *floorScene_, *overlays_, this);
    auto* cooling = new CoolingUnitsLayer(*floorScene_, *session_, this);  // floor-standing CDUs on the plan
    connect(context_, &DesignContext::catalogChanged, cooling, [this, cooling] { cooling->setCatalog(context_->catalog()); });
    // The routes are the session's (derived, kept current after edits).
    context_->setRoutesSource([this] { return session_->routes(); });
    connect(session_, &ProjectSession::routesChanged, context_, &DesignContext::notifyRoutesChanged);
    colourModes_->setColours3d([this](std::vector<std::uint32_t> racks, std::vector<std::uint32_t> trays) {
        hallView_->setRackColours(std::move(racks));
        hallView_->setTrayColours(std::move(trays));
    });
    viewMenu.addSeparator();
    colourModes_->populate(viewMenu);
    // View > Show Trays (remembered by ColourModeActions) hides the trays in 3D as well as in 2D.
    connect(colourModes_->showTraysAction(), &QAction::toggled, hallView_, &render::HallView::setTraysShown);
    hallView_->setTraysShown(colourModes_->showTraysAction()->isChecked());
    statusBar()->addPermanentWidget(&colourModes_->legend());

    findings_ = new FindingsPanel(*session_, *context_, *overlays_, *cableFocus_);
    findingsDock_ = new QDockWidget(tr("Findings"), this);
    findingsDock_->setObjectName(QStringLiteral("findingsDock"));
    findingsDock_->setWidget(findings_);
    addDockWidget(Qt::BottomDockWidgetArea, findingsDock_);
    statusBar()->addPermanentWidget(new FindingsStatus(*findings_, *findingsDock_, this));
    connect(findings_, &FindingsPanel::findingsChanged, findingsDock_, [this](int errors, int warnings) {
        findingsDock_->setWindowTitle(errors + warnings == 0 ? tr("Findings") : tr("Findings (%1)").arg(errors + warnings));
    });
    elevation_ = new RackElevationPanel(*session_, *context_, *selection_, *cableFocus_);
    elevationDock_ = new QDockWidget(tr("Rack Elevation"), this);
    elevationDock_->setObjectName(QStringLiteral("elevationDock"));
    elevationDock_->setWidget(elevation_);
    addDockWidget(Qt::RightDockWidgetArea, elevationDock_);
    viewMenu.addAction(findingsDock_->toggleViewAction());
    viewMenu.addAction(elevationDock_->toggleViewAction());
    addPowerAndCooling(viewMenu);
    addInstallPlan(viewMenu, fileMenu);
}

void MainWindow::addPowerAndCooling(QMenu& viewMenu) {
    power_ = new PowerAnalysis(*session_, *context_, this);
    colourModes_->setPowerAnalysis(*power_);
    // Findings about feeds, panels, circuits and cooling units select the racks they supply.
    findings_->setRacksOf([this](const Finding& f) { return power_->racksOf(f); });
    // A what-if is read on the plan: show it there in the matching headroom mode, unless the
    // user already looks at one.
    connect(power_, &PowerAnalysis::scenarioChosen, this, [this] {
        if (!power_->hasScenario() || isHeadroomMode(colourModes_->mode())) return;
        colourModes_->setMode(power_->lostCoolingUnit() ? ColourMode::CoolingHeadroom : ColourMode::PowerHeadroom);
    });
    powerPanel_ = new PowerCoolingPanel(*power_, *session_, *overlays_);
    // "and", not "&": a tabified dock's tab reads "&" as a mnemonic (it showed "Power _Cooling")
    // while its title bar shows "&&" as typed.
    powerDock_ = new QDockWidget(tr("Power and Cooling"), this);
    powerDock_->setObjectName(QStringLiteral("powerDock"));
    powerDock_->setWidget(powerPanel_);
    // Beside the findings under the views: both are lists read while looking at the plan.
    addDockWidget(Qt::BottomDockWidgetArea, powerDock_);
    tabifyDockWidget(findingsDock_, powerDock_);
    findingsDock_->raise();
    viewMenu.addAction(powerDock_->toggleViewAction());
}

void MainWindow::addInstallPlan(QMenu& viewMenu, QMenu& fileMenu) {
    installPlanner_ = new InstallPlanner(*session_, *context_, this);
    installPanel_ = new InstallPlanPanel(*installPlanner_, *overlays_, AsBuiltDisplay(*floorScene_, *overlays_, *hallView_));
    installDock_ = new QDockWidget(tr("Install Plan"), this);
    installDock_->setObjectName(QStringLiteral("installDock"));
    installDock_->setWidget(installPanel_);
    // Under the views with the findings: a Gantt chart wants the window's width.
    addDockWidget(Qt::BottomDockWidgetArea, installDock_);
    tabifyDockWidget(findingsDock_, installDock_);
    findingsDock_->raise();
    viewMenu.addAction(installDock_->toggleViewAction());
    // The findings' few rows are too low for six trade bands: the first time the plan is looked
    // at, the docks under the views grow to fit it (the user's own height wins afterwards).
    connect(installDock_, &QDockWidget::visibilityChanged, this, [this, grown = false](bool visible) mutable {
        if (!visible || grown || dockWidgetArea(installDock_) != Qt::BottomDockWidgetArea) return;
        grown = true;
        resizeDocks({installDock_}, {std::max(installDock_->height(), 300)}, Qt::Vertical);
    });
#ifdef RACKWEAVE_HAVE_PRINT
    workOrderPreview_ = new WorkOrderPreview(*installPlanner_, *installPanel_, *session_, *context_, *prompts_, *this);
    // Printing sits with the other file output, above Quit (and the separator before it).
    QAction* quit = fileActions_->quitAction();
    const QList<QAction*> actions = fileMenu.actions();
    const qsizetype at = actions.indexOf(quit);
    QAction* before = at > 0 && actions[at - 1]->isSeparator() ? actions[at - 1] : quit;
    fileMenu.insertAction(before, workOrderPreview_->action());
#else
    Q_UNUSED(fileMenu);
#endif
}

void MainWindow::arrangeDefaultDocks() {
    // The plan and the 3D view are what the user works in: the side docks run the full height and
    // the findings list sits under the views only, ten rows high (its size hint), so the views
    // keep most of the window on a 1280 x 800 screen.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    auto* palette = findChild<QDockWidget*>(QStringLiteral("paletteDock"));
    auto* inspector = findChild<QDockWidget*>(QStringLiteral("propertiesDock"));
    resizeDocks({findingsDock_}, {findings_->sizeHint().height()}, Qt::Vertical);
    resizeDocks({palette, inspector}, {palette->widget()->sizeHint().width(), 300}, Qt::Horizontal);
}

void MainWindow::addEditingTools(QMenu& editMenu) {
    editingCatalog_ = std::make_unique<EditingCatalog>();
    editActions_->setFootprints(editingCatalog_->footprintFn());
    palette_ = new CatalogPalette;
    auto* paletteDock = new QDockWidget(tr("Catalog"), this);
    paletteDock->setObjectName(QStringLiteral("paletteDock"));
    paletteDock->setWidget(palette_);
    addDockWidget(Qt::LeftDockWidgetArea, paletteDock);
    dropTarget_ = new FloorPlanDropTarget(*session_, *selection_, *prompts_, *editingCatalog_, *floorView_, this);
    clipboard_ = new ClipboardActions(*session_, *selection_, *prompts_, *editingCatalog_, *floorView_, this);
    clipboard_->populate(editMenu);
    arrange_ = new ArrangeActions(*session_, *selection_, *prompts_, *editingCatalog_, *this, this);
    arrange_->populate(*menuBar()->addMenu(tr("&Arrange")));
    new NudgeActions(*session_, *selection_, *prompts_, *floorView_);
    new MoveReadout(*floorScene_, *session_, this);
    auto* rowPreview = new RowPreview(*floorScene_, this);
    arrange_->setRowPreview([this, rowPreview](const std::vector<QRectF>& racks) {
        rowPreview->show(racks);
        if (rowPreview->isShown()) floorView_->ensureVisible(rowPreview->bounds(), 0, 0);
    });
}

void MainWindow::addFindAndHelp(QMenu& editMenu) {
    find_ = new FindDialog(*session_, *overlays_, *cableFocus_, this);
    editMenu.addSeparator();
    editMenu.addAction(find_->action());
    help_ = new HelpActions(*this);
    help_->populate(*menuBar()->addMenu(tr("&Help")));
    // An export is otherwise silent: say where the file went and what it holds.
    connect(&fileActions_->exports(), &ExportActions::exported, this, [this](const QString& path, const QString& summary) {
        statusBar()->showMessage(tr("Exported %1 (%2)").arg(path, summary), 10000);
    });
}

void MainWindow::showModel() {
    hallView_->setModel(session_->model());
    counts_->showCounts(session_->model());
}

void MainWindow::showChanges(const ChangeSet& changes) {
    // The 3D view updates only the batches (or single instances) the edit touched. Counts are
    // cheap and always refreshed.
    hallView_->applyChanges(session_->model(), changes);
    counts_->showCounts(session_->model());
}

void MainWindow::showSelectionState() {
    const std::size_t n = selection_->racks().size();
    selectionLabel_->setText(n == 0 ? QString() : (n == 1 ? tr("1 rack selected") : tr("%1 racks selected").arg(n)));
}

void MainWindow::frameViews() {
    hallView_->frameAll();
    floorView_->frameAll();
}

void MainWindow::showProjectState() {
    setWindowTitle(tr("%1[*] - Rackweave").arg(session_->displayName()));
    setWindowModified(session_->isModified());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!fileActions_->confirmClose()) {
        event->ignore();
        return;
    }
    WindowLayoutStore::save(*this);
    event->accept();
}

}  // namespace rw::gui
