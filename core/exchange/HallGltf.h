#pragma once
// The hall as glTF 2.0 (docs/exchange.md), for design reviews in a 3D viewer (Blender, three.js,
// Omniverse's converter): metres, +Y up (the floor's x stays x, its y becomes -z). Racks are boxes
// of their catalog size, devices boxes at their U position inside them, tray segments boxes of
// their width and depth, and the cables routed along each segment one bundle box in the tray (one
// per segment, not per cable). Objects of one kind share one mesh.
// - default ("compatible"): one node per rack, named after it, `extras` holding its id, role,
//   type, hall and row, its devices as child nodes; one node per tray segment and bundle. Every
//   glTF viewer shows it.
// - compact: one node per hall and mesh carrying EXT_mesh_gpu_instancing (TRANSLATION, ROTATION,
//   SCALE where needed, `_ID` the object's id), listed in extensionsRequired; the node's extras list
//   the objects' names in instance order. A 100k-GPU hall stays a few MB; Blender imports it,
//   viewers without the extension refuse the file rather than show it wrong.
// Written with tinygltf: .glb (binary) or .gltf (JSON with the buffer embedded) by file name.
#include <filesystem>

#include "catalog/Catalog.h"
#include "model/Model.h"
#include "router/RoutingResult.h"

namespace rw::gltf {

struct GltfOptions {
    bool compact = false;
};

struct GltfSummary {
    std::size_t racks = 0;
    std::size_t devices = 0;
    std::size_t trays = 0;
    std::size_t bundles = 0;  // tray segments carrying routed cables
    std::size_t meshes = 0;
    std::size_t nodes = 0;
};

/// Writes the file (beside it first, then renamed over it). Throws InputError for a rack whose
/// catalog type gives no dimensions, a name not ending in .glb or .gltf, or an unwritable file.
/// Without `routes` (a design never routed) the file has no cable bundles.
GltfSummary writeHallGltf(const std::filesystem::path& file, const Model& model, const Catalog& catalog,
                          const RoutingResult* routes, const GltfOptions& options);

}  // namespace rw::gltf
