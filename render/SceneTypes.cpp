#include "SceneTypes.h"

#include <array>
#include <cmath>

namespace rw::render {

void Mesh::append(const Mesh& other) {
    const auto base = static_cast<std::uint32_t>(positions.size());
    positions.insert(positions.end(), other.positions.begin(), other.positions.end());
    normals.insert(normals.end(), other.normals.begin(), other.normals.end());
    indices.reserve(indices.size() + other.indices.size());
    for (const auto i : other.indices) indices.push_back(base + i);
}

void Bounds::add(const QVector3D& p) noexcept {
    min = QVector3D(std::min(min.x(), p.x()), std::min(min.y(), p.y()), std::min(min.z(), p.z()));
    max = QVector3D(std::max(max.x(), p.x()), std::max(max.y(), p.y()), std::max(max.z(), p.z()));
}

void Bounds::add(const Bounds& b) noexcept {
    if (b.empty()) return;
    add(b.min);
    add(b.max);
}

Bounds meshBounds(const Mesh& mesh) {
    Bounds b;
    for (const auto& p : mesh.positions) b.add(p);
    return b;
}

QVector3D turned(const QVector3D& v, int quarterTurns) noexcept {
    switch (((quarterTurns % 4) + 4) % 4) {
        case 1: return {v.z(), v.y(), -v.x()};
        case 2: return {-v.x(), v.y(), -v.z()};
        case 3: return {-v.z(), v.y(), v.x()};
        default: return v;
    }
}

Bounds instanceBounds(const Bounds& mesh, const std::vector<Instance>& instances) {
    Bounds b;
    if (mesh.empty()) return b;
    // The mesh's bounds after each of the four turns, computed once.
    std::array<Bounds, 4> turnedMesh;
    for (int t = 0; t < 4; ++t) {
        turnedMesh[t].add(turned(mesh.min, t));
        turnedMesh[t].add(turned(mesh.max, t));
    }
    for (const auto& inst : instances) {
        // The shader computes center + turned(position) * size; sizes are positive.
        const Bounds& m = turnedMesh[std::size_t(std::lround(inst.quarterTurns)) % 4];
        b.add(inst.center + m.min * inst.size);
        b.add(inst.center + m.max * inst.size);
    }
    return b;
}

}  // namespace rw::render
