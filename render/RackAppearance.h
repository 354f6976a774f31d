#pragma once
// How a rack looks in the views: its box size and its colour.
#include <cstdint>
#include <functional>

#include <QColor>

#include "model/Model.h"

namespace rw {
class Catalog;
}

namespace rw::render {

struct BoxSizeMm {
    std::int32_t width = 0;   // along the rack's x before rotation (the front face)
    std::int32_t depth = 0;   // front to back
    std::int32_t height = 0;
};

/// Gives the box of a rack. Views get it from the catalog entry of the rack type; until one is
/// wired in, placeholderRackSize() stands in.
using RackSizeFn = std::function<BoxSizeMm(const Model&, const Rack&)>;

/// A display-only stand-in for racks whose catalog entry is unknown to the view: a common
/// 600 mm x 1200 mm footprint, 2 m tall. Never used for any computation (power, weight, fit).
[[nodiscard]] BoxSizeMm placeholderRackSize(const Model& model, const Rack& rack);

/// Rack boxes from the dimensions of each rack type's catalog entry (a rack or a rack-scale
/// system); types the catalog does not know, or knows without dimensions, get
/// placeholderRackSize(). `catalog` must outlive the returned function.
[[nodiscard]] RackSizeFn catalogRackSize(const Catalog& catalog);

/// The footprint on the floor after the rack's quarter-turn rotation: x and y extents in mm.
[[nodiscard]] BoxSizeMm rotatedSize(BoxSizeMm size, Rotation rotation) noexcept;

/// The fill colour of a rack by its role; distinct hues so racks of each role read apart and
/// tests can find them in a screenshot.
[[nodiscard]] QColor rackRoleColor(RackRole role) noexcept;

/// The faceplate colour of a device by its role; hues kept apart from the rack role colours.
[[nodiscard]] QColor deviceRoleColor(DeviceRole role) noexcept;
/// Cable trays by kind: data steel grey, fibre yellow (the usual raceway colour), power brown.
[[nodiscard]] QColor trayKindColor(TrayKind kind) noexcept;

/// Colours of things that are not racks.
struct ScenePalette {
    static QColor background() noexcept { return QColor(0x1f, 0x25, 0x2d); }
    static QColor floor() noexcept { return QColor(0xb4, 0xb8, 0xbc); }
    static QColor obstacle() noexcept { return QColor(0x6c, 0x70, 0x75); }
    static QColor coolingUnit() noexcept { return QColor(0x1a, 0xb0, 0x8a); }    // teal
    static QColor cableBundle() noexcept { return QColor(0x78, 0x50, 0xff); }    // violet
    static QColor selectedRack() noexcept { return QColor(0xff, 0x30, 0xd0); }   // magenta
    // The selection is magenta, a hue no tray kind, bundle or rack role uses (yellow cables were
    // lost on the yellow fibre trays); cables hot pink, their own hue, so both read.
    static QColor selectedCable() noexcept { return QColor(0xff, 0x60, 0xa0); }  // hot pink
};

}  // namespace rw::render
