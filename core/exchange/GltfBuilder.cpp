#include "exchange/GltfBuilder.h"

#include <cmath>

namespace rw::gltf {

namespace tg = tinygltf;

Vec3 rotate(const Quat& q, const Vec3& v) {
    // v' = v + 2w (u x v) + 2 u x (u x v), u = (x, y, z)
    const Vec3 u{q[0], q[1], q[2]};
    const auto cross = [](const Vec3& a, const Vec3& b) {
        return Vec3{a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    };
    const Vec3 uv = cross(u, v), uuv = cross(u, uv);
    return {v[0] + 2 * (q[3] * uv[0] + uuv[0]), v[1] + 2 * (q[3] * uv[1] + uuv[1]), v[2] + 2 * (q[3] * uv[2] + uuv[2])};
}

Quat turnXTo(const Vec3& d) {
    const double n = std::hypot(d[0], d[1], d[2]);
    const double x = d[0] / n, y = d[1] / n, z = d[2] / n;
    // Half-way quaternion: (X x d, 1 + X . d), normalised; opposite to X: half a turn about +Y.
    if (1 + x < 1e-9) return {0, 1, 0, 0};
    const Quat q{0, -z, y, 1 + x};
    const double len = std::hypot(q[1], q[2], q[3]);
    return {0, q[1] / len, q[2] / len, q[3] / len};
}

Builder::Builder(tg::Model& m) : m_(m) {
    m_.buffers.emplace_back();
    m_.asset.version = "2.0";
    m_.asset.generator = "Rackweave";
}

int Builder::view(const void* data, std::size_t bytes, int target) {
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

int Builder::accessor(int view, int componentType, std::size_t count, int type, std::vector<double> min,
                      std::vector<double> max) {
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

int Builder::floats(const std::vector<float>& values, int type, int components) {
    return accessor(view(values.data(), values.size() * 4, 0), TINYGLTF_COMPONENT_TYPE_FLOAT,
                    values.size() / static_cast<std::size_t>(components), type);
}

int Builder::box(const std::string& name, double w, double h, double d, int material, bool centred) {
    const float x = static_cast<float>(w / 2), z = static_cast<float>(d / 2);
    const float y0 = centred ? static_cast<float>(-h / 2) : 0.0F, y = y0 + static_cast<float>(h);
    std::vector<float> pos, nrm;
    const auto face = [&](std::array<float, 3> n, std::array<std::array<float, 3>, 4> corners) {
        for (const auto& c : corners) {
            pos.insert(pos.end(), c.begin(), c.end());
            nrm.insert(nrm.end(), n.begin(), n.end());
        }
    };
    face({1, 0, 0}, {{{x, y0, z}, {x, y0, -z}, {x, y, -z}, {x, y, z}}});
    face({-1, 0, 0}, {{{-x, y0, -z}, {-x, y0, z}, {-x, y, z}, {-x, y, -z}}});
    face({0, 1, 0}, {{{-x, y, z}, {x, y, z}, {x, y, -z}, {-x, y, -z}}});
    face({0, -1, 0}, {{{-x, y0, -z}, {x, y0, -z}, {x, y0, z}, {-x, y0, z}}});
    face({0, 0, 1}, {{{-x, y0, z}, {x, y0, z}, {x, y, z}, {-x, y, z}}});
    face({0, 0, -1}, {{{x, y0, -z}, {-x, y0, -z}, {-x, y, -z}, {x, y, -z}}});
    std::vector<std::uint16_t> idx;
    for (std::uint16_t f = 0; f < 6; ++f)
        for (std::uint16_t i : {0, 1, 2, 0, 2, 3}) idx.push_back(static_cast<std::uint16_t>(f * 4 + i));
    tg::Primitive p;
    p.attributes["POSITION"] = accessor(view(pos.data(), pos.size() * 4, TINYGLTF_TARGET_ARRAY_BUFFER),
                                        TINYGLTF_COMPONENT_TYPE_FLOAT, 24, TINYGLTF_TYPE_VEC3, {-x, y0, -z}, {x, y, z});
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

int Builder::material(const std::string& name, const std::array<double, 4>& c) {
    tg::Material mat;
    mat.name = name;
    mat.pbrMetallicRoughness.baseColorFactor = {c[0], c[1], c[2], c[3]};
    mat.pbrMetallicRoughness.metallicFactor = 0.1;
    mat.pbrMetallicRoughness.roughnessFactor = 0.7;
    m_.materials.push_back(mat);
    return static_cast<int>(m_.materials.size() - 1);
}

void InstanceBatch::add(const Placement& p, std::uint32_t id, const std::string& name) {
    t_.insert(t_.end(), {float(p.t[0]), float(p.t[1]), float(p.t[2])});
    r_.insert(r_.end(), {float(p.r[0]), float(p.r[1]), float(p.r[2]), float(p.r[3])});
    s_.insert(s_.end(), {float(p.s[0]), float(p.s[1]), float(p.s[2])});
    scaled_ = scaled_ || p.s != Vec3{1, 1, 1};
    ids_.push_back(static_cast<float>(id));
    names_.push_back(tg::Value(name));
}

int InstanceBatch::flush(Builder& b, tg::Model& m, const std::string& nodeName, int mesh, const std::string& listKey) {
    tg::Value::Object attributes{{"TRANSLATION", tg::Value(b.floats(t_, TINYGLTF_TYPE_VEC3, 3))},
                                 {"ROTATION", tg::Value(b.floats(r_, TINYGLTF_TYPE_VEC4, 4))},
                                 {"_ID", tg::Value(b.floats(ids_, TINYGLTF_TYPE_SCALAR, 1))}};
    if (scaled_) attributes["SCALE"] = tg::Value(b.floats(s_, TINYGLTF_TYPE_VEC3, 3));
    tg::Node n;
    n.name = nodeName;
    n.mesh = mesh;
    n.extensions["EXT_mesh_gpu_instancing"] = tg::Value(tg::Value::Object{{"attributes", tg::Value(std::move(attributes))}});
    n.extras = tg::Value(tg::Value::Object{{listKey, tg::Value(std::move(names_))}});
    m.nodes.push_back(std::move(n));
    return static_cast<int>(m.nodes.size() - 1);
}

}  // namespace rw::gltf
