#pragma once
// Plain scene data that the Qt 3D layer draws: meshes and instance lists in scene units.
// Nothing here depends on Qt 3D, so building a scene from the model is testable without a GPU
// and survives a change of rendering engine.
//
// Scene space: metres, y up (Qt 3D's camera controllers assume y up). Model space: millimetres,
// z up. toScene() is the one place that maps between them.
#include <cstdint>
#include <vector>

#include <QColor>
#include <QVector3D>

namespace rw::render {

/// Model millimetres (x, y on the floor, z up) to scene metres (x, y up, z towards the viewer).
/// A proper rotation, so the floor is not mirrored.
[[nodiscard]] constexpr QVector3D toScene(double xMm, double yMm, double zMm) noexcept {
    return {float(xMm / 1000.0), float(zMm / 1000.0), float(-yMm / 1000.0)};
}

/// One placed copy of a base mesh: the mesh is turned by `quarterTurns` about the vertical axis
/// (counter-clockwise seen from above, as Rack::rotation), scaled by `size`, moved to `center` and
/// coloured. `size` is the extent in the scene's axes AFTER the turn, so a quarter-turned
/// 0.6 x 1.2 m rack has size (1.2, h, 0.6) whether or not it is turned: for meshes that fill the
/// unit box (every instanced mesh here) turning first and scaling after is the same as scaling in
/// the mesh's own axes and turning after. The mesh's front faces +z (the model's -y: a rack's
/// front at Rotation::R0). Layout matches the per-instance vertex buffer (10 floats, divisor 1).
struct Instance {
    QVector3D center;
    QVector3D size{1.0f, 1.0f, 1.0f};
    QVector3D color;  // linear RGB 0..1
    float quarterTurns = 0.0f;  // 0..3
};
static_assert(sizeof(Instance) == 10 * sizeof(float), "Instance is uploaded as-is");

/// Scene position to model millimetres: the inverse of toScene().
[[nodiscard]] constexpr QVector3D toModelMm(const QVector3D& p) noexcept {
    return {p.x() * 1000.0f, -p.z() * 1000.0f, p.y() * 1000.0f};
}

/// A colour given as 0xRRGGBBAA (alpha ignored) as a linear RGB vector.
[[nodiscard]] constexpr QVector3D rgbaVector(std::uint32_t rgba) noexcept {
    return {float((rgba >> 24) & 0xff) / 255.0f, float((rgba >> 16) & 0xff) / 255.0f, float((rgba >> 8) & 0xff) / 255.0f};
}

[[nodiscard]] inline QVector3D colorVector(const QColor& c) noexcept {
    return {float(c.redF()), float(c.greenF()), float(c.blueF())};
}

/// A triangle mesh with one normal per vertex.
struct Mesh {
    std::vector<QVector3D> positions;
    std::vector<QVector3D> normals;
    std::vector<std::uint32_t> indices;  // three per triangle

    [[nodiscard]] bool empty() const noexcept { return indices.empty(); }
    /// Appends `other`, renumbering its indices.
    void append(const Mesh& other);
};

/// An axis-aligned box in scene units; empty until something is added.
struct Bounds {
    QVector3D min{1e30f, 1e30f, 1e30f};
    QVector3D max{-1e30f, -1e30f, -1e30f};

    [[nodiscard]] bool empty() const noexcept { return min.x() > max.x(); }
    void add(const QVector3D& p) noexcept;
    void add(const Bounds& b) noexcept;
    [[nodiscard]] QVector3D center() const noexcept { return (min + max) * 0.5f; }
    [[nodiscard]] float radius() const noexcept { return empty() ? 0.0f : (max - min).length() * 0.5f; }
};

/// `v` turned by whole quarter turns about y, counter-clockwise seen from above (as the shader).
[[nodiscard]] QVector3D turned(const QVector3D& v, int quarterTurns) noexcept;

/// Bounds of every instance of a mesh whose own bounds are `meshBounds`.
[[nodiscard]] Bounds instanceBounds(const Bounds& meshBounds, const std::vector<Instance>& instances);
[[nodiscard]] Bounds meshBounds(const Mesh& mesh);

}  // namespace rw::render
