#pragma once
// A bounding-volume hierarchy over axis-aligned boxes, for picking: which box does a ray hit
// first? Pure geometry in model millimetres (z up); callers attach their own meaning to each
// box through `key` (a RackId or DeviceId value). Racks rotate by quarter turns only, so their
// axis-aligned box is exact.
//
// Built once from a list (median split on the longest axis, a few boxes per leaf); a ray visits
// only the nodes its slab test enters, nearest child first, so 100,000 racks answer in
// microseconds. Rebuild after edits: building 100,000 boxes takes a few tens of milliseconds.
#include <cstdint>
#include <optional>
#include <vector>

#include "model/Geometry.h"

namespace rw {

struct Vec3d {
    double x = 0.0;
    double y = 0.0;
    double z = 0.0;
};

struct Box3d {
    Vec3d min{1e300, 1e300, 1e300};
    Vec3d max{-1e300, -1e300, -1e300};

    [[nodiscard]] bool empty() const noexcept { return min.x > max.x || min.y > max.y || min.z > max.z; }
    void add(const Box3d& other) noexcept;
    /// A box from its centre and full extents.
    [[nodiscard]] static Box3d around(Vec3d centre, Vec3d extents) noexcept;
};

/// origin + t * direction, t >= 0. The direction need not be normalised; hit distances are in
/// units of its length.
struct Ray3d {
    Vec3d origin;
    Vec3d direction;
};

struct RayHit {
    std::uint32_t key = 0;
    double t = 0.0;  // where the ray enters the box (0 when it starts inside)
};

/// The box of something standing on the floor at `centre` (its footprint centre), `width` along
/// its front face, `depth` front to back, before its quarter-turn `rotation`; from the floor
/// (z = 0) up to `height`.
[[nodiscard]] Box3d standingBox(Point2 centre, Rotation rotation, double width, double depth, double height) noexcept;

/// Where `ray` enters `box`, if it does.
[[nodiscard]] std::optional<double> intersect(const Ray3d& ray, const Box3d& box) noexcept;

class BoxIndex final {
public:
    struct Entry {
        Box3d box;
        std::uint32_t key = 0;
    };

    BoxIndex() = default;
    explicit BoxIndex(std::vector<Entry> entries);

    /// The box the ray enters first; ties go to the lower key so results are repeatable.
    [[nodiscard]] std::optional<RayHit> firstHit(const Ray3d& ray) const noexcept;
    /// Keys of every box overlapping `region` (touching counts), in no particular order.
    [[nodiscard]] std::vector<std::uint32_t> overlapping(const Box3d& region) const;

    [[nodiscard]] std::size_t size() const noexcept { return entries_.size(); }
    [[nodiscard]] bool empty() const noexcept { return entries_.empty(); }
    [[nodiscard]] Box3d bounds() const noexcept { return nodes_.empty() ? Box3d{} : nodes_.front().box; }

private:
    struct Node {
        Box3d box;
        std::uint32_t first = 0;  // leaf: first entry; inner: index of the left child (right = left + 1)
        std::uint32_t count = 0;  // entries in a leaf, 0 for an inner node
    };

    void build(std::uint32_t node, std::uint32_t first, std::uint32_t count);

    std::vector<Entry> entries_;  // reordered so each leaf's entries are contiguous
    std::vector<Node> nodes_;     // nodes_[0] is the root
};

}  // namespace rw
