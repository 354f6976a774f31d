#pragma once
// View > Colour by: the colour-mode actions, the figures behind them and where the colours go
// (the floor plan's racks and trays, the 3D view through a callback, the legend). Figures are
// recomputed only when the mode needs them and an edit touched what they read (racks, devices,
// links, halls for racks; trays, cables or a new routing result for tray fill). The headroom
// modes read the power analysis, which recomputes itself after edits and on a what-if.
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include <QObject>
#include <QPointer>

#include "colour/ColourLegend.h"
#include "colour/ColourMode.h"
#include "colour/RackColouring.h"
#include "edit/ChangeSet.h"

class QAction;
class QActionGroup;
class QMenu;

namespace rw::gui {

class DesignContext;
class FloorPlanOverlays;
class PowerAnalysis;
class FloorPlanScene;
class ProjectSession;

class ColourModeActions final : public QObject {
    Q_OBJECT
public:
    /// Receives rack and tray colours as 0xRRGGBBAA by id (0 = the view's own colour; empty
    /// lists = all own colours), the 3D view's convention.
    using Colours3dFn = std::function<void(std::vector<std::uint32_t> racks, std::vector<std::uint32_t> trays)>;

    ColourModeActions(ProjectSession& session, DesignContext& context, FloorPlanScene& scene, FloorPlanOverlays& overlays,
                      QObject* parent = nullptr);
    ~ColourModeActions() override;

    /// Adds the "Colour by" submenu and "Show Trays" to `menu`.
    void populate(QMenu& menu) const;
    /// The legend widget (for the status bar); owned by whoever adds it to a layout.
    [[nodiscard]] ColourLegend& legend() const noexcept { return *legend_; }
    /// Where 3D colours go; called at once and after every recolour.
    void setColours3d(Colours3dFn apply);
    /// Where the headroom modes take their figures; they follow its updates (edits, what-if).
    void setPowerAnalysis(PowerAnalysis& analysis);

    void setMode(ColourMode mode);
    [[nodiscard]] ColourMode mode() const noexcept { return mode_; }
    [[nodiscard]] QAction* action(ColourMode mode) const;
    [[nodiscard]] QAction* showTraysAction() const noexcept { return showTrays_; }
    /// Colour by > Relative Scale: scales to the design's largest figure instead of the limits.
    [[nodiscard]] QAction* relativeScaleAction() const noexcept { return relative_; }
    /// The last rack colouring (byId empty in role mode).
    [[nodiscard]] const Colouring& rackColouring() const noexcept { return racks_; }
    /// Milliseconds the last recolour took (figures and colours), for the status of big designs.
    [[nodiscard]] double lastRecolourMs() const noexcept { return lastMs_; }

private:
    void onDocumentChanged(const ChangeSet& changes);
    void recolour();

    ProjectSession& session_;
    DesignContext& context_;
    FloorPlanScene& scene_;
    FloorPlanOverlays& overlays_;
    QPointer<ColourLegend> legend_;  // the status bar may own and delete it first
    QActionGroup* group_;
    QAction* showTrays_;
    QAction* relative_;
    Colours3dFn colours3d_;
    PowerAnalysis* power_ = nullptr;
    ColourMode mode_ = ColourMode::Role;
    std::optional<std::vector<RackMetrics>> metrics_;  // nullopt = stale
    std::optional<std::vector<TrayLoad>> trayLoads_;   // nullopt = stale
    Colouring racks_;
    double lastMs_ = 0.0;
};

}  // namespace rw::gui
