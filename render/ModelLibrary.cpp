#include "ModelLibrary.h"

#include <stdexcept>
#include <system_error>
#include <utility>

#include <assimp/Importer.hpp>
#include <assimp/postprocess.h>
#include <assimp/scene.h>

#include "MeshFactory.h"

namespace rw::render {

Mesh loadModelFile(const std::filesystem::path& file) {
    Assimp::Importer importer;
    // Pre-transforming flattens the node tree into meshes in model space, so the whole file is
    // one mesh; sharp normals keep boxy faceplates crisp.
    const aiScene* scene = importer.ReadFile(
        file.string(), aiProcess_Triangulate | aiProcess_GenNormals | aiProcess_JoinIdenticalVertices |
                           aiProcess_PreTransformVertices | aiProcess_SortByPType);
    if (!scene || (scene->mFlags & AI_SCENE_FLAGS_INCOMPLETE))
        throw std::runtime_error(file.string() + ": " + importer.GetErrorString());
    Mesh out;
    for (unsigned m = 0; m < scene->mNumMeshes; ++m) {
        const aiMesh& mesh = *scene->mMeshes[m];
        if (!(mesh.mPrimitiveTypes & aiPrimitiveType_TRIANGLE) || !mesh.HasNormals()) continue;
        Mesh part;
        for (unsigned v = 0; v < mesh.mNumVertices; ++v) {
            part.positions.emplace_back(mesh.mVertices[v].x, mesh.mVertices[v].y, mesh.mVertices[v].z);
            part.normals.emplace_back(mesh.mNormals[v].x, mesh.mNormals[v].y, mesh.mNormals[v].z);
        }
        for (unsigned f = 0; f < mesh.mNumFaces; ++f) {
            const aiFace& face = mesh.mFaces[f];
            if (face.mNumIndices != 3) continue;
            part.indices.insert(part.indices.end(), {face.mIndices[0], face.mIndices[1], face.mIndices[2]});
        }
        out.append(part);
    }
    if (out.empty()) throw std::runtime_error(file.string() + ": no triangles");
    return out;
}

Mesh fitToUnitBox(Mesh mesh) {
    const Bounds b = meshBounds(mesh);
    if (b.empty()) return mesh;
    const QVector3D extent = b.max - b.min;
    const auto scale = [](float e) { return e > 1e-9f ? 1.0f / e : 1.0f; };
    const QVector3D factor(scale(extent.x()), scale(extent.y()), scale(extent.z()));
    const QVector3D centre = b.center();
    for (auto& p : mesh.positions) p = (p - centre) * factor;
    return mesh;
}

ModelLibrary::ModelLibrary(std::filesystem::path directory) : directory_(std::move(directory)) {}

std::string ModelLibrary::findFile(std::string_view stem) const {
    for (const char* ext : {".glb", ".gltf", ".obj"}) {
        std::error_code ec;
        const std::string name = std::string(stem) + ext;
        if (std::filesystem::is_regular_file(directory_ / name, ec)) return name;
    }
    return {};
}

std::string ModelLibrary::meshKey(std::string_view catalogId, DeviceRole role) {
    // Looked up once per catalog id and role: a hall has few types but many devices.
    for (const std::string_view stem : {catalogId, toString(role)}) {
        if (stem.empty()) continue;
        auto it = keys_.find(stem);
        if (it == keys_.end()) it = keys_.emplace(std::string(stem), findFile(stem)).first;
        if (!it->second.empty()) return it->second;
    }
    return {};
}

const Mesh& ModelLibrary::mesh(const std::string& key) {
    if (auto it = meshes_.find(key); it != meshes_.end()) return it->second;
    Mesh mesh;
    if (!key.empty()) {
        try {
            mesh = fitToUnitBox(loadModelFile(directory_ / key));
        } catch (const std::exception& e) {
            errors_.emplace_back(e.what());
        }
    }
    if (mesh.empty()) mesh = unitBox();
    return meshes_.emplace(key, std::move(mesh)).first->second;
}

}  // namespace rw::render
