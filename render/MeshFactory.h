#pragma once
// Base meshes for the instanced batches, in scene units (see SceneTypes.h).
#include "SceneTypes.h"
#include "model/Geometry.h"

namespace rw::render {

/// A 1 x 1 x 1 box centred on the origin, one normal per face (24 vertices, 12 triangles).
/// Instances scale it to a rack, a column or any other box.
[[nodiscard]] Mesh unitBox();

/// An open cable-tray channel filling the unit box: a floor and two side walls (single quads),
/// running along x (width along z). Instances turn it a quarter turn for runs along the model's y.
[[nodiscard]] Mesh trayChannel();

/// A floor polygon (mm, model space) extruded downwards from `topMm` by `thicknessMm`: top, bottom
/// and side faces. Empty if the polygon has no area.
[[nodiscard]] Mesh floorSlab(const Polygon& outline, double topMm, double thicknessMm);

}  // namespace rw::render
