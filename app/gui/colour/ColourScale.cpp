#include "colour/ColourScale.h"

#include <algorithm>
#include <array>
#include <cmath>


namespace rw::gui {
namespace {

struct Stop {
    double t;
    int r, g, b;
};
// A perceptually ordered ramp (close to "turbo" without its dark ends): readable on the light
// floor and on the dark background.
constexpr std::array kStops{Stop{0.00, 0x30, 0x4f, 0xc8}, Stop{0.25, 0x1f, 0xa8, 0xd8}, Stop{0.50, 0x3c, 0xc0, 0x5a},
                            Stop{0.75, 0xf2, 0xc9, 0x1d}, Stop{1.00, 0xe0, 0x32, 0x22}};

}  // namespace

QColor ColourScale::at(double t) noexcept {
    t = std::isfinite(t) ? std::clamp(t, 0.0, 1.0) : 0.0;
    for (std::size_t i = 1; i < kStops.size(); ++i) {
        if (t > kStops[i].t) continue;
        const Stop& a = kStops[i - 1];
        const Stop& b = kStops[i];
        const double u = (t - a.t) / (b.t - a.t);
        const auto mix = [u](int x, int y) { return int(std::lround(x + (y - x) * u)); };
        return QColor(mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b));
    }
    return QColor(kStops.back().r, kStops.back().g, kStops.back().b);
}

QColor ColourScale::ofFabric(Fabric fabric) noexcept {
    switch (fabric) {
        case Fabric::Compute: return QColor(0x2f, 0x6f, 0xd6);  // blue
        case Fabric::Storage: return QColor(0xe0, 0x8e, 0x1b);  // orange
        case Fabric::Inband: return QColor(0x3c, 0xb3, 0x4a);   // green
        case Fabric::Oob: return QColor(0x9b, 0x59, 0xd0);      // purple
        case Fabric::Nvlink: return QColor(0x76, 0xb9, 0x00);   // NVIDIA green
        case Fabric::Power: return QColor(0xd6, 0x3c, 0x35);    // red
    }
    return noData();
}

QColor ColourScale::ofTrayKind(TrayKind kind) noexcept {
    switch (kind) {
        case TrayKind::Data: return QColor(0x46, 0x8c, 0xf0);   // copper data: blue
        case TrayKind::Fiber: return QColor(0xf5, 0xa6, 0x23);  // fibre: yellow-orange (fibre jackets)
        case TrayKind::Power: return QColor(0xd9, 0x40, 0x3a);  // power: red
    }
    return noData();
}

QColor ColourScale::ofDeviceRole(DeviceRole role) noexcept {
    switch (role) {
        case DeviceRole::GpuNode: return QColor(0x3c, 0xb3, 0x4a);
        case DeviceRole::Leaf:
        case DeviceRole::Spine:
        case DeviceRole::Core: return QColor(0x2f, 0x6f, 0xd6);
        case DeviceRole::NvlinkSwitch: return QColor(0x76, 0xb9, 0x00);
        case DeviceRole::MgmtSwitch:
        case DeviceRole::InbandSwitch:
        case DeviceRole::StorageSwitch: return QColor(0x9b, 0x59, 0xd0);
        case DeviceRole::Storage: return QColor(0xe0, 0x8e, 0x1b);
        case DeviceRole::Pdu:
        case DeviceRole::PowerShelf: return QColor(0xd6, 0x3c, 0x35);
        case DeviceRole::Cdu: return QColor(0x2a, 0xb7, 0xca);
        case DeviceRole::PatchPanel:
        case DeviceRole::Appliance:
        case DeviceRole::Other: break;
    }
    return QColor(0x8a, 0x8f, 0x96);
}

}  // namespace rw::gui
