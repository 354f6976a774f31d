#include "HallView.h"

#include <algorithm>
#include <map>
#include <limits>
#include <optional>
#include <utility>

#include <QElapsedTimer>
#include <QVBoxLayout>
#include <Qt3DCore/QEntity>
#include <Qt3DExtras/QForwardRenderer>
#include <Qt3DExtras/Qt3DWindow>
#include <Qt3DRender/QCamera>
#include <Qt3DRender/QRenderCapture>
#include <Qt3DRender/QRenderSettings>

#include "CameraFraming.h"
#include "CameraInput.h"
#include "CameraRig.h"
#include "HallScene.h"
#include "MeshFactory.h"
#include "ModelLibrary.h"
#include "Picking.h"
#include "SceneSizes.h"
#include "TrayScene.h"
#include "qt3d/CellBatches.h"
#include "qt3d/FrameGrabber.h"
#include "qt3d/InstancedMaterial.h"
#include "qt3d/InstancedMeshEntity.h"
#include "qt3d/RackLabelEntities.h"

namespace rw::render {
namespace {

constexpr float kFieldOfViewDegrees = 45.0f;

// Qt 3D's default renderer is RHI; QT3D_RENDERER=opengl selects the older OpenGL one, whose
// captures are already the right way up.
bool rendererIsRhi() {
    return qEnvironmentVariable("QT3D_RENDERER", QStringLiteral("rhi")) != QStringLiteral("opengl");
}

// A colour override from a colour-mode table: 0 or out of range = none.
std::optional<QVector3D> overrideOf(const std::vector<std::uint32_t>& table, std::uint32_t id) {
    if (id >= table.size() || table[id] == 0) return std::nullopt;
    return rgbaVector(table[id]);
}

// Not built yet: most of the way to the floor's grey, so the place still reads and what is
// built stands out (the instanced material draws opaque; this is its see-through look).
QVector3D faded(const QVector3D& colour) {
    constexpr float kFade = 0.72f;
    return colour * (1.0f - kFade) + colorVector(ScenePalette::floor()) * kFade;
}

bool isFaded(const std::vector<bool>& table, std::uint32_t id) { return id < table.size() && table[id]; }

bool changedAny(const ChangeSet& changes, std::initializer_list<EntityKind> kinds) {
    return std::any_of(kinds.begin(), kinds.end(), [&](EntityKind k) { return !changes.untouched(k); });
}

}  // namespace

std::vector<RackId> selectionAfterClick(std::vector<RackId> current, RackId clicked, bool toggle) {
    if (!toggle) return clicked.valid() ? std::vector<RackId>{clicked} : std::vector<RackId>{};
    if (!clicked.valid()) return current;
    const auto it = std::find(current.begin(), current.end(), clicked);
    if (it != current.end())
        current.erase(it);
    else
        current.push_back(clicked);
    return current;
}

struct HallView::Scene {
    Qt3DExtras::Qt3DWindow* window = nullptr;  // owned by its widget container
    Qt3DCore::QEntity* root = nullptr;
    InstancedMaterial* material = nullptr;
    InstancedMeshEntity* floors = nullptr;  // null while there is no hall
    InstancedMeshEntity* obstacles = nullptr;
    InstancedMeshEntity* cooling = nullptr;
    InstancedMeshEntity* selectedCables = nullptr;
    // The kinds with thousands of objects, per floor cell with a level of detail (CellBatches.h).
    std::unique_ptr<CellBatches> racks;
    std::unique_ptr<CellBatches> trayRuns;
    std::unique_ptr<CellBatches> trayRisers;
    std::unique_ptr<CellBatches> bundles;
    std::map<std::string, std::unique_ptr<CellBatches>> deviceBatches;  // by mesh key; kept when emptied
    Qt3DRender::QRenderCapture* capture = nullptr;
    CameraRig rig;
    CameraInput* input = nullptr;

