#include "HallScene.h"

#include <algorithm>

#include "MeshFactory.h"

namespace rw::render {
namespace {

Instance rackInstance(const Model& model, const Rack& rack, const RackSizeFn& rackSize) {
    const BoxSizeMm size = rotatedSize(rackSize(model, rack), rack.rotation);
    Instance inst;
    inst.center = toScene(rack.position.x, rack.position.y, size.height / 2.0);
    // toScene() maps model y to scene -z; a size is an extent, so it keeps its sign.
    inst.size = QVector3D(float(size.width / 1000.0), float(size.height / 1000.0), float(size.depth / 1000.0));
    inst.color = colorVector(rackRoleColor(rack.role));
    return inst;
}

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

}  // namespace

HallScene buildHallScene(const Model& model, const RackSizeFn& rackSize) {
    HallScene scene;
    model.halls().forEach([&](HallId, const Hall& hall) {
        scene.floors.append(floorSlab(hall.outline, 0.0, kFloorSlabMm));
        for (const auto& obstacle : hall.obstacles)
            if (!obstacle.outline.empty()) scene.obstacles.push_back(obstacleInstance(obstacle, hall.ceilingHeightMm));
    });
    scene.racks.reserve(model.racks().size());
    model.racks().forEach([&](RackId, const Rack& rack) { scene.racks.push_back(rackInstance(model, rack, rackSize)); });

    const Bounds unit = meshBounds(unitBox());
    scene.bounds.add(meshBounds(scene.floors));
    scene.bounds.add(instanceBounds(unit, scene.racks));
    scene.bounds.add(instanceBounds(unit, scene.obstacles));
    return scene;
}

}  // namespace rw::render
