#pragma once
// The colours of the colour modes. Sequential figures (kW, kg, fill %) run from a dark blue
// through green and yellow to red at the top of the scale; a value over a rated limit is magenta
// so it stands out from "the most of all" red. Categories (fabrics, tray kinds) get distinct hues.
#include <QColor>

#include "model/Enums.h"

namespace rw::gui {

struct ColourScale {
    /// `t` in [0, 1] (clamped): 0 = bottom, 1 = top of the scale.
    [[nodiscard]] static QColor at(double t) noexcept;
    [[nodiscard]] static QColor bottom() noexcept { return at(0.0); }
    [[nodiscard]] static QColor top() noexcept { return at(1.0); }
    /// Over a rated limit (rack or floor rating, tray fill over 100 %).
    [[nodiscard]] static QColor overLimit() noexcept { return QColor(0xe0, 0x2d, 0xd8); }
    /// No figure: the catalog does not know the part, or the rack has no links.
    [[nodiscard]] static QColor noData() noexcept { return QColor(0x5a, 0x5f, 0x66); }

    [[nodiscard]] static QColor ofFabric(Fabric fabric) noexcept;
    [[nodiscard]] static QColor ofTrayKind(TrayKind kind) noexcept;
    /// Devices in the rack elevation, by role (GPU nodes green, switches blue, power red...).
    [[nodiscard]] static QColor ofDeviceRole(DeviceRole role) noexcept;
};

}  // namespace rw::gui