    SceneSizes sizes;
    std::unique_ptr<ModelLibrary> models = std::make_unique<ModelLibrary>(shippedModelDirectory());
    HallScene data;           // what is drawn, in base colours (role, kind)
    TrayInstances trays;
    CableGeometry cables;
    std::optional<RoutingResult> routes;
    HallPicker picker;
    std::vector<int> rackSlot;  // by RackId::value: index in data.racks, -1 = none
    // by RackId::value: (index in data.devices, index in that batch) of each device in the rack
    std::vector<std::vector<std::pair<std::size_t, std::size_t>>> deviceSlots;
    std::vector<RackId> selected;  // sorted
    std::unique_ptr<RackLabelEntities> labels;  // names of the racks near the camera
    std::vector<QString> rackNames;             // by slot in data.racks
    std::vector<std::uint32_t> rackColours;
    std::vector<std::uint32_t> trayColours;
    std::vector<bool> fadedRacks, fadedTrays, fadedCables;  // by id value (setFaded)
    Bounds bounds;
    Bounds content;                 // racks, trays, cooling, columns: what frameAll() fits
    bool userMovedCamera = false;   // since the last frameAll(): showing again then keeps the camera
    float farPlane = 1000.0f;
    int floorTriangles = 0;
    bool shownOnce = false;

