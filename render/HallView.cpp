#include "HallView.h"

#include <utility>

#include <QVBoxLayout>
#include <Qt3DCore/QEntity>
#include <Qt3DExtras/QForwardRenderer>
#include <Qt3DExtras/QOrbitCameraController>
#include <Qt3DExtras/Qt3DWindow>
#include <Qt3DRender/QCamera>
#include <Qt3DRender/QRenderCapture>
#include <Qt3DRender/QRenderSettings>

#include "CameraFraming.h"
#include "HallScene.h"
#include "MeshFactory.h"
#include "qt3d/FrameGrabber.h"
#include "qt3d/InstancedMaterial.h"
#include "qt3d/InstancedMeshEntity.h"

namespace rw::render {
namespace {

constexpr float kFieldOfViewDegrees = 45.0f;

// Qt 3D's default renderer is RHI; QT3D_RENDERER=opengl selects the older OpenGL one, whose
// captures are already the right way up.
bool rendererIsRhi() {
    return qEnvironmentVariable("QT3D_RENDERER", QStringLiteral("rhi")) != QStringLiteral("opengl");
}

}  // namespace

struct HallView::Scene {
    Qt3DExtras::Qt3DWindow* window = nullptr;  // owned by its widget container
    Qt3DCore::QEntity* root = nullptr;
    InstancedMaterial* material = nullptr;
    InstancedMeshEntity* floors = nullptr;  // null while there is no hall
    InstancedMeshEntity* racks = nullptr;
    InstancedMeshEntity* obstacles = nullptr;
    Qt3DExtras::QOrbitCameraController* controller = nullptr;
    Qt3DRender::QRenderCapture* capture = nullptr;
    RackSizeFn rackSize = placeholderRackSize;
    Bounds bounds;
    int floorTriangles = 0;
    bool shownOnce = false;
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
    s.racks = new InstancedMeshEntity(box, s.material, s.root);
    s.obstacles = new InstancedMeshEntity(box, s.material, s.root);
    s.controller = new Qt3DExtras::QOrbitCameraController(s.root);
    s.controller->setCamera(s.window->camera());
    s.window->setRootEntity(s.root);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* container = QWidget::createWindowContainer(s.window, this);
    container->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(container);
    setMinimumSize(320, 240);
    frameAll();
}

HallView::~HallView() = default;

void HallView::setRackSize(RackSizeFn rackSize) { scene_->rackSize = std::move(rackSize); }

void HallView::setModel(const Model& model) {
    auto& s = *scene_;
    const HallScene scene = buildHallScene(model, s.rackSize);
    replaceFloors(scene.floors);
    s.racks->setInstances(scene.racks);
    s.obstacles->setInstances(scene.obstacles);
    s.bounds = scene.bounds;
    s.floorTriangles = int(scene.floors.indices.size() / 3);
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

void HallView::frameAll() {
    auto& s = *scene_;
    auto* camera = s.window->camera();
    // The 3D window fills this widget, whose size is known before the window has been resized.
    const float aspect = height() > 0 ? float(width()) / float(height()) : 16.0f / 9.0f;
    const CameraPose pose = frameBounds(s.bounds, kFieldOfViewDegrees, aspect);
    camera->lens()->setPerspectiveProjection(kFieldOfViewDegrees, aspect, pose.nearPlane, pose.farPlane);
    camera->setUpVector(pose.up);
    camera->setPosition(pose.position);
    camera->setViewCenter(pose.viewCenter);
    // Orbit and zoom speeds follow the scene's size so a 1 km hall and a 20 m room both feel right.
    const float extent = std::max(s.bounds.radius(), 10.0f);
    s.controller->setLinearSpeed(extent * 2.0f);
    s.controller->setLookSpeed(180.0f);
}

QImage HallView::grabImage(std::chrono::milliseconds timeout) {
    return FrameGrabber(scene_->capture, rendererIsRhi()).grab(timeout);
}

void HallView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // Framing before the first show used a guessed aspect ratio; redo it with the real one.
    if (!std::exchange(scene_->shownOnce, true)) frameAll();
}

HallViewStats HallView::stats() const noexcept {
    const auto& s = *scene_;
    HallViewStats stats;
    stats.rackInstances = s.racks->instanceCount();
    stats.obstacleInstances = s.obstacles->instanceCount();
    stats.floorTriangles = s.floorTriangles;
    for (const auto* batch : {s.floors, s.racks, s.obstacles})
        if (batch && batch->instanceCount() > 0) ++stats.drawBatches;
    return stats;
}

}  // namespace rw::render
