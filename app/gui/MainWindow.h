#pragma once
// The application window. It only composes the parts -- session, file actions, 3D view, status
// counts -- and connects them; each part lives in its own class so this file stays small as the
// editor grows (menus, docks and views each get their own class, not a method here).
#include <memory>

#include <QMainWindow>

#include "UserPrompts.h"
#include "edit/ChangeSet.h"

class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;

namespace rw {
class Catalog;
}
namespace rw::render {
class HallView;
}

namespace rw::gui {

class CableFocus;
class ColourModeActions;
class DesignContext;
class FindingsPanel;
class InstallPlanner;
class InstallPlanPanel;
class WorkOrderPreview;
class PowerAnalysis;
class PowerCoolingPanel;
class FloorPlanOverlays;
class RackElevationPanel;
class ArrangeActions;
class CatalogPalette;
class ClipboardActions;
class EditActions;
class EditingCatalog;
class FileActions;
class FindDialog;
class HelpActions;
class FloorPlanDropTarget;
class FloorPlanScene;
class FloorPlanView;
class ModelCountsLabel;
class ProjectSession;
class PropertiesInspector;
class RackSelection;
class ToolsActions;
class ViewModeActions;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    /// `prompts` answers the file workflow's questions; null means real dialogs.
    explicit MainWindow(std::unique_ptr<UserPrompts> prompts = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Draws racks at their catalog sizes from now on. `catalog` must outlive the window.
    void useCatalog(const Catalog& catalog);

    [[nodiscard]] ProjectSession& session() const noexcept { return *session_; }
    [[nodiscard]] FileActions& fileActions() const noexcept { return *fileActions_; }
    [[nodiscard]] ToolsActions& toolsActions() const noexcept { return *toolsActions_; }
    [[nodiscard]] render::HallView& hallView() const noexcept { return *hallView_; }
    [[nodiscard]] ModelCountsLabel& counts() const noexcept { return *counts_; }
    [[nodiscard]] RackSelection& selection() const noexcept { return *selection_; }
    [[nodiscard]] EditActions& editActions() const noexcept { return *editActions_; }
    [[nodiscard]] FloorPlanScene& floorPlanScene() const noexcept { return *floorScene_; }
    [[nodiscard]] FloorPlanView& floorPlanView() const noexcept { return *floorView_; }
    [[nodiscard]] PropertiesInspector& inspector() const noexcept { return *inspector_; }
    [[nodiscard]] ViewModeActions& viewModes() const noexcept { return *viewModes_; }
    [[nodiscard]] CatalogPalette& palette() const noexcept { return *palette_; }
    [[nodiscard]] FloorPlanDropTarget& dropTarget() const noexcept { return *dropTarget_; }
    [[nodiscard]] ClipboardActions& clipboardActions() const noexcept { return *clipboard_; }
    [[nodiscard]] ArrangeActions& arrangeActions() const noexcept { return *arrange_; }
    [[nodiscard]] FindDialog& findDialog() const noexcept { return *find_; }
    [[nodiscard]] HelpActions& helpActions() const noexcept { return *help_; }
    // Derived views: colour modes, trays and the cable route in 2D, findings, rack elevation.
    [[nodiscard]] DesignContext& designContext() const noexcept { return *context_; }
    [[nodiscard]] ColourModeActions& colourModes() const noexcept { return *colourModes_; }
    [[nodiscard]] FloorPlanOverlays& floorPlanOverlays() const noexcept { return *overlays_; }
    [[nodiscard]] CableFocus& cableFocus() const noexcept { return *cableFocus_; }
    [[nodiscard]] FindingsPanel& findingsPanel() const noexcept { return *findings_; }
    [[nodiscard]] RackElevationPanel& elevationPanel() const noexcept { return *elevation_; }
    [[nodiscard]] QDockWidget* findingsDock() const noexcept { return findingsDock_; }
    [[nodiscard]] QDockWidget* elevationDock() const noexcept { return elevationDock_; }
    [[nodiscard]] PowerAnalysis& powerAnalysis() const noexcept { return *power_; }
    [[nodiscard]] PowerCoolingPanel& powerPanel() const noexcept { return *powerPanel_; }
    [[nodiscard]] QDockWidget* powerDock() const noexcept { return powerDock_; }
    [[nodiscard]] InstallPlanner& installPlanner() const noexcept { return *installPlanner_; }
    [[nodiscard]] InstallPlanPanel& installPanel() const noexcept { return *installPanel_; }
    [[nodiscard]] QDockWidget* installDock() const noexcept { return installDock_; }
    /// File > Print Preview of the work orders; null when the app is built without the printouts.
    [[nodiscard]] WorkOrderPreview* workOrderPreview() const noexcept { return workOrderPreview_; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showModel();
    void showChanges(const ChangeSet& changes);
    void showSelectionState();
    void frameViews();
    void showProjectState();
    /// The catalog palette dock, drag-to-place, cut/copy/paste/duplicate and the Arrange menu.
    void addEditingTools(QMenu& editMenu);
    /// Dock sizes and corners of a first run (before a remembered layout is restored).
    void arrangeDefaultDocks();
    /// Edit > Find, the Help menu and the status bar's export confirmations.
    void addFindAndHelp(QMenu& editMenu);
    /// View > Colour by, the tray and route overlays, the Findings and Rack Elevation docks.
    void addDerivedViews(QMenu& viewMenu, QMenu& fileMenu);
    /// The power analysis, the Power & Cooling dock and the headroom colour modes' source.
    void addPowerAndCooling(QMenu& viewMenu);
    /// The install planner and the Install Plan dock (Gantt chart, crews, critical path).
    /// With the printouts, File > Print Preview of the work orders (before Quit in `fileMenu`).
    void addInstallPlan(QMenu& viewMenu, QMenu& fileMenu);

    std::unique_ptr<UserPrompts> prompts_;
    ProjectSession* session_;
    FileActions* fileActions_;
    ToolsActions* toolsActions_;
    RackSelection* selection_;
    EditActions* editActions_;
    render::HallView* hallView_;
    FloorPlanScene* floorScene_;
    FloorPlanView* floorView_;
    QSplitter* views_;
    ViewModeActions* viewModes_;
    PropertiesInspector* inspector_;
    ModelCountsLabel* counts_;
    QLabel* selectionLabel_;
    std::unique_ptr<EditingCatalog> editingCatalog_;
    CatalogPalette* palette_ = nullptr;
    FloorPlanDropTarget* dropTarget_ = nullptr;
    ClipboardActions* clipboard_ = nullptr;
    ArrangeActions* arrange_ = nullptr;
    DesignContext* context_ = nullptr;
    CableFocus* cableFocus_ = nullptr;
    FloorPlanOverlays* overlays_ = nullptr;
    ColourModeActions* colourModes_ = nullptr;
    FindingsPanel* findings_ = nullptr;
    RackElevationPanel* elevation_ = nullptr;
    QDockWidget* findingsDock_ = nullptr;
    QDockWidget* elevationDock_ = nullptr;
    PowerAnalysis* power_ = nullptr;
    PowerCoolingPanel* powerPanel_ = nullptr;
    QDockWidget* powerDock_ = nullptr;
    InstallPlanner* installPlanner_ = nullptr;
    InstallPlanPanel* installPanel_ = nullptr;
    QDockWidget* installDock_ = nullptr;
    WorkOrderPreview* workOrderPreview_ = nullptr;
    FindDialog* find_ = nullptr;
    HelpActions* help_ = nullptr;
};

}  // namespace rw::gui
