#pragma once
// Which racks the 3D view names, and where (no Qt 3D here): seen from close by, the nearest racks
// in front of the camera get their name over them, so a user flying down an aisle reads the
// racks as on the floor plan; from afar there are none (they would be unreadable specks and cost
// a draw each). Each label hangs just above the rack's top at the face (front or rear) nearer
// the eye: out from under the tray that runs over the row's centre line, which would hide it.
#include <cstddef>
#include <vector>

#include <QVector3D>

#include "SceneTypes.h"
#include "model/Model.h"

namespace rw::render {

/// Racks are named from this distance (metres, eye to rack centre) inwards.
inline constexpr float kRackLabelDistanceMetres = 20.0f;
/// At most this many names at once: the nearest.
inline constexpr std::size_t kMaxRackLabels = 40;
/// Height of a name's letters' line (metres): about 14 px at the farthest labelled rack in a
/// 640 px high view.
inline constexpr float kRackLabelHeightMetres = 0.35f;

struct RackLabelPlacement {
    RackId rack;
    std::size_t slot = 0;  // index into the racks' instance list
    QVector3D anchor;      // where the name's centre goes (scene metres)
    float distance = 0.0f; // eye to the rack's centre
};

/// The racks to name seen from `eye` looking along `forward` (need not be unit length): those
/// whose centre is within `maxDistance` and in front of the eye, nearest first, at most
/// `maxCount`. `racks[i]` is drawn for `ids[i]` (as HallScene keeps them).
[[nodiscard]] std::vector<RackLabelPlacement> placeRackLabels(const std::vector<Instance>& racks, const std::vector<RackId>& ids,
                                                              QVector3D eye, QVector3D forward,
                                                              float maxDistance = kRackLabelDistanceMetres,
                                                              std::size_t maxCount = kMaxRackLabels);

/// Which of `labels` (nearest first) to show so that no two tags overlap on screen: a tag is
/// `widths[i]` x `height` metres, centred on its anchor and facing a camera at `eye` looking at
/// `target`; a tag overlapping a nearer one that is kept is left out (as row names are in 2D).
/// Returns the indices kept, in order.
[[nodiscard]] std::vector<std::size_t> unclutteredLabels(const std::vector<RackLabelPlacement>& labels,
                                                         const std::vector<float>& widths, float height, QVector3D eye,
                                                         QVector3D target);

}  // namespace rw::render
