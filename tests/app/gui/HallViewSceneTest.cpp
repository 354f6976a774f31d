// The 3D scene's data without drawing it: device faceplates at their U positions, trays, cable
// bundles from a real routing result, the selection's cables, device meshes from files (and the
// box fallback), picking rays and the camera rig.
#include <cmath>
#include <filesystem>
#include <fstream>

#include <QMatrix4x4>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "CameraRig.h"
#include "HallViewTestSupport.h"
#include "HallScene.h"
#include "HallView.h"
#include "MeshFactory.h"
#include "ModelLibrary.h"
#include "Picking.h"
#include "TrayScene.h"
#include "catalog/Catalog.h"
#include "project/NewProject.h"

namespace rw::render {
namespace {

using gui::test::RoutedDesign;
using gui::test::routedDesign;

const Catalog& shipped() { return gui::test::shippedCatalog(); }

bool near(const QVector3D& a, const QVector3D& b, float tolerance = 1e-3f) { return (a - b).length() < tolerance; }

Model oneRack(Rotation rotation) {
    Model model = newProject("Devices");
    Rack rack;
    rack.hall = model.halls().ids().front();
    rack.position = {10'000, 5'000};
    rack.rotation = rotation;
    const RackId id = model.racks().add(rack);
    Device front;
    front.rack = id;
    front.uPosition = 1;
    front.role = DeviceRole::GpuNode;
    model.devices().add(front);
    Device rear = front;
    rear.uPosition = 40;
    rear.face = Face::Rear;
    rear.role = DeviceRole::Pdu;
    model.devices().add(rear);
    return model;
}

TEST(HallViewSceneTest, DevicesSitAtTheirUPositionProudOfTheRackFace) {
    const Model model = oneRack(Rotation::R0);
    const SceneSizes sizes;  // placeholders: 600 x 1200 x 2000 mm racks of 42 U, 1 U devices
    const HallScene scene = buildHallScene(model, sizes);
    ASSERT_EQ(scene.devices.size(), 1u) << "every device is a box without a model library: one batch";
    const auto& devices = scene.devices.front().instances;
    ASSERT_EQ(devices.size(), 2u);
    const double bottomMm = (2000 - 42 * kRackUnitMm) / 2;
    const Instance& front = devices[0];
    EXPECT_NEAR(front.center.y(), (bottomMm + (kRackUnitMm - 3) / 2) / 1000, 1e-4);
    EXPECT_NEAR(front.size.y(), (kRackUnitMm - 3) / 1000, 1e-4);
    EXPECT_NEAR(front.size.x(), 0.48, 1e-3) << "80 % of the rack's width";
    // R0 fronts face the model's -y, which is the scene's +z; the slab's outer face stands 15 mm
    // in front of the rack's face (rack centre at z = -5 m, half depth 0.6 m).
    EXPECT_NEAR(front.center.z() + front.size.z() / 2, -5.0 + 0.6 + 0.015, 1e-4);
    EXPECT_TRUE(near(front.color, colorVector(deviceRoleColor(DeviceRole::GpuNode))));
    const Instance& rear = devices[1];
    EXPECT_NEAR(rear.center.z() - rear.size.z() / 2, -5.0 - 0.6 - 0.015, 1e-4) << "rear devices at the back";
    EXPECT_EQ(rear.quarterTurns, 2.0f) << "facing out of the back";
    EXPECT_NEAR(rear.center.y(), (bottomMm + 39 * kRackUnitMm + (kRackUnitMm - 3) / 2) / 1000, 1e-4);
}

TEST(HallViewSceneTest, DevicesOfATurnedRackFaceItsTurnedFront) {
    // A quarter turn puts the front on the model's +x (as the floor plan draws it).
    const HallScene scene = buildHallScene(oneRack(Rotation::R90), SceneSizes{});
    const Instance& front = scene.devices.front().instances[0];
    EXPECT_NEAR(front.center.x() + front.size.x() / 2, 10.0 + 0.6 + 0.015, 1e-4);
    EXPECT_NEAR(front.center.z(), -5.0, 1e-4);
    EXPECT_NEAR(front.size.z(), 0.48, 1e-3) << "the faceplate's width now runs along the model's y";
    EXPECT_EQ(front.quarterTurns, 1.0f);
}

TEST(HallViewSceneTest, TraysAreChannelsAlongTheirRunAndRisersAreBoxes) {
    TrayTable trays;
    TraySegment alongX;
    alongX.a = {0, 0, 3000};
    alongX.b = {6000, 0, 3000};
    alongX.kind = TrayKind::Fiber;
    trays.add(alongX);
    TraySegment alongY = alongX;
    alongY.b = {0, 4000, 3000};
    alongY.kind = TrayKind::Power;
    trays.add(alongY);
    TraySegment riser = alongX;
    riser.b = {0, 0, 3600};
    trays.add(riser);

    const TrayInstances out = buildTrays(trays);
    ASSERT_EQ(out.runs.size(), 2u);
    ASSERT_EQ(out.risers.size(), 1u);
    EXPECT_TRUE(near(out.runs[0].center, QVector3D(3.0f, 3.05f, 0.0f)));
    EXPECT_TRUE(near(out.runs[0].size, QVector3D(6.0f, 0.1f, 0.3f)));
    EXPECT_EQ(out.runs[0].quarterTurns, 0.0f);
    EXPECT_TRUE(near(out.runs[1].size, QVector3D(0.3f, 0.1f, 4.0f)));
    EXPECT_EQ(out.runs[1].quarterTurns, 1.0f) << "the channel turned to run along the model's y";
    EXPECT_TRUE(near(out.runs[0].color, colorVector(trayKindColor(TrayKind::Fiber))));
    EXPECT_TRUE(near(out.runs[1].color, colorVector(trayKindColor(TrayKind::Power))));
    EXPECT_NEAR(out.risers[0].size.y(), 0.6, 1e-4);
    EXPECT_EQ(out.riserIds[0], TrayId(2));

    const Mesh channel = trayChannel();
    const Bounds b = meshBounds(channel);
    EXPECT_TRUE(near(b.min, QVector3D(-0.5f, -0.5f, -0.5f)) && near(b.max, QVector3D(0.5f, 0.5f, 0.5f)));
    EXPECT_EQ(channel.indices.size(), 3u * 6u) << "floor and two walls, one quad each";
}

TEST(HallViewSceneTest, BundleThicknessFollowsTheCablesRoutedThroughEachSegment) {
    TrayTable trays;
    TraySegment s;
    s.a = {0, 0, 3000};
    s.b = {6000, 0, 3000};
    trays.add(s);
    s.a = {6000, 0, 3000};
    s.b = {12'000, 0, 3000};
    trays.add(s);
    trays.add(s);  // a third segment nobody uses
    RoutingResult routes;
    routes.routes = {TrayRoute{{TrayId(0), TrayId(1)}, 12'000}, TrayRoute{{TrayId(0)}, 6000}};
    CableRoute through;
    through.status = RouteStatus::Routed;
    through.route = 0;
    CableRoute shortOne = through;
    shortOne.route = 1;
    CableRoute inRack;
    inRack.status = RouteStatus::InRack;
    routes.cables = {through, shortOne, shortOne, shortOne, inRack};

    EXPECT_EQ(cablesPerSegment(trays.capacity(), routes), (std::vector<std::uint32_t>{4, 1, 0}));
    const auto bundles = buildCableBundles(trays, routes);
    ASSERT_EQ(bundles.size(), 2u) << "one bundle per segment that carries cables";
    EXPECT_NEAR(bundles[0].size.z(), 0.3 * 0.85, 1e-4) << "the fullest segment fills 85 % of its tray";
    EXPECT_NEAR(bundles[1].size.z() / bundles[0].size.z(), 0.5, 1e-4) << "a quarter of the cables: half the width";
    EXPECT_GT(bundles[0].size.y(), bundles[1].size.y());
}

TEST(HallViewSceneTest, RoutedDesignGetsBundlesAndTheSelectedRacksCables) {
    const RoutedDesign& d = routedDesign();
    ASSERT_GT(d.routes.countWith(RouteStatus::Routed), 0u) << "the example routes through its trays";
    const auto perSegment = cablesPerSegment(d.model.trays().capacity(), d.routes);
    const auto used = std::count_if(perSegment.begin(), perSegment.end(), [](std::uint32_t n) { return n > 0; });
    EXPECT_EQ(buildCableBundles(d.model.trays(), d.routes).size(), std::size_t(used));

    const SceneSizes sizes = SceneSizes::fromCatalog(shipped());
    const CableGeometry geometry = cableGeometry(d.model, sizes);
    const RackId busiest = gui::test::busiestRack(d);
    std::size_t routedEnds = 0;
    for (std::size_t c = 0; c < geometry.ends.size(); ++c)
        if (d.routes.find(CableId(std::uint32_t(c))) && d.routes.cables[c].status == RouteStatus::Routed)
            routedEnds += std::size_t(geometry.ends[c][0] == busiest) + std::size_t(geometry.ends[c][1] == busiest);
    ASSERT_GT(routedEnds, 0u);
    const auto cables = buildSelectedCables(geometry, d.routes, {busiest});
    EXPECT_GT(cables.size(), routedEnds) << "each cable: its tray runs and both drops";
    EXPECT_TRUE(buildSelectedCables(geometry, d.routes, {}).empty());
    EXPECT_LE(buildSelectedCables(geometry, d.routes, {busiest}, 1).size(), 100u) << "the limit counts cables";
}

TEST(HallViewSceneTest, ModelFilesLoadIntoTheUnitBoxAndBrokenOnesFallBackToTheBox) {
    ModelLibrary shippedModels(shippedModelDirectory());
    const std::string key = shippedModels.meshKey("no-such-catalog-id", DeviceRole::GpuNode);
    EXPECT_EQ(key, "gpu-node.obj") << "found by the device's role";
    const Mesh& node = shippedModels.mesh(key);
    EXPECT_EQ(node.indices.size(), 18u * 3u) << "the shipped faceplate: body, grille and two handles";
    const Bounds b = meshBounds(node);
    EXPECT_TRUE(near(b.min, QVector3D(-0.5f, -0.5f, -0.5f)) && near(b.max, QVector3D(0.5f, 0.5f, 0.5f)));
    EXPECT_TRUE(shippedModels.errors().empty());
    EXPECT_EQ(shippedModels.meshKey("", DeviceRole::Leaf), "") << "no model for switches: the box";
    EXPECT_EQ(shippedModels.mesh("").indices.size(), unitBox().indices.size());

    QTemporaryDir dir;
    const std::filesystem::path folder(dir.path().toStdString());
    std::ofstream(folder / "leaf.obj") << "this is not a wavefront file\nf 1 2 3 4 5\n";
    std::ofstream(folder / "my-switch.obj") << "v 0 0 0\nv 2 0 0\nv 0 4 0\nf 1 2 3\n";
    ModelLibrary library(folder);
    EXPECT_EQ(library.meshKey("my-switch", DeviceRole::Leaf), "my-switch.obj") << "the catalog id comes first";
    const Mesh& triangle = library.mesh("my-switch.obj");
    EXPECT_EQ(triangle.indices.size(), 3u);
    EXPECT_TRUE(near(meshBounds(triangle).max, QVector3D(0.5f, 0.5f, 0.0f))) << "scaled per axis into the unit box";
    const Mesh& broken = library.mesh(library.meshKey("", DeviceRole::Leaf));
    EXPECT_EQ(broken.indices.size(), unitBox().indices.size()) << "an unreadable file draws the box";
    ASSERT_EQ(library.errors().size(), 1u);
    EXPECT_NE(library.errors().front().find("leaf.obj"), std::string::npos) << library.errors().front();
    EXPECT_THROW((void)loadModelFile(folder / "missing.glb"), std::runtime_error);
}

TEST(HallViewSceneTest, DevicesWithAModelFileGetTheirOwnBatch) {
    ModelLibrary models(shippedModelDirectory());
    const HallScene scene = buildHallScene(oneRack(Rotation::R0), SceneSizes{}, &models);
    ASSERT_EQ(scene.devices.size(), 2u) << "the GPU node's model and the PDU's box";
    EXPECT_EQ(scene.devices[0].meshKey, "gpu-node.obj");
    EXPECT_EQ(scene.devices[0].devices, std::vector<DeviceId>{DeviceId(0)});
    EXPECT_EQ(scene.devices[1].meshKey, "");
}

TEST(HallViewSceneTest, PickingFindsTheRackAndTheDeviceUnderARay) {
    const Model model = oneRack(Rotation::R0);
    const HallScene scene = buildHallScene(model, SceneSizes{});
    HallPicker picker;
    picker.rebuild(scene, model);
    // Straight down onto the rack's top: the rack, no device.
    PickResult hit = picker.pick(Ray3d{{10'000, 5'000, 10'000}, {0, 0, -1}});
    EXPECT_EQ(hit.rack, RackId(0));
    EXPECT_FALSE(hit.device.valid());
    // From the cold aisle (model -y) at the height of U1: the GPU node's faceplate, in rack 0.
    const double u1 = (2000 - 42 * kRackUnitMm) / 2 + 20;
    hit = picker.pick(Ray3d{{10'000, -5'000, u1}, {0, 1, 0}});
    EXPECT_EQ(hit.device, DeviceId(0));
    EXPECT_EQ(hit.rack, RackId(0));
    // Beside the rack: nothing.
    hit = picker.pick(Ray3d{{11'000, 5'000, 10'000}, {0, 0, -1}});
    EXPECT_FALSE(hit.rack.valid());
}

TEST(HallViewSceneTest, PickRayRunsThroughTheCameraAndThePixel) {
    QMatrix4x4 projection, view;
    projection.perspective(45.0f, 2.0f, 0.1f, 1000.0f);
    const QVector3D eye(10, 20, 30), target(10, 0, -5);  // scene units
    view.lookAt(eye, target, QVector3D(0, 1, 0));
    const Ray3d ray = pickRay(projection * view, QPointF(400, 200), QSizeF(800, 400));
    // The centre pixel's ray passes through the target: (10, 0, -5) m is model (10000, 5000, 0) mm.
    const double t = (0 - ray.origin.z) / ray.direction.z;
    EXPECT_NEAR(ray.origin.x + t * ray.direction.x, 10'000, 1.0);
    EXPECT_NEAR(ray.origin.y + t * ray.direction.y, 5'000, 1.0);
    EXPECT_NEAR(ray.origin.z, 20'000, 200) << "starts near the eye (at the near plane)";
}

TEST(HallViewSceneTest, CameraRigOrbitsPansZoomsAndFlies) {
    CameraRig rig;
    rig.setPose({0, 10, 20}, {0, 0, 0});
    const float distance = rig.distance();
    rig.orbit(90, 0);
    EXPECT_NEAR(rig.distance(), distance, 1e-3) << "orbiting keeps the distance";
    EXPECT_TRUE(near(rig.target(), {0, 0, 0}));
    EXPECT_NEAR(rig.eye().z(), 0, 1e-3);
    EXPECT_NEAR(std::abs(rig.eye().x()), 20, 1e-3);
    rig.orbit(0, 80);
    EXPECT_LT(std::atan2(rig.eye().y(), std::hypot(rig.eye().x(), rig.eye().z())) * 180 / M_PI, 85.01)
        << "never over the top";

    rig.setPose({0, 10, 20}, {0, 0, 0});
    rig.zoom(1);
    EXPECT_NEAR(rig.distance(), distance * 0.85f, 1e-3);
    rig.zoom(-100);
    EXPECT_GT(rig.distance(), distance);
    rig.zoom(1000);
    EXPECT_NEAR(rig.distance(), 0.5f, 1e-3) << "never closer than the minimum";

    rig.setPose({0, 10, 20}, {0, 0, 0});
    rig.pan(5, 0);
    EXPECT_TRUE(near(rig.target(), {5, 0, 0})) << "panning right moves along the view's right";
    rig.setPose({0, 2, 10}, {0, 1, 0});
    rig.fly(3, 0, 0);
    EXPECT_TRUE(near(rig.eye(), {0, 2, 7})) << "flying forward stays level";
    rig.fly(0, 0, 1);
    EXPECT_NEAR(rig.eye().y(), 3, 1e-4);
    rig.look(90, 0);
    EXPECT_TRUE(near(rig.eye(), {0, 3, 7})) << "looking around keeps the eye";
    EXPECT_NEAR(rig.forward().z(), 0, 1e-3);
}

TEST(HallViewSceneTest, ClicksSelectTheRackCtrlTogglesEmptySpaceClears) {
    const std::vector<RackId> two{RackId(1), RackId(4)};
    EXPECT_EQ(selectionAfterClick(two, RackId(7), false), std::vector<RackId>{RackId(7)});
    EXPECT_EQ(selectionAfterClick(two, RackId(7), true), (std::vector<RackId>{RackId(1), RackId(4), RackId(7)}));
    EXPECT_EQ(selectionAfterClick(two, RackId(4), true), std::vector<RackId>{RackId(1)});
    EXPECT_TRUE(selectionAfterClick(two, RackId{}, false).empty());
    EXPECT_EQ(selectionAfterClick(two, RackId{}, true), two) << "Ctrl+click on empty space keeps the selection";
}

}  // namespace
}  // namespace rw::render
