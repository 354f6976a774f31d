#include "MeshFactory.h"

#include <array>

#include "PolygonTriangulator.h"

namespace rw::render {
namespace {

// Adds a quad (corners counter-clockwise seen from outside) as two triangles.
void addQuad(Mesh& mesh, const std::array<QVector3D, 4>& corners, const QVector3D& normal) {
    const auto base = static_cast<std::uint32_t>(mesh.positions.size());
    for (const auto& c : corners) {
        mesh.positions.push_back(c);
        mesh.normals.push_back(normal);
    }
    for (const std::uint32_t i : {0u, 1u, 2u, 0u, 2u, 3u}) mesh.indices.push_back(base + i);
}

}  // namespace

Mesh unitBox() {
    Mesh mesh;
    const float h = 0.5f;
    // For each face: the outward normal and two in-plane axes u, v with u x v = normal.
    struct Face { QVector3D n, u, v; };
    const std::array<Face, 6> faces{{
        {{1, 0, 0}, {0, 0, -1}, {0, 1, 0}},
        {{-1, 0, 0}, {0, 0, 1}, {0, 1, 0}},
        {{0, 1, 0}, {1, 0, 0}, {0, 0, -1}},
        {{0, -1, 0}, {1, 0, 0}, {0, 0, 1}},
        {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}},
        {{0, 0, -1}, {-1, 0, 0}, {0, 1, 0}},
    }};
    for (const auto& f : faces) {
        const QVector3D c = f.n * h;
        addQuad(mesh, {c - f.u * h - f.v * h, c + f.u * h - f.v * h, c + f.u * h + f.v * h, c - f.u * h + f.v * h},
                f.n);
    }
    return mesh;
}

Mesh trayChannel() {
    // Three quads (floor and two walls) rather than three boxes: 6 triangles instead of 36, which
    // matters with 12,000 tray segments on a software rasteriser. Nothing culls back faces, so the
    // thin walls show from both sides.
    Mesh mesh;
    addQuad(mesh, {QVector3D(-0.5f, -0.5f, 0.5f), QVector3D(0.5f, -0.5f, 0.5f), QVector3D(0.5f, -0.5f, -0.5f),
                   QVector3D(-0.5f, -0.5f, -0.5f)},
            {0, 1, 0});
    addQuad(mesh, {QVector3D(-0.5f, -0.5f, 0.5f), QVector3D(0.5f, -0.5f, 0.5f), QVector3D(0.5f, 0.5f, 0.5f),
                   QVector3D(-0.5f, 0.5f, 0.5f)},
            {0, 0, 1});
    addQuad(mesh, {QVector3D(0.5f, -0.5f, -0.5f), QVector3D(-0.5f, -0.5f, -0.5f), QVector3D(-0.5f, 0.5f, -0.5f),
                   QVector3D(0.5f, 0.5f, -0.5f)},
            {0, 0, -1});
    return mesh;
}

Mesh floorSlab(const Polygon& outline, double topMm, double thicknessMm) {
    Mesh mesh;
    const auto triangles = triangulate(outline);
    if (triangles.empty()) return mesh;
    const double bottomMm = topMm - thicknessMm;

    Mesh top, bottom;
    for (const auto& p : outline) {
        top.positions.push_back(toScene(p.x, p.y, topMm));
        top.normals.push_back({0, 1, 0});
        bottom.positions.push_back(toScene(p.x, p.y, bottomMm));
        bottom.normals.push_back({0, -1, 0});
    }
    for (const auto& t : triangles) {
        top.indices.insert(top.indices.end(), {t[0], t[1], t[2]});
        bottom.indices.insert(bottom.indices.end(), {t[0], t[2], t[1]});
    }
    mesh.append(top);
    mesh.append(bottom);

    // Side walls: outward normals depend on the winding, which triangulate() accepts either way.
    const bool ccw = signedArea2(outline) > 0;
    for (std::size_t i = 0, n = outline.size(); i < n; ++i) {
        Point2 a = outline[i], b = outline[(i + 1) % n];
        if (!ccw) std::swap(a, b);
        if (a == b) continue;
        const QVector3D edge = toScene(b.x - a.x, b.y - a.y, 0).normalized();
        const QVector3D outward = QVector3D::crossProduct(edge, {0, 1, 0});
        addQuad(mesh,
                {toScene(a.x, a.y, bottomMm), toScene(b.x, b.y, bottomMm), toScene(b.x, b.y, topMm),
                 toScene(a.x, a.y, topMm)},
                outward);
    }
    return mesh;
}

}  // namespace rw::render
