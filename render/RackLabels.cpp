#include "RackLabels.h"

#include <algorithm>

namespace rw::render {

std::vector<RackLabelPlacement> placeRackLabels(const std::vector<Instance>& racks, const std::vector<RackId>& ids,
                                                QVector3D eye, QVector3D forward, float maxDistance, std::size_t maxCount) {
    std::vector<RackLabelPlacement> out;
    const std::size_t n = std::min(racks.size(), ids.size());
    for (std::size_t i = 0; i < n; ++i) {
        const QVector3D toRack = racks[i].center - eye;
        const float distance = toRack.length();
        if (distance > maxDistance || QVector3D::dotProduct(toRack, forward) <= 0.0f) continue;
        out.push_back({ids[i], i, {}, distance});
    }
    const auto nearer = [](const RackLabelPlacement& a, const RackLabelPlacement& b) {
        return a.distance != b.distance ? a.distance < b.distance : a.rack.value < b.rack.value;
    };
    if (out.size() > maxCount) {
        std::partial_sort(out.begin(), out.begin() + std::ptrdiff_t(maxCount), out.end(), nearer);
        out.resize(maxCount);
    } else {
        std::sort(out.begin(), out.end(), nearer);
    }
    for (RackLabelPlacement& label : out) {
        const Instance& rack = racks[label.slot];
        // The rack's depth runs along scene z, or along x when it is turned a quarter (its size
        // is already the turned extent along x, y and z).
        const bool quarter = int(rack.quarterTurns + 0.5f) % 2 == 1;
        const QVector3D depthAxis = quarter ? QVector3D(1, 0, 0) : QVector3D(0, 0, 1);
        const float halfDepth = (quarter ? rack.size.x() : rack.size.z()) / 2;
        const float side = QVector3D::dotProduct(eye - rack.center, depthAxis) >= 0.0f ? 1.0f : -1.0f;
        label.anchor = rack.center + depthAxis * (side * halfDepth) +
                       QVector3D(0, rack.size.y() / 2 + kRackLabelHeightMetres * 0.75f, 0);
    }
    return out;
}

std::vector<std::size_t> unclutteredLabels(const std::vector<RackLabelPlacement>& labels, const std::vector<float>& widths,
                                           float height, QVector3D eye, QVector3D target) {
    // On a pinhole camera a tag facing it covers, in the image plane at unit distance, its
    // extent over its depth around its centre's direction; overlaps there are overlaps on screen.
    QVector3D forward = target - eye;
    if (forward.lengthSquared() < 1e-12f) forward = QVector3D(0, 0, -1);
    forward.normalize();
    QVector3D right = QVector3D::crossProduct(forward, QVector3D(0, 1, 0));
    if (right.lengthSquared() < 1e-12f) right = QVector3D(1, 0, 0);
    right.normalize();
    const QVector3D up = QVector3D::crossProduct(right, forward);
    struct Box {
        float left, right, bottom, top;
    };
    std::vector<Box> kept;
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < labels.size() && i < widths.size(); ++i) {
        const QVector3D to = labels[i].anchor - eye;
        const float depth = QVector3D::dotProduct(to, forward);
        if (depth <= 1e-3f) continue;
        const float x = QVector3D::dotProduct(to, right) / depth, y = QVector3D::dotProduct(to, up) / depth;
        const float halfW = widths[i] / 2 / depth, halfH = height / 2 / depth;
        const Box box{x - halfW, x + halfW, y - halfH, y + halfH};
        const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const Box& k) {
            return box.left < k.right && k.left < box.right && box.bottom < k.top && k.bottom < box.top;
        });
        if (overlaps) continue;
        kept.push_back(box);
        out.push_back(i);
    }
    return out;
}

}  // namespace rw::render