    InstancedMeshEntity* box(const Mesh& mesh) { return new InstancedMeshEntity(mesh, material, root); }
    std::unique_ptr<CellBatches> cells(const Mesh& nearMesh, const Mesh& farMesh, float nearDistance,
                                       CellBatches::FarList farList = {}) {
        return std::make_unique<CellBatches>(nearMesh, farMesh, CellLevels{32.0f, nearDistance}, material, root,
                                             std::move(farList));
    }
    /// Names the racks near the camera (RackLabels), after it or the racks moved.
    void refreshLabels() {
        labels->show(placeRackLabels(data.racks, data.rackIds, rig.eye(), rig.target() - rig.eye()), rackNames, rig.eye(),
                     rig.target());
    }
    std::vector<CellBatches*> cellKinds() const {
        std::vector<CellBatches*> all{racks.get(), trayRuns.get(), trayRisers.get(), bundles.get()};
        for (const auto& [key, batch] : deviceBatches) all.push_back(batch.get());
        return all;
    }
};

HallView::HallView(QWidget* parent) : QWidget(parent), scene_(std::make_unique<Scene>()) {
    auto& s = *scene_;
    s.window = new Qt3DExtras::Qt3DWindow;
    s.window->defaultFrameGraph()->setClearColor(ScenePalette::background());
    // Draw only when something changes: continuous redraws would keep a software rasteriser busy.
    s.window->renderSettings()->setRenderPolicy(Qt3DRender::QRenderSettings::OnDemand);

    // The capture node wraps the default frame graph so screenshots see exactly what is shown.
    s.capture = new Qt3DRender::QRenderCapture;
    s.window->activeFrameGraph()->setParent(s.capture);
    s.window->setActiveFrameGraph(s.capture);

    s.root = new Qt3DCore::QEntity;
    s.material = new InstancedMaterial(s.root);
    const Mesh box = unitBox();
    constexpr float kAlways = std::numeric_limits<float>::infinity();
    s.obstacles = s.box(box);
    s.cooling = s.box(box);
    s.selectedCables = s.box(box);
    s.racks = s.cells(box, {}, kAlways);
    s.trayRuns = s.cells(trayChannel(), box, kTrayDetailMetres, mergeCollinearRuns);
    s.trayRisers = s.cells(box, {}, kTrayDetailMetres);
    s.bundles = s.cells(box, {}, kTrayDetailMetres);
    s.labels = std::make_unique<RackLabelEntities>(s.root);
    s.window->setRootEntity(s.root);

    s.input = new CameraInput(
        s.rig,
        [this] {
            scene_->userMovedCamera = true;
            applyCamera();
        }, [this](QPoint pos, Qt::KeyboardModifiers m) { clickedAt(pos, m); }, this);
    s.window->installEventFilter(s.input);
    // The wheel zooms towards the rack under the mouse, or the floor there.
    s.input->setPointUnder([this](QPoint pos) -> std::optional<QVector3D> {
        const Ray3d ray = rayAt(pos);
        const PickResult hit = scene_->picker.pick(ray);
        if (hit.rack.valid()) return scenePointOf(ray, hit.t);
        return floorPoint(ray);
    });
    connect(s.input, &CameraInput::flyModeToggled, this, &HallView::flyModeChanged);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* container = QWidget::createWindowContainer(s.window, this);
    container->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(container);
    setMinimumSize(320, 240);
    frameAll();
}

HallView::~HallView() = default;

void HallView::setRackSize(RackSizeFn rackSize) { scene_->sizes.rackSize = std::move(rackSize); }

void HallView::useCatalog(const Catalog& catalog) { scene_->sizes = SceneSizes::fromCatalog(catalog); }

void HallView::setModelDirectory(const std::filesystem::path& directory) {
    scene_->models = std::make_unique<ModelLibrary>(directory);
}

std::vector<std::string> HallView::modelErrors() const { return scene_->models->errors(); }

void HallView::setModel(const Model& model) {
    auto& s = *scene_;
    // Floors, columns and cooling units here; racks and devices by their own passes below,
    // which also index them for picking and in-place updates.
    s.data = buildHallScene(model, s.sizes, nullptr);
    replaceFloors(s.data.floors);
    s.floorTriangles = int(s.data.floors.indices.size() / 3);
    s.obstacles->setInstances(s.data.obstacles);
    s.cooling->setInstances(s.data.cooling);
    rebuildRacks(model);
    rebuildDevices(model);
    s.picker.rebuild(s.data, model);
    rebuildTrays(model);
    s.cables = cableGeometry(model, s.sizes);
    refreshCables();
    updateBounds();
    s.refreshLabels();
}

void HallView::applyChanges(const Model& model, const ChangeSet& changes) {
    auto& s = *scene_;
    if (changes.siteChanged || !changes.untouched(EntityKind::Hall)) {
        setModel(model);  // floors and columns: the whole scene depends on them
        return;
    }
    const bool racksAddedOrRemoved =
        !changes.addedOf(EntityKind::Rack).empty() || !changes.removedOf(EntityKind::Rack).empty();
    const bool devicesChanged = !changes.untouched(EntityKind::Device);
    if (racksAddedOrRemoved) {
        rebuildRacks(model);
    } else {
        for (const std::uint32_t id : changes.modifiedOf(EntityKind::Rack)) moveRack(model, RackId(id));
    }
    if (racksAddedOrRemoved || devicesChanged) rebuildDevices(model);
    if (!changes.untouched(EntityKind::Rack) || devicesChanged) s.picker.rebuild(s.data, model);
    if (!changes.untouched(EntityKind::Cooling)) {
        s.data.cooling = buildCoolingUnits(model, s.sizes);
        s.cooling->setInstances(s.data.cooling);
    }
    if (!changes.untouched(EntityKind::Tray)) rebuildTrays(model);
    if (changedAny(changes, {EntityKind::Rack, EntityKind::Device, EntityKind::Port, EntityKind::Link,
                             EntityKind::Cable, EntityKind::Tray})) {
        s.cables = cableGeometry(model, s.sizes);
        refreshCables();
    }
    updateBounds();
    s.refreshLabels();  // racks moved or renamed
}

void HallView::rebuildRacks(const Model& model) {
    auto& s = *scene_;
    s.data.racks.clear();
    s.data.rackIds.clear();
    s.rackNames.clear();
    s.rackSlot.assign(model.racks().capacity(), -1);
    model.racks().forEach([&](RackId id, const Rack& rack) {
        s.rackSlot[id.value] = int(s.data.racks.size());
        s.data.racks.push_back(rackInstance(model, rack, s.sizes));
        s.data.rackIds.push_back(id);
        s.rackNames.push_back(QString::fromStdString(rack.name));
    });
    std::vector<Instance> shown = s.data.racks;
    s.racks->setInstances(std::move(shown));
    refreshRackColours();
}

void HallView::rebuildDevices(const Model& model) {
    auto& s = *scene_;
    s.data.devices = buildDeviceBatches(model, s.sizes, s.models.get());
    s.deviceSlots.assign(model.racks().capacity(), {});
    for (auto& [key, batch] : s.deviceBatches) batch->setInstances({});
    for (std::size_t b = 0; b < s.data.devices.size(); ++b) {
        const DeviceBatch& batch = s.data.devices[b];
        auto it = s.deviceBatches.find(batch.meshKey);
        if (it == s.deviceBatches.end()) {
            it = s.deviceBatches.emplace(batch.meshKey, s.cells(s.models->mesh(batch.meshKey), {}, kDeviceDetailMetres)).first;
            it->second->viewFrom(s.rig.eye());
        }
        it->second->setInstances(batch.instances);
        for (std::size_t i = 0; i < batch.devices.size(); ++i)
            if (const Device* device = model.devices().find(batch.devices[i]); device && device->rack.value < s.deviceSlots.size())
                s.deviceSlots[device->rack.value].emplace_back(b, i);
    }
    if (!s.fadedRacks.empty()) refreshDeviceColours();
}

void HallView::moveRack(const Model& model, RackId id) {
    auto& s = *scene_;
    const Rack* rack = model.racks().find(id);
    if (!rack || id.value >= s.rackSlot.size() || s.rackSlot[id.value] < 0) return;
    const auto slot = std::size_t(s.rackSlot[id.value]);
    s.data.racks[slot] = rackInstance(model, *rack, s.sizes);
    s.rackNames[slot] = QString::fromStdString(rack->name);
    Instance shown = s.data.racks[slot];
    shown.color = s.racks->instances()[slot].color;  // keep the colour mode and selection
    s.racks->updateInstance(slot, shown);
    if (id.value >= s.deviceSlots.size()) return;
    for (const auto& [b, i] : s.deviceSlots[id.value]) {
        DeviceBatch& batch = s.data.devices[b];
        const Device* device = model.devices().find(batch.devices[i]);
        if (!device) continue;
        batch.instances[i] = deviceInstance(model, *device, *rack, s.sizes);
        Instance shown = batch.instances[i];
        if (isFaded(s.fadedRacks, id.value)) shown.color = faded(shown.color);
        s.deviceBatches.at(batch.meshKey)->updateInstance(i, shown);
    }
}

void HallView::rebuildTrays(const Model& model) {
    auto& s = *scene_;
    s.trays = buildTrays(model.trays());
    s.trayRuns->setInstances(s.trays.runs);
    s.trayRisers->setInstances(s.trays.risers);
    refreshTrayColours();
}

void HallView::refreshCables() {
    auto& s = *scene_;
    std::vector<Instance> bundles = s.routes ? buildCableBundles(s.cables.trays, *s.routes) : std::vector<Instance>{};
    if (s.routes && !s.fadedCables.empty()) {
        const std::vector<float> built = bundleBuiltShares(s.cables.trays, *s.routes, s.fadedCables);
        for (std::size_t i = 0; i < bundles.size() && i < built.size(); ++i)
            bundles[i].color = faded(bundles[i].color) * (1.0f - built[i]) + bundles[i].color * built[i];
    }
    s.bundles->setInstances(std::move(bundles));
    s.selectedCables->setInstances(s.routes ? buildSelectedCables(s.cables, *s.routes, s.selected)
                                            : std::vector<Instance>{});
}

void HallView::setFaded(std::vector<bool> racks, std::vector<bool> trays, std::vector<bool> cables) {
    auto& s = *scene_;
    s.fadedRacks = std::move(racks);
    s.fadedTrays = std::move(trays);
    s.fadedCables = std::move(cables);
    refreshRackColours();
    refreshDeviceColours();
    refreshTrayColours();
    refreshCables();
}

void HallView::refreshDeviceColours() {
    auto& s = *scene_;
    std::vector<std::vector<QVector3D>> colours(s.data.devices.size());
    for (std::size_t b = 0; b < colours.size(); ++b)
        for (const Instance& inst : s.data.devices[b].instances) colours[b].push_back(inst.color);
    for (std::uint32_t rack = 0; rack < s.deviceSlots.size(); ++rack)
        if (isFaded(s.fadedRacks, rack))
            for (const auto& [b, i] : s.deviceSlots[rack]) colours[b][i] = faded(colours[b][i]);
    // One upload per batch (setColours sends only batches whose colours changed).
    for (std::size_t b = 0; b < colours.size(); ++b) s.deviceBatches.at(s.data.devices[b].meshKey)->setColours(colours[b]);
}

void HallView::setRoutes(const RoutingResult* routes) {
    auto& s = *scene_;
    if (routes)
        s.routes = *routes;
    else
        s.routes.reset();
    refreshCables();
}

void HallView::setSelectedRacks(const std::vector<RackId>& racks) {
    auto& s = *scene_;
    std::vector<RackId> sorted = racks;
    std::sort(sorted.begin(), sorted.end());
    if (sorted == s.selected) return;
    s.selected = std::move(sorted);
    refreshRackColours();
    s.selectedCables->setInstances(s.routes ? buildSelectedCables(s.cables, *s.routes, s.selected)
                                            : std::vector<Instance>{});
}

void HallView::setRackColours(std::vector<std::uint32_t> rgbaByRackId) {
    scene_->rackColours = std::move(rgbaByRackId);
    refreshRackColours();
}

void HallView::setTrayColours(std::vector<std::uint32_t> rgbaByTrayId) {
    scene_->trayColours = std::move(rgbaByTrayId);
    refreshTrayColours();
}

void HallView::refreshRackColours() {
    auto& s = *scene_;
    const QVector3D highlight = colorVector(ScenePalette::selectedRack());
    std::vector<QVector3D> colours(s.data.racks.size());
    for (std::size_t i = 0; i < colours.size(); ++i) {
        const RackId id = s.data.rackIds[i];
        if (std::binary_search(s.selected.begin(), s.selected.end(), id))
            colours[i] = highlight;
        else
            colours[i] = overrideOf(s.rackColours, id.value).value_or(s.data.racks[i].color);
        if (isFaded(s.fadedRacks, id.value)) colours[i] = faded(colours[i]);
    }
    s.racks->setColours(colours);
}

void HallView::refreshTrayColours() {
    auto& s = *scene_;
    const auto apply = [&s](CellBatches* batch, const std::vector<Instance>& base, const std::vector<TrayId>& ids) {
        std::vector<QVector3D> colours(base.size());
        for (std::size_t i = 0; i < base.size(); ++i) {
            colours[i] = overrideOf(s.trayColours, ids[i].value).value_or(base[i].color);
            if (isFaded(s.fadedTrays, ids[i].value)) colours[i] = faded(colours[i]);
        }
        batch->setColours(colours);
    };
    apply(s.trayRuns.get(), s.trays.runs, s.trays.runIds);
    apply(s.trayRisers.get(), s.trays.risers, s.trays.riserIds);
}

void HallView::replaceFloors(const Mesh& floors) {
    auto& s = *scene_;
    // The floor mesh changes shape with the halls; rebuilding one small entity is cheap.
    delete s.floors;
    s.floors = nullptr;
    if (floors.empty()) return;
    s.floors = new InstancedMeshEntity(floors, s.material, s.root);
    // The mesh is already in scene coordinates: one instance that leaves it where it is.
    s.floors->setInstances({Instance{QVector3D(), QVector3D(1, 1, 1), colorVector(ScenePalette::floor())}});
}

void HallView::updateBounds() {
    auto& s = *scene_;
    Bounds b = meshBounds(s.data.floors);
    const Bounds unit = meshBounds(unitBox());
    for (const auto* list : {&s.data.racks, &s.data.obstacles, &s.data.cooling, &s.trays.runs, &s.trays.risers})
        b.add(instanceBounds(unit, *list));
    s.bounds = b;
    Bounds content;
    for (const auto* list : {&s.data.racks, &s.data.obstacles, &s.data.cooling, &s.trays.runs, &s.trays.risers})
        content.add(instanceBounds(unit, *list));
    s.content = content.empty() ? b : content;  // an empty hall: its floor
}

void HallView::frameAll() {
    auto& s = *scene_;
    // The 3D window fills this widget, whose size is known before the window has been resized.
    const float aspect = height() > 0 ? float(width()) / float(height()) : 16.0f / 9.0f;
    const CameraPose pose = frameBounds(s.content, kFieldOfViewDegrees, aspect);
    s.userMovedCamera = false;
    s.window->camera()->lens()->setPerspectiveProjection(kFieldOfViewDegrees, aspect, pose.nearPlane, pose.farPlane);
    s.farPlane = pose.farPlane;
    s.rig.setPose(pose.position, pose.viewCenter);
    // Fly steps and pan speed follow the scene's size so a 1 km hall and a 20 m room both feel right.
    s.input->setScale(std::max(s.bounds.radius(), 10.0f), kFieldOfViewDegrees);
    applyCamera();
}

void HallView::applyCamera() {
    auto& s = *scene_;
    auto* camera = s.window->camera();
    // Zooming far out must not clip the scene at the far plane.
    const float needed = s.rig.distance() + std::max(s.bounds.radius(), 10.0f) * 3.0f;
    if (needed > s.farPlane) {
        s.farPlane = needed;
        camera->lens()->setFarPlane(needed);
    }
    camera->setUpVector(QVector3D(0, 1, 0));
    camera->setPosition(s.rig.eye());
    camera->setViewCenter(s.rig.target());
    for (CellBatches* kind : s.cellKinds()) kind->viewFrom(s.rig.eye());
    s.refreshLabels();
}

void HallView::setTraysShown(bool shown) {
    auto& s = *scene_;
    for (CellBatches* kind : {s.trayRuns.get(), s.trayRisers.get(), s.bundles.get()}) kind->setShown(shown);
}

bool HallView::traysShown() const noexcept { return scene_->trayRuns->shown(); }

void HallView::setFlyMode(bool on) {
    if (on == scene_->input->flyMode()) return;
    scene_->input->setFlyMode(on);
    emit flyModeChanged(on);
}

bool HallView::flyMode() const noexcept { return scene_->input->flyMode(); }

Ray3d HallView::rayAt(QPoint pos) const {
    const auto& s = *scene_;
    auto* camera = s.window->camera();
    const QSizeF viewport = s.window->width() > 0 ? QSizeF(s.window->size()) : QSizeF(size());
    return pickRay(camera->projectionMatrix() * camera->viewMatrix(), pos, viewport);
}

HallPick HallView::pickAt(QPoint pos) const {
    const PickResult hit = scene_->picker.pick(rayAt(pos));
    return HallPick{hit.rack, hit.device};
}

void HallView::clickedAt(QPoint pos, Qt::KeyboardModifiers modifiers) {
    const HallPick hit = pickAt(pos);
    emit rackClicked(hit.rack, modifiers);
    if (hit.device.valid()) emit deviceClicked(hit.device, modifiers);
}

QImage HallView::grabImage(std::chrono::milliseconds timeout) {
    return FrameGrabber(scene_->capture, rendererIsRhi()).grab(timeout);
}

std::vector<double> HallView::orbitFrameTimes(int frames) {
    auto& s = *scene_;
    std::vector<double> times;
    const FrameGrabber grabber(s.capture, rendererIsRhi());
    for (int i = 0; i < frames; ++i) {
        s.rig.orbit(360.0f / float(std::max(frames, 1)), 0.0f);
        QElapsedTimer timer;
        timer.start();
        applyCamera();
        (void)grabber.grabOnce(std::chrono::seconds(30));
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return times;
}

void HallView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // Framing while hidden used a guessed or stale size (switching from 2D to 3D showed a tiny
    // camera): fit the content again with the real one, unless the user has moved the camera.
    if (!std::exchange(scene_->shownOnce, true) || !scene_->userMovedCamera) frameAll();
}

void HallView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (isVisible() && !scene_->userMovedCamera) frameAll();
}

