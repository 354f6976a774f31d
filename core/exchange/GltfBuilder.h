#pragma once
// Building blocks of Rackweave's glTF files (core/exchange/HallGltf.h): one binary buffer with
// views and accessors, box meshes, materials, and batches of placed instances of one mesh that are
// written either as one node each or as one node carrying EXT_mesh_gpu_instancing.
#include <tiny_gltf.h>

#include <array>
#include <string>
#include <vector>

namespace rw::gltf {

using Vec3 = std::array<double, 3>;
using Quat = std::array<double, 4>;  // x, y, z, w

/// Translation, rotation and scale of a node or an instance.
struct Placement {
    Vec3 t{0, 0, 0};
    Quat r{0, 0, 0, 1};
    Vec3 s{1, 1, 1};
};

/// `v` turned by the unit quaternion `q`.
[[nodiscard]] Vec3 rotate(const Quat& q, const Vec3& v);

/// The rotation taking +X to the direction of `d` (not zero).
[[nodiscard]] Quat turnXTo(const Vec3& d);

class Builder {
public:
    explicit Builder(tinygltf::Model& m);

    /// Appends raw data (4-byte aligned) as a buffer view; target 0: none (instance attributes).
    int view(const void* data, std::size_t bytes, int target);
    int accessor(int view, int componentType, std::size_t count, int type, std::vector<double> min = {},
                 std::vector<double> max = {});
    /// A float accessor over `values` (VEC3, VEC4 or SCALAR), in a view without a target.
    int floats(const std::vector<float>& values, int type, int components);
    /// A box w x h x d metres centred on the origin in x and z; its base at y = 0, or its centre
    /// there when `centred` (for unit boxes scaled along a tray).
    int box(const std::string& name, double w, double h, double d, int material, bool centred = false);
    int material(const std::string& name, const std::array<double, 4>& colour);

private:
    tinygltf::Model& m_;
};

/// Instances of one mesh. `flush` writes the batch as one node with EXT_mesh_gpu_instancing
/// (TRANSLATION, ROTATION, SCALE where any is not 1, `_ID`), its extras[`listKey`] naming the
/// instances in order.
class InstanceBatch {
public:
    void add(const Placement& p, std::uint32_t id, const std::string& name);
    [[nodiscard]] bool empty() const { return ids_.empty(); }
    /// Appends the node to the model and returns its index.
    int flush(Builder& b, tinygltf::Model& m, const std::string& nodeName, int mesh, const std::string& listKey);

private:
    std::vector<float> t_, r_, s_, ids_;
    tinygltf::Value::Array names_;
    bool scaled_ = false;
};

}  // namespace rw::gltf
