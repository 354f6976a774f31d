#include "exchange/HallGltf.h"

#include <fmt/format.h>
#include <tiny_gltf.h>
#include <unistd.h>

#include <array>
#include <cmath>
#include <cstring>
#include <map>

#include "util/Errors.h"

namespace rw::gltf {

namespace {

namespace tg = tinygltf;

// Box colours by rack role (linear RGB): what the 3D view of the app shows, roughly.
std::array<double, 4> roleColour(RackRole role) {
    switch (role) {
        case RackRole::Compute: return {0.13, 0.35, 0.75, 1.0};
        case RackRole::Network: return {0.15, 0.60, 0.25, 1.0};
        case RackRole::Storage: return {0.85, 0.45, 0.05, 1.0};
        case RackRole::Management: return {0.45, 0.45, 0.45, 1.0};
        case RackRole::Power: return {0.75, 0.15, 0.15, 1.0};
        case RackRole::Cooling: return {0.10, 0.60, 0.70, 1.0};
        case RackRole::Other: break;
    }
    return {0.6, 0.6, 0.6, 1.0};
}

class Builder {
public:
    explicit Builder(tg::Model& m) : m_(m) {
        m_.buffers.emplace_back();
        m_.asset.version = "2.0";
        m_.asset.generator = "Rackweave";
    }

    // Appends raw data (4-byte aligned) as a buffer view; returns its index.
    int view(const void* data, std::size_t bytes, int target) {
        auto& buf = m_.buffers[0].data;
        while (buf.size() % 4) buf.push_back(0);
        tg::BufferView v;
        v.buffer = 0;
        v.byteOffset = buf.size();
        v.byteLength = bytes;
        v.target = target;
        const auto* p = static_cast<const unsigned char*>(data);
        buf.insert(buf.end(), p, p + bytes);
        m_.bufferViews.push_back(v);
        return static_cast<int>(m_.bufferViews.size() - 1);
    }
    int accessor(int view, int componentType, std::size_t count, int type, std::vector<double> min = {},
                 std::vector<double> max = {}) {
        tg::Accessor a;
        a.bufferView = view;
        a.componentType = componentType;
        a.count = count;
        a.type = type;
        a.minValues = std::move(min);
        a.maxValues = std::move(max);
        m_.accessors.push_back(a);
        return static_cast<int>(m_.accessors.size() - 1);
    }

    // A box w x h x d metres, base centred on the origin: 24 vertices with normals, 36 indices.
    int box(const std::string& name, double w, double h, double d, int material) {
        const float x = static_cast<float>(w / 2), z = static_cast<float>(d / 2), y = static_cast<float>(h);
        std::vector<float> pos, nrm;
        const auto face = [&](std::array<float, 3> n, std::array<std::array<float, 3>, 4> corners) {
            for (const auto& c : corners) {
                pos.insert(pos.end(), c.begin(), c.end());
                nrm.insert(nrm.end(), n.begin(), n.end());
            }
        };
        face({1, 0, 0}, {{{x, 0, z}, {x, 0, -z}, {x, y, -z}, {x, y, z}}});
        face({-1, 0, 0}, {{{-x, 0, -z}, {-x, 0, z}, {-x, y, z}, {-x, y, -z}}});
        face({0, 1, 0}, {{{-x, y, z}, {x, y, z}, {x, y, -z}, {-x, y, -z}}});
        face({0, -1, 0}, {{{-x, 0, -z}, {x, 0, -z}, {x, 0, z}, {-x, 0, z}}});
        face({0, 0, 1}, {{{-x, 0, z}, {x, 0, z}, {x, y, z}, {-x, y, z}}});
        face({0, 0, -1}, {{{x, 0, -z}, {-x, 0, -z}, {-x, y, -z}, {x, y, -z}}});
        std::vector<std::uint16_t> idx;
        for (std::uint16_t f = 0; f < 6; ++f)
            for (std::uint16_t i : {0, 1, 2, 0, 2, 3}) idx.push_back(static_cast<std::uint16_t>(f * 4 + i));
        tg::Primitive p;
        p.attributes["POSITION"] = accessor(view(pos.data(), pos.size() * 4, TINYGLTF_TARGET_ARRAY_BUFFER),
                                            TINYGLTF_COMPONENT_TYPE_FLOAT, 24, TINYGLTF_TYPE_VEC3, {-x, 0, -z}, {x, y, z});
        p.attributes["NORMAL"] = accessor(view(nrm.data(), nrm.size() * 4, TINYGLTF_TARGET_ARRAY_BUFFER),
                                          TINYGLTF_COMPONENT_TYPE_FLOAT, 24, TINYGLTF_TYPE_VEC3);
        p.indices = accessor(view(idx.data(), idx.size() * 2, TINYGLTF_TARGET_ELEMENT_ARRAY_BUFFER),
                             TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT, idx.size(), TINYGLTF_TYPE_SCALAR);
        p.material = material;
        p.mode = TINYGLTF_MODE_TRIANGLES;
        tg::Mesh mesh;
        mesh.name = name;
        mesh.primitives.push_back(p);
        m_.meshes.push_back(mesh);
        return static_cast<int>(m_.meshes.size() - 1);
    }

