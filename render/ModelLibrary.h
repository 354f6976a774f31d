#pragma once
// Device meshes from assets/models, loaded through Assimp (glTF 2.0 .glb/.gltf or Wavefront .obj)
// and scaled into the unit box, so an instance's size places them like the box they replace.
// A device uses `<catalog id>.<ext>`, else `<role>.<ext>` (role as in the project file, e.g.
// gpu-node.obj), else the plain box. A file that is missing, unreadable or has no triangles
// falls back to the box (the reason is kept in errors()), so a broken asset never hides devices.
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "SceneTypes.h"
#include "model/Enums.h"

namespace rw::render {

/// Reads every triangle of `file` (all meshes, node transforms applied) with per-vertex normals.
/// Throws std::runtime_error naming the file and Assimp's reason when it cannot be read.
[[nodiscard]] Mesh loadModelFile(const std::filesystem::path& file);

/// `mesh` moved and scaled (per axis) to fill the box from -0.5 to 0.5. Normals are left as they
/// are: the shader lights with them only roughly, and boxes keep them exact.
[[nodiscard]] Mesh fitToUnitBox(Mesh mesh);

class ModelLibrary final {
public:
    explicit ModelLibrary(std::filesystem::path directory);

    /// Which mesh draws a device: a file name in the directory, or "" for the plain box.
    [[nodiscard]] std::string meshKey(std::string_view catalogId, DeviceRole role);
    /// The mesh for a key from meshKey(): loaded once, the unit box for "" or a broken file.
    [[nodiscard]] const Mesh& mesh(const std::string& key);

    /// "file: reason" for every file that fell back to the box.
    [[nodiscard]] const std::vector<std::string>& errors() const noexcept { return errors_; }
    [[nodiscard]] const std::filesystem::path& directory() const noexcept { return directory_; }

private:
    [[nodiscard]] std::string findFile(std::string_view stem) const;

    std::filesystem::path directory_;
    std::map<std::string, std::string, std::less<>> keys_;  // catalog id or role -> file name ("" = none)
    std::map<std::string, Mesh> meshes_;
    std::vector<std::string> errors_;
};

}  // namespace rw::render
