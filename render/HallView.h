#pragma once
// The 3D view of a project's halls: the scene API the application uses. Every Qt 3D type stays
// behind this header (Qt 3D is deprecated upstream from Qt 6.8), so the engine can be replaced
// without touching the application.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <vector>

#include <QImage>
#include <QWidget>

#include "RackAppearance.h"
#include "edit/ChangeSet.h"
#include "model/Model.h"
#include "model/SpatialIndex.h"
#include "router/RoutingResult.h"

class QWindow;

namespace rw {
class Catalog;
}

namespace rw::render {

struct Mesh;

/// What the view currently draws, for status displays and tests. Every kind is instanced: one
/// draw per non-empty batch, however many objects it holds.
struct HallViewStats {
    int rackInstances = 0;
    int obstacleInstances = 0;
    int deviceInstances = 0;
    int deviceMeshes = 0;           // device batches, one per mesh (assets/models file or box)
    int trayInstances = 0;          // horizontal runs and vertical risers
    int coolingInstances = 0;       // floor-standing CDUs and air units
    int bundleInstances = 0;        // one per tray segment that carries routed cables
    int selectedCableInstances = 0; // pieces (drops and runs) of the selected racks' cables
    int floorTriangles = 0;
    int fadedRacks = 0;             // racks drawn faded (not built yet: setFaded)
    int fadedDevices = 0;           // devices of those racks
    int fadedTrays = 0;             // tray instances drawn faded
    int fadedBundles = 0;           // bundles with some cable not built yet (fully faded when none is)
    int drawBatches = 0;            // instanced draws issued per frame (one per non-empty batch)
    // Level of detail: racks, trays and cables are split into floor cells; far cells draw no
    // faceplates or bundles and plain boxes for tray channels (render/qt3d/CellBatches.h).
    int drawnDeviceInstances = 0;   // faceplates in cells near enough to draw them
    int drawnBundleInstances = 0;
    int rackLabels = 0;             // racks named in the view (only those near the camera: RackLabels.h)   // bundles in cells near enough (and trays shown)
};

/// What is under a point of the view.
struct HallPick {
    RackId rack;      // invalid: empty space or something other than a rack
    DeviceId device;  // valid when the point is on a device's faceplate
};

/// The selection after a click on `clicked` (invalid: empty space): the rack alone, or with
/// `toggle` (Ctrl) the selection with that rack added or removed; empty space clears unless toggling.
[[nodiscard]] std::vector<RackId> selectionAfterClick(std::vector<RackId> current, RackId clicked, bool toggle);

class HallView final : public QWidget {
    Q_OBJECT
public:
    explicit HallView(QWidget* parent = nullptr);
    ~HallView() override;

    /// How big each rack is drawn; defaults to placeholderRackSize(). Applies from the next setModel().
    void setRackSize(RackSizeFn rackSize);
    /// Racks, devices and cooling units at their catalog sizes (`catalog` must outlive the view).
    /// Applies from the next setModel().
    void useCatalog(const Catalog& catalog);
    /// Where device meshes are looked up (default: the shipped assets/models). Applies from the
    /// next setModel().
    void setModelDirectory(const std::filesystem::path& directory);
    /// Files in the model directory that could not be used (drawn as boxes instead), "file: reason".
    [[nodiscard]] std::vector<std::string> modelErrors() const;

    /// Rebuilds the scene from `model`: floors, columns, racks, devices, trays, cooling units.
    /// Keeps the camera where it is; call frameAll() to look at the whole scene.
    void setModel(const Model& model);
    /// Brings the scene up to date with `model` after `changes` (an edit, undo or redo): only the
    /// batches of the kinds that changed are rebuilt, and a rack that only moved or turned has its
    /// instance (and its devices') rewritten in place. The camera stays where it is.
    void applyChanges(const Model& model, const ChangeSet& changes);
    /// The routes to draw as bundles (and as single cables for the selection); copied, null = none.
    void setRoutes(const RoutingResult* routes);

    /// Highlights these racks and draws their individual cables.
    void setSelectedRacks(const std::vector<RackId>& racks);
    /// Colour modes: a colour per rack as 0xRRGGBBAA (alpha ignored), index = RackId::value;
    /// 0 or out of range = the role colour; empty = every rack in its role colour. Rewrites only
    /// the instance colours, not the geometry.
    void setRackColours(std::vector<std::uint32_t> rgbaByRackId);
    /// The same for tray segments (index = TrayId::value; 0 = the tray kind's colour).
    void setTrayColours(std::vector<std::uint32_t> rgbaByTrayId);

    /// The hall as built on a day of the install plan: racks (with their devices), tray segments
    /// and cables not built yet are drawn faded, each vector by id value (true = faded); empty
    /// vectors fade nothing. A bundle's colour goes from faded to full with the share of its
    /// cables built. Rewrites instance colours only, over the colour mode's.
    void setFaded(std::vector<bool> racks, std::vector<bool> trays, std::vector<bool> cables);

    /// Points the camera at everything in the scene.
    void frameAll();
    /// Shows or hides the cable trays with the cables in them (the selection's cables stay).
    void setTraysShown(bool shown);
    [[nodiscard]] bool traysShown() const noexcept;
    /// Fly mode: WASD moves, QE sinks and rises, dragging looks around (F toggles it in the view).
    void setFlyMode(bool on);
    [[nodiscard]] bool flyMode() const noexcept;

    /// The rack (and device) under `pos` (in this widget's coordinates), by a ray through the camera
    /// against the scene's spatial index.
    [[nodiscard]] HallPick pickAt(QPoint pos) const;

    /// A screenshot of the 3D view the right way up. Runs the event loop until a drawn frame
    /// arrives or `timeout` passes (null image then). Needs the view to be shown.
    [[nodiscard]] QImage grabImage(std::chrono::milliseconds timeout = std::chrono::seconds(15));
    /// Orbits the camera once round the scene in `frames` steps and returns how long each frame
    /// took to draw and read back, in milliseconds (for --bench-frames).
    [[nodiscard]] std::vector<double> orbitFrameTimes(int frames);

    [[nodiscard]] HallViewStats stats() const noexcept;
    /// The racks whose names the view shows now, nearest first (none unless the camera is close).
    [[nodiscard]] std::vector<RackId> labelledRacks() const;
    /// The window Qt 3D draws into; it receives the view's mouse and key events.
    [[nodiscard]] QWindow* renderWindow() const noexcept;

signals:
    /// A click (no drag) on a rack, or on empty space (invalid id), with the keyboard modifiers.
    void rackClicked(rw::RackId rack, Qt::KeyboardModifiers modifiers);
    /// A click on a device's faceplate (after rackClicked for its rack).
    void deviceClicked(rw::DeviceId device, Qt::KeyboardModifiers modifiers);
    void flyModeChanged(bool on);

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Scene;
    void replaceFloors(const Mesh& floors);
    void rebuildRacks(const Model& model);
    void rebuildDevices(const Model& model);
    void rebuildTrays(const Model& model);
    void moveRack(const Model& model, RackId id);
    void refreshCables();
    void refreshRackColours();
    void refreshTrayColours();
    void refreshDeviceColours();
    void updateBounds();
    void applyCamera();
    void clickedAt(QPoint pos, Qt::KeyboardModifiers modifiers);
    [[nodiscard]] Ray3d rayAt(QPoint pos) const;  // model millimetres, through the camera

    std::unique_ptr<Scene> scene_;
};

}  // namespace rw::render
