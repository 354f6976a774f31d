#include "HallScene.h"

#include <algorithm>
#include <map>

#include "MeshFactory.h"
#include "ModelLibrary.h"

namespace rw::render {
namespace {

// Display-only proportions of a device faceplate (the rack's mounting width and the slab).
constexpr double kMountingWidthShare = 0.8;  // of the rack's width, between the rails
constexpr double kFaceplateDepthMm = 60.0;
constexpr double kFaceplateProudMm = 15.0;  // in front of the rack's face, so it shows
constexpr double kUnitGapMm = 3.0;           // between stacked devices, so they read apart

// Columns are drawn as their bounding box from the floor to the ceiling.
Instance obstacleInstance(const Obstacle& obstacle, std::int32_t ceilingMm) {
    Instance inst;
    if (obstacle.outline.empty()) return inst;
    auto [minX, maxX] = std::minmax_element(obstacle.outline.begin(), obstacle.outline.end(),
                                            [](Point2 a, Point2 b) { return a.x < b.x; });
    auto [minY, maxY] = std::minmax_element(obstacle.outline.begin(), obstacle.outline.end(),
                                            [](Point2 a, Point2 b) { return a.y < b.y; });
    const double w = maxX->x - minX->x, d = maxY->y - minY->y;
    inst.center = toScene(minX->x + w / 2.0, minY->y + d / 2.0, ceilingMm / 2.0);
    inst.size = QVector3D(float(w / 1000.0), float(ceilingMm / 1000.0), float(d / 1000.0));
    inst.color = colorVector(ScenePalette::obstacle());
    return inst;
}

// A model-space offset (mm, x and y) in the frame of something turned by `rotation`:
// counter-clockwise quarter turns seen from above, as the floor plan draws them.
std::pair<double, double> turnOffset(double x, double y, Rotation rotation) noexcept {
    switch (rotation) {
        case Rotation::R90: return {-y, x};
        case Rotation::R180: return {-x, -y};
        case Rotation::R270: return {y, -x};
        case Rotation::R0: break;
    }
    return {x, y};
}

Instance coolingInstance(const Model& model, const CoolingUnit& unit, const SceneSizes& sizes) {
    const BoxSizeMm size = rotatedSize(sizes.coolingSize(model, unit), unit.rotation);
    Instance inst;
    inst.center = toScene(unit.position.x, unit.position.y, size.height / 2.0);
    inst.size = QVector3D(float(size.width / 1000.0), float(size.height / 1000.0), float(size.depth / 1000.0));
    inst.color = colorVector(ScenePalette::coolingUnit());
    inst.quarterTurns = float(static_cast<int>(unit.rotation));
    return inst;
}

}  // namespace

std::vector<DeviceBatch> buildDeviceBatches(const Model& model, const SceneSizes& sizes, ModelLibrary* models) {
    std::vector<DeviceBatch> batches;
    std::map<std::string, std::size_t> batchOfKey;
    model.devices().forEach([&](DeviceId id, const Device& device) {
        const Rack* rack = model.racks().find(device.rack);
        if (!rack) return;
        const std::string key = models ? models->meshKey(model.text(device.catalog), device.role) : std::string();
        auto [it, added] = batchOfKey.emplace(key, batches.size());
        if (added) batches.push_back(DeviceBatch{key, {}, {}});
        DeviceBatch& batch = batches[it->second];
        batch.instances.push_back(deviceInstance(model, device, *rack, sizes));
        batch.devices.push_back(id);
    });
    return batches;
}

std::vector<Instance> buildCoolingUnits(const Model& model, const SceneSizes& sizes) {
    std::vector<Instance> units;
    model.coolingUnits().forEach([&](CoolingId, const CoolingUnit& unit) {
        if (!unit.device.valid()) units.push_back(coolingInstance(model, unit, sizes));
    });
    return units;
}

Instance rackInstance(const Model& model, const Rack& rack, const SceneSizes& sizes) {
    const BoxSizeMm size = rotatedSize(sizes.rackSize(model, rack), rack.rotation);
    Instance inst;
    inst.center = toScene(rack.position.x, rack.position.y, size.height / 2.0);
    // toScene() maps model y to scene -z; a size is an extent, so it keeps its sign.
    inst.size = QVector3D(float(size.width / 1000.0), float(size.height / 1000.0), float(size.depth / 1000.0));
    inst.color = colorVector(rackRoleColor(rack.role));
    inst.quarterTurns = float(static_cast<int>(rack.rotation));
    return inst;
}

Instance deviceInstance(const Model& model, const Device& device, const Rack& rack, const SceneSizes& sizes) {
    const BoxSizeMm rackSize = sizes.rackSize(model, rack);
    const int rackUnits = sizes.rackUnits(model, rack);
    // The mounting space is centred in the rack's height; units count from its bottom.
    const double bottom = std::max(0.0, (rackSize.height - rackUnits * kRackUnitMm) / 2.0);
    const double lowMm = bottom + (device.uPosition - 1) * kRackUnitMm;
    const double heightMm = std::max(1.0, sizes.deviceUnits(model, device) * kRackUnitMm - kUnitGapMm);

    // In the rack's own frame (before its turn) the front face is at y = -depth / 2.
    const bool rear = device.face == Face::Rear;
    const double faceY = rackSize.depth / 2.0 + kFaceplateProudMm - kFaceplateDepthMm / 2.0;
    const auto [dx, dy] = turnOffset(0.0, rear ? faceY : -faceY, rack.rotation);
    BoxSizeMm slab{std::int32_t(rackSize.width * kMountingWidthShare), std::int32_t(kFaceplateDepthMm), 0};
    slab = rotatedSize(slab, rack.rotation);

    Instance inst;
    inst.center = toScene(rack.position.x + dx, rack.position.y + dy, lowMm + heightMm / 2.0);
    inst.size = QVector3D(float(slab.width / 1000.0), float(heightMm / 1000.0), float(slab.depth / 1000.0));
    inst.color = colorVector(deviceRoleColor(device.role));
    inst.quarterTurns = float((static_cast<int>(rack.rotation) + (rear ? 2 : 0)) % 4);
    return inst;
}

Box3d modelBox(const Instance& inst) noexcept {
    const QVector3D c = toModelMm(inst.center);
    // Scene (x, y up, z) extents are model (x, z up, y) extents.
    return Box3d::around({c.x(), c.y(), c.z()},
                         {inst.size.x() * 1000.0, inst.size.z() * 1000.0, inst.size.y() * 1000.0});
}

HallScene buildHallScene(const Model& model, const SceneSizes& sizes, ModelLibrary* models) {
    HallScene scene;
    model.halls().forEach([&](HallId, const Hall& hall) {
        scene.floors.append(floorSlab(hall.outline, 0.0, kFloorSlabMm));
        for (const auto& obstacle : hall.obstacles)
            if (!obstacle.outline.empty()) scene.obstacles.push_back(obstacleInstance(obstacle, hall.ceilingHeightMm));
    });
    scene.racks.reserve(model.racks().size());
    scene.rackIds.reserve(model.racks().size());
    model.racks().forEach([&](RackId id, const Rack& rack) {
        scene.racks.push_back(rackInstance(model, rack, sizes));
        scene.rackIds.push_back(id);
    });
    scene.devices = buildDeviceBatches(model, sizes, models);
    scene.cooling = buildCoolingUnits(model, sizes);

    const Bounds unit = meshBounds(unitBox());
    scene.bounds.add(meshBounds(scene.floors));
    scene.bounds.add(instanceBounds(unit, scene.racks));
    scene.bounds.add(instanceBounds(unit, scene.obstacles));
    scene.bounds.add(instanceBounds(unit, scene.cooling));
    return scene;
}

HallScene buildHallScene(const Model& model, const RackSizeFn& rackSize) {
    return buildHallScene(model, SceneSizes{rackSize, nullptr}, nullptr);
}

}  // namespace rw::render