    int material(RackRole role) {
        tg::Material mat;
        mat.name = std::string(toString(role));
        const auto c = roleColour(role);
        mat.pbrMetallicRoughness.baseColorFactor = {c[0], c[1], c[2], c[3]};
        mat.pbrMetallicRoughness.metallicFactor = 0.1;
        mat.pbrMetallicRoughness.roughnessFactor = 0.7;
        m_.materials.push_back(mat);
        return static_cast<int>(m_.materials.size() - 1);
    }

private:
    tg::Model& m_;
};

// Floor (x, y) in mm -> glTF (x, z) in metres: x stays, y becomes -z (right-handed, +Y up).
std::array<double, 3> placement(const Rack& r) { return {r.position.x / 1000.0, 0.0, -r.position.y / 1000.0}; }

// A quarter turn counter-clockwise seen from above is the same angle about +Y.
std::array<double, 4> turn(Rotation rot) {
    const double half = degrees(rot) * M_PI / 360.0;
    return {0.0, std::sin(half), 0.0, std::cos(half)};
}

tg::Value text(std::string_view s) { return tg::Value(std::string(s)); }

}  // namespace

GltfSummary writeHallGltf(const std::filesystem::path& file, const Model& model, const Catalog& catalog,
                          const GltfOptions& options) {
    const std::string ext = file.extension().string();
    if (ext != ".glb" && ext != ".gltf")
        throw InputError(fmt::format("{}: the name must end in .glb (binary) or .gltf (JSON)", file.string()));
    tg::Model out;
    Builder b(out);
    GltfSummary summary;
    std::map<std::pair<std::string, RackRole>, int> meshes;  // (rack type, role) -> mesh
    std::map<RackRole, int> materials;
    const auto meshFor = [&](const Rack& r) {
        const std::string type(model.text(r.catalog));
        const auto key = std::pair(type, r.role);
        if (auto it = meshes.find(key); it != meshes.end()) return it->second;
        const CatalogEntry* e = catalog.find(type);
        if (!e || e->dimensions.widthMm <= 0 || e->dimensions.depthMm <= 0 || e->dimensions.heightMm <= 0)
            throw InputError(fmt::format("rack '{}': catalog entry '{}' gives no dimensions", r.name, type));
        if (!materials.contains(r.role)) materials[r.role] = b.material(r.role);
        const int mesh = b.box(fmt::format("{} ({})", type, toString(r.role)), e->dimensions.widthMm / 1000.0,
                               e->dimensions.heightMm / 1000.0, e->dimensions.depthMm / 1000.0, materials[r.role]);
        return meshes[key] = mesh;
    };
    tg::Scene scene;
    scene.name = model.site.name;
    // Compact: instances grouped per hall and mesh (a spatial cell per node lets viewers cull).
    struct Batch {
        std::vector<float> t, r;
        std::vector<float> ids;
        tg::Value::Array names;
    };
    std::map<std::pair<std::uint32_t, int>, Batch> batches;
    model.racks().forEach([&](RackId id, const Rack& r) {
        const int mesh = meshFor(r);
        const auto p = placement(r);
        const auto q = turn(r.rotation);
        ++summary.racks;
        if (options.compact) {
            Batch& batch = batches[{r.hall.value, mesh}];
            batch.t.insert(batch.t.end(), {float(p[0]), float(p[1]), float(p[2])});
            batch.r.insert(batch.r.end(), {float(q[0]), float(q[1]), float(q[2]), float(q[3])});
            batch.ids.push_back(static_cast<float>(id.value));
            batch.names.push_back(text(r.name));
            return;
        }
        tg::Node n;
        n.name = r.name;
        n.mesh = mesh;
        n.translation = {p[0], p[1], p[2]};
        if (r.rotation != Rotation::R0) n.rotation = {q[0], q[1], q[2], q[3]};
        tg::Value::Object extras{{"id", tg::Value(static_cast<int>(id.value))},
                                 {"role", text(toString(r.role))},
                                 {"type", text(model.text(r.catalog))},
                                 {"hall", text(model.halls().contains(r.hall) ? model.halls()[r.hall].name : "")},
                                 {"row", text(model.rows().contains(r.row) ? model.rows()[r.row].name : "")}};
        n.extras = tg::Value(std::move(extras));
        out.nodes.push_back(std::move(n));
        scene.nodes.push_back(static_cast<int>(out.nodes.size() - 1));
    });
    for (auto& [key, batch] : batches) {
        const std::size_t count = batch.ids.size();
        tg::Value::Object attributes{
            {"TRANSLATION", tg::Value(b.accessor(b.view(batch.t.data(), batch.t.size() * 4, 0), TINYGLTF_COMPONENT_TYPE_FLOAT,
                                                 count, TINYGLTF_TYPE_VEC3))},
            {"ROTATION", tg::Value(b.accessor(b.view(batch.r.data(), batch.r.size() * 4, 0), TINYGLTF_COMPONENT_TYPE_FLOAT,
                                              count, TINYGLTF_TYPE_VEC4))},
            {"_ID", tg::Value(b.accessor(b.view(batch.ids.data(), batch.ids.size() * 4, 0), TINYGLTF_COMPONENT_TYPE_FLOAT,
                                         count, TINYGLTF_TYPE_SCALAR))}};
        tg::Node n;
        const std::string hall = model.halls().contains(HallId(key.first)) ? model.halls()[HallId(key.first)].name : "";
        n.name = fmt::format("{}: {}", hall, out.meshes[static_cast<std::size_t>(key.second)].name);
        n.mesh = key.second;
        n.extensions["EXT_mesh_gpu_instancing"] = tg::Value(tg::Value::Object{{"attributes", tg::Value(std::move(attributes))}});
        n.extras = tg::Value(tg::Value::Object{{"racks", tg::Value(std::move(batch.names))}});
        out.nodes.push_back(std::move(n));
        scene.nodes.push_back(static_cast<int>(out.nodes.size() - 1));
    }
    if (options.compact) {
        out.extensionsUsed.push_back("EXT_mesh_gpu_instancing");
        out.extensionsRequired.push_back("EXT_mesh_gpu_instancing");
    }
    out.scenes.push_back(std::move(scene));
    out.defaultScene = 0;
    summary.meshes = out.meshes.size();
    summary.nodes = out.nodes.size();

    namespace fs = std::filesystem;
    const fs::path temp = file.parent_path() / fmt::format(".{}.tmp-{}{}", file.stem().string(), ::getpid(), ext);
    const bool binary = ext == ".glb";
    tg::TinyGLTF writer;
    const bool ok = writer.WriteGltfSceneToFile(&out, temp.string(), false, true, !binary, binary);
    std::error_code ec;
    if (ok) fs::rename(temp, file, ec);
    if (!ok || ec) {
        fs::remove(temp, ec);
        throw InputError(fmt::format("{}: cannot write file", file.string()));
    }
    return summary;
}

}  // namespace rw::gltf
