#pragma once
// The hall's racks as glTF 2.0 (docs/exchange.md), for design reviews in a 3D viewer (Blender,
// three.js, Omniverse's converter): metres, +Y up (the floor's x stays x, its y becomes -z), one
// box mesh per rack type and role, shared by every rack of that type.
// - default ("compatible"): one node per rack, named after it, `extras` holding its id, role,
//   type, hall and row; every glTF viewer shows it.
// - compact: one node per hall and mesh carrying EXT_mesh_gpu_instancing (TRANSLATION and
//   ROTATION per rack, `_ID` the rack id), listed in extensionsRequired; the node's extras list the
//   rack names in instance order. A 100k-GPU hall stays a few MB; Blender imports it, viewers
//   without the extension refuse the file rather than show it wrong.
// Written with tinygltf: .glb (binary) or .gltf (JSON with the buffer embedded) by file name.
#include <filesystem>

#include "catalog/Catalog.h"
#include "model/Model.h"

namespace rw::gltf {

struct GltfOptions {
    bool compact = false;
};

struct GltfSummary {
    std::size_t racks = 0;
    std::size_t meshes = 0;
    std::size_t nodes = 0;
};

/// Writes the file (beside it first, then renamed over it). Throws InputError for a rack whose
/// catalog type gives no dimensions, a name not ending in .glb or .gltf, or an unwritable file.
GltfSummary writeHallGltf(const std::filesystem::path& file, const Model& model, const Catalog& catalog,
                          const GltfOptions& options);

}  // namespace rw::gltf
