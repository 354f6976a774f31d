#include "RackAppearance.h"

#include <cmath>
#include <utility>

#include "catalog/Catalog.h"

namespace rw::render {

BoxSizeMm placeholderRackSize(const Model&, const Rack&) {
    return BoxSizeMm{600, 1200, 2000};
}

RackSizeFn catalogRackSize(const Catalog& catalog) {
    return [&catalog](const Model& model, const Rack& rack) {
        const CatalogEntry* entry = catalog.find(model.text(rack.catalog));
        if (!entry) return placeholderRackSize(model, rack);
        const Dimensions& d = entry->dimensions;
        if (d.widthMm <= 0 || d.depthMm <= 0 || d.heightMm <= 0) return placeholderRackSize(model, rack);
        return BoxSizeMm{std::int32_t(std::lround(d.widthMm)), std::int32_t(std::lround(d.depthMm)),
                         std::int32_t(std::lround(d.heightMm))};
    };
}

BoxSizeMm rotatedSize(BoxSizeMm size, Rotation rotation) noexcept {
    if (rotation == Rotation::R90 || rotation == Rotation::R270) std::swap(size.width, size.depth);
    return size;
}

QColor rackRoleColor(RackRole role) noexcept {
    switch (role) {
        case RackRole::Compute: return QColor(0x3c, 0xb3, 0x4a);     // green
        case RackRole::Network: return QColor(0x2f, 0x6f, 0xd6);     // blue
        case RackRole::Storage: return QColor(0xe0, 0x8e, 0x1b);     // orange
        case RackRole::Management: return QColor(0x9b, 0x59, 0xd0);  // purple
        case RackRole::Power: return QColor(0xd6, 0x3c, 0x35);       // red
        case RackRole::Cooling: return QColor(0x2a, 0xb7, 0xca);     // cyan
        case RackRole::Other: break;
    }
    return QColor(0x8a, 0x8f, 0x96);  // grey
}

QColor deviceRoleColor(DeviceRole role) noexcept {
    switch (role) {
        case DeviceRole::GpuNode: return QColor(0xb8, 0xf0, 0x50);  // lime
        case DeviceRole::Leaf:
        case DeviceRole::Spine:
        case DeviceRole::Core:
        case DeviceRole::MgmtSwitch:
        case DeviceRole::StorageSwitch:
        case DeviceRole::InbandSwitch:
        case DeviceRole::NvlinkSwitch: return QColor(0x50, 0xc8, 0xff);  // sky blue
        case DeviceRole::Storage: return QColor(0xff, 0xc0, 0x60);       // light orange
        case DeviceRole::Pdu:
        case DeviceRole::PowerShelf: return QColor(0xff, 0x70, 0x60);    // salmon
        case DeviceRole::Cdu: return ScenePalette::coolingUnit();
        case DeviceRole::PatchPanel: return QColor(0xd8, 0xd8, 0xd8);
        case DeviceRole::Appliance:
        case DeviceRole::Other: break;
    }
    return QColor(0xa0, 0xa0, 0xa0);
}

QColor trayKindColor(TrayKind kind) noexcept {
    switch (kind) {
        case TrayKind::Data: return QColor(0x8c, 0x9b, 0xab);
        case TrayKind::Fiber: return QColor(0xe8, 0xc5, 0x2a);
        case TrayKind::Power: return QColor(0xa0, 0x52, 0x2d);
    }
    return QColor(0x8c, 0x9b, 0xab);
}

}  // namespace rw::render
