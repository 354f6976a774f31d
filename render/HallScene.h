#pragma once
// The 3D scene of a project as plain data: what HallView hands to Qt 3D. One instance list per
// base mesh, so each list becomes one instanced draw however many racks there are.
#include "RackAppearance.h"
#include "SceneTypes.h"
#include "model/Model.h"

namespace rw::render {

struct HallScene {
    Mesh floors;                     // every hall's floor slab, merged into one mesh
    std::vector<Instance> racks;     // unit boxes, one per rack
    std::vector<Instance> obstacles; // unit boxes around columns and other keep-outs
    Bounds bounds;                   // everything above, for framing the camera
};

/// Thickness of the drawn floor slab; the finished floor (z = 0) is its top face.
inline constexpr double kFloorSlabMm = 150.0;

/// Builds the scene for every hall and rack of `model`.
[[nodiscard]] HallScene buildHallScene(const Model& model, const RackSizeFn& rackSize = placeholderRackSize);

}  // namespace rw::render
