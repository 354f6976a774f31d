#pragma once
// The 3D scene of a project as plain data: what HallView hands to Qt 3D. One instance list per
// base mesh, so each list becomes one instanced draw however many racks, devices or trays there
// are. Parallel id lists say which model entity each instance draws (for picking, colour modes
// and updating one instance in place).
#include <string>
#include <vector>

#include "RackAppearance.h"
#include "SceneSizes.h"
#include "SceneTypes.h"
#include "model/Model.h"
#include "model/SpatialIndex.h"

namespace rw::render {

class ModelLibrary;

/// The devices drawn with one mesh (a file from assets/models, or "" for the plain box).
struct DeviceBatch {
    std::string meshKey;
    std::vector<Instance> instances;
    std::vector<DeviceId> devices;  // devices[i] is drawn by instances[i]
};

struct HallScene {
    Mesh floors;                     // every hall's floor slab, merged into one mesh
    std::vector<Instance> racks;     // unit boxes, one per rack
    std::vector<RackId> rackIds;     // rackIds[i] is drawn by racks[i]
    std::vector<Instance> obstacles; // unit boxes around columns and other keep-outs
    std::vector<DeviceBatch> devices;  // faceplates at the rack fronts (or rears), per mesh
    std::vector<Instance> cooling;   // floor-standing CDUs and air units (in-rack ones are devices)
    Bounds bounds;                   // everything above, for framing the camera
};

/// Thickness of the drawn floor slab; the finished floor (z = 0) is its top face.
inline constexpr double kFloorSlabMm = 150.0;

/// Builds the scene for every hall, rack, device and cooling unit of `model`. Device meshes come
/// from `models` (null: every device is a box).
[[nodiscard]] HallScene buildHallScene(const Model& model, const SceneSizes& sizes, ModelLibrary* models = nullptr);
/// Racks at `rackSize`, everything else at placeholder sizes, devices as boxes.
[[nodiscard]] HallScene buildHallScene(const Model& model, const RackSizeFn& rackSize = placeholderRackSize);

/// Every device of `model` in a rack, grouped by mesh (`models` null: all boxes).
[[nodiscard]] std::vector<DeviceBatch> buildDeviceBatches(const Model& model, const SceneSizes& sizes, ModelLibrary* models);
/// Every floor-standing cooling unit (in-rack CDUs are devices).
[[nodiscard]] std::vector<Instance> buildCoolingUnits(const Model& model, const SceneSizes& sizes);

/// One rack's box in its role colour.
[[nodiscard]] Instance rackInstance(const Model& model, const Rack& rack, const SceneSizes& sizes);
/// A device's faceplate: a slab across the rack's mounting width at its U position, standing a
/// little proud of the rack's front (or rear) face so it shows on the closed rack, facing out.
[[nodiscard]] Instance deviceInstance(const Model& model, const Device& device, const Rack& rack, const SceneSizes& sizes);

/// The axis-aligned box of an instance in model millimetres (for the picking index).
[[nodiscard]] Box3d modelBox(const Instance& instance) noexcept;

}  // namespace rw::render
