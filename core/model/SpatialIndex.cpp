#include "model/SpatialIndex.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <utility>

namespace rw {
namespace {

constexpr std::uint32_t kLeafSize = 4;

double component(const Vec3d& v, int axis) noexcept { return axis == 0 ? v.x : axis == 1 ? v.y : v.z; }

double centre(const Box3d& b, int axis) noexcept { return (component(b.min, axis) + component(b.max, axis)) * 0.5; }

bool overlaps(const Box3d& a, const Box3d& b) noexcept {
    return a.min.x <= b.max.x && b.min.x <= a.max.x && a.min.y <= b.max.y && b.min.y <= a.max.y &&
           a.min.z <= b.max.z && b.min.z <= a.max.z;
}

}  // namespace

void Box3d::add(const Box3d& other) noexcept {
    min = {std::min(min.x, other.min.x), std::min(min.y, other.min.y), std::min(min.z, other.min.z)};
    max = {std::max(max.x, other.max.x), std::max(max.y, other.max.y), std::max(max.z, other.max.z)};
}

Box3d Box3d::around(Vec3d c, Vec3d e) noexcept {
    return Box3d{{c.x - e.x / 2, c.y - e.y / 2, c.z - e.z / 2}, {c.x + e.x / 2, c.y + e.y / 2, c.z + e.z / 2}};
}

Box3d standingBox(Point2 c, Rotation rotation, double width, double depth, double height) noexcept {
    if (rotation == Rotation::R90 || rotation == Rotation::R270) std::swap(width, depth);
    return Box3d{{c.x - width / 2, c.y - depth / 2, 0.0}, {c.x + width / 2, c.y + depth / 2, height}};
}

std::optional<double> intersect(const Ray3d& ray, const Box3d& box) noexcept {
    // Slab test: the ray is inside the box where it is inside all three slabs at once.
    double tEnter = 0.0;
    double tExit = std::numeric_limits<double>::infinity();
    for (int axis = 0; axis < 3; ++axis) {
        const double o = component(ray.origin, axis), d = component(ray.direction, axis);
        const double lo = component(box.min, axis), hi = component(box.max, axis);
        if (d == 0.0) {
            if (o < lo || o > hi) return std::nullopt;  // parallel to the slab and outside it
            continue;
        }
        double t0 = (lo - o) / d, t1 = (hi - o) / d;
        if (t0 > t1) std::swap(t0, t1);
        tEnter = std::max(tEnter, t0);
        tExit = std::min(tExit, t1);
        if (tEnter > tExit) return std::nullopt;
    }
    return tEnter;
}

BoxIndex::BoxIndex(std::vector<Entry> entries) : entries_(std::move(entries)) {
    std::erase_if(entries_, [](const Entry& e) { return e.box.empty(); });
    if (entries_.empty()) return;
    nodes_.reserve(2 * entries_.size() / kLeafSize + 2);
    nodes_.emplace_back();
    build(0, 0, std::uint32_t(entries_.size()));
}

void BoxIndex::build(std::uint32_t node, std::uint32_t first, std::uint32_t count) {
    Box3d box;
    for (std::uint32_t i = first; i < first + count; ++i) box.add(entries_[i].box);
    nodes_[node].box = box;
    if (count <= kLeafSize) {
        nodes_[node].first = first;
        nodes_[node].count = count;
        return;
    }
    // Split at the median centre along the longest axis: balanced whatever the layout.
    const std::array<double, 3> extent{box.max.x - box.min.x, box.max.y - box.min.y, box.max.z - box.min.z};
    const int axis = int(std::max_element(extent.begin(), extent.end()) - extent.begin());
    const auto begin = entries_.begin() + first;
    std::nth_element(begin, begin + count / 2, begin + count,
                     [axis](const Entry& a, const Entry& b) { return centre(a.box, axis) < centre(b.box, axis); });
    // Children are allocated as a pair, so the right child is always left + 1.
    const auto left = std::uint32_t(nodes_.size());
    nodes_[node].first = left;
    nodes_[node].count = 0;
    nodes_.emplace_back();
    nodes_.emplace_back();
    build(left, first, count / 2);
    build(left + 1, first + count / 2, count - count / 2);
}

std::optional<RayHit> BoxIndex::firstHit(const Ray3d& ray) const noexcept {
    if (nodes_.empty()) return std::nullopt;
    std::optional<RayHit> best;
    const auto better = [&best](double t, std::uint32_t key) {
        return !best || t < best->t || (t == best->t && key < best->key);
    };
    // Depth-first with an explicit stack, nearer child first, skipping nodes entered beyond the
    // best hit so far. Depth is about log2(n / 4): 64 covers any size that fits in memory.
    std::array<std::pair<std::uint32_t, double>, 64> stack;
    std::size_t depth = 0;
    if (const auto t = intersect(ray, nodes_[0].box)) stack[depth++] = {0, *t};
    while (depth > 0) {
        const auto [index, tNode] = stack[--depth];
        if (best && tNode > best->t) continue;
        const Node& node = nodes_[index];
        if (node.count > 0) {
            for (std::uint32_t i = node.first; i < node.first + node.count; ++i)
                if (const auto t = intersect(ray, entries_[i].box); t && better(*t, entries_[i].key))
                    best = RayHit{entries_[i].key, *t};
            continue;
        }
        const auto tLeft = intersect(ray, nodes_[node.first].box);
        const auto tRight = intersect(ray, nodes_[node.first + 1].box);
        // Push the farther child first so the nearer one is visited next.
        if (tLeft && tRight && *tLeft < *tRight) {
            stack[depth++] = {node.first + 1, *tRight};
            stack[depth++] = {node.first, *tLeft};
        } else {
            if (tLeft) stack[depth++] = {node.first, *tLeft};
            if (tRight) stack[depth++] = {node.first + 1, *tRight};
        }
    }
    return best;
}

std::vector<std::uint32_t> BoxIndex::overlapping(const Box3d& region) const {
    std::vector<std::uint32_t> keys;
    if (nodes_.empty()) return keys;
    std::vector<std::uint32_t> stack{0};
    while (!stack.empty()) {
        const Node& node = nodes_[stack.back()];
        stack.pop_back();
        if (!overlaps(node.box, region)) continue;
        if (node.count == 0) {
            stack.push_back(node.first);
            stack.push_back(node.first + 1);
            continue;
        }
        for (std::uint32_t i = node.first; i < node.first + node.count; ++i)
            if (overlaps(entries_[i].box, region)) keys.push_back(entries_[i].key);
    }
    return keys;
}

}  // namespace rw
