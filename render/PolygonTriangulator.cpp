#include "PolygonTriangulator.h"

#include <algorithm>
#include <numeric>

namespace rw::render {
namespace {

double cross(Point2 a, Point2 b, Point2 c) noexcept {
    return double(b.x - a.x) * double(c.y - a.y) - double(b.y - a.y) * double(c.x - a.x);
}

bool insideOrOnTriangle(Point2 p, Point2 a, Point2 b, Point2 c) noexcept {
    return cross(a, b, p) >= 0 && cross(b, c, p) >= 0 && cross(c, a, p) >= 0;
}

// An ear: a convex corner whose triangle holds no other remaining vertex.
bool isEar(const Polygon& poly, const std::vector<std::uint32_t>& ring, std::size_t i) {
    const std::size_t n = ring.size();
    const Point2 a = poly[ring[(i + n - 1) % n]], b = poly[ring[i]], c = poly[ring[(i + 1) % n]];
    if (cross(a, b, c) <= 0) return false;
    for (std::size_t k = 0; k < n; ++k) {
        if (k == i || k == (i + 1) % n || k == (i + n - 1) % n) continue;
        const Point2 p = poly[ring[k]];
        if (p == a || p == b || p == c) continue;
        if (insideOrOnTriangle(p, a, b, c)) return false;
    }
    return true;
}

}  // namespace

double signedArea2(const Polygon& polygon) noexcept {
    double sum = 0;
    for (std::size_t i = 0, n = polygon.size(); i < n; ++i) {
        const Point2 a = polygon[i], b = polygon[(i + 1) % n];
        sum += double(a.x) * double(b.y) - double(b.x) * double(a.y);
    }
    return sum;
}

std::vector<std::array<std::uint32_t, 3>> triangulate(const Polygon& polygon) {
    std::vector<std::array<std::uint32_t, 3>> triangles;
    const double area = signedArea2(polygon);
    if (polygon.size() < 3 || area == 0) return triangles;

    std::vector<std::uint32_t> ring(polygon.size());
    std::iota(ring.begin(), ring.end(), 0u);
    if (area < 0) std::reverse(ring.begin(), ring.end());

    // Each pass removes one ear; a pass that finds none means the polygon self-intersects, and we
    // stop with what we have rather than loop forever.
    while (ring.size() > 3) {
        bool clipped = false;
        for (std::size_t i = 0; i < ring.size(); ++i) {
            const std::size_t n = ring.size();
            const std::uint32_t prev = ring[(i + n - 1) % n], next = ring[(i + 1) % n];
            // A corner on a straight edge adds no area: drop it without a triangle.
            const bool straight = cross(polygon[prev], polygon[ring[i]], polygon[next]) == 0;
            if (!straight && !isEar(polygon, ring, i)) continue;
            if (!straight) triangles.push_back({prev, ring[i], next});
            ring.erase(ring.begin() + static_cast<std::ptrdiff_t>(i));
            clipped = true;
            break;
        }
        if (!clipped) return triangles;
    }
    if (cross(polygon[ring[0]], polygon[ring[1]], polygon[ring[2]]) > 0)
        triangles.push_back({ring[0], ring[1], ring[2]});
    return triangles;
}

}  // namespace rw::render