QWindow* HallView::renderWindow() const noexcept { return scene_->window; }

HallViewStats HallView::stats() const noexcept {
    const auto& s = *scene_;
    HallViewStats stats;
    stats.rackInstances = s.racks->instanceCount();
    stats.obstacleInstances = s.obstacles->instanceCount();
    for (const auto& [key, batch] : s.deviceBatches) {
        stats.deviceInstances += batch->instanceCount();
        if (batch->instanceCount() > 0) ++stats.deviceMeshes;
    }
    stats.trayInstances = s.trayRuns->instanceCount() + s.trayRisers->instanceCount();
    stats.coolingInstances = s.cooling->instanceCount();
    stats.bundleInstances = s.bundles->instanceCount();
    stats.selectedCableInstances = s.selectedCables->instanceCount();
    stats.floorTriangles = s.floorTriangles;
    for (const RackId id : s.data.rackIds) stats.fadedRacks += isFaded(s.fadedRacks, id.value);
    for (std::uint32_t rack = 0; rack < s.deviceSlots.size(); ++rack)
        if (isFaded(s.fadedRacks, rack)) stats.fadedDevices += int(s.deviceSlots[rack].size());
    for (const auto* ids : {&s.trays.runIds, &s.trays.riserIds})
        for (const TrayId id : *ids) stats.fadedTrays += isFaded(s.fadedTrays, id.value);
    if (s.routes && !s.fadedCables.empty())
        for (const float share : bundleBuiltShares(s.cables.trays, *s.routes, s.fadedCables)) stats.fadedBundles += share < 1.0f;
    for (const auto* batch : {s.floors, s.obstacles, s.cooling, s.selectedCables})
        if (batch && batch->instanceCount() > 0) ++stats.drawBatches;
    for (const CellBatches* kind : s.cellKinds()) stats.drawBatches += kind->drawnBatches();
    for (const auto& [key, batch] : s.deviceBatches) stats.drawnDeviceInstances += batch->drawnInstances();
    stats.drawnBundleInstances = s.bundles->drawnInstances();
    stats.rackLabels = int(s.labels->shown().size());
    return stats;
}

std::vector<RackId> HallView::labelledRacks() const { return scene_->labels->shown(); }

}  // namespace rw::render
