#include "colour/ColourMode.h"

#include <QObject>

namespace rw::gui {

QString colourModeName(ColourMode mode) {
    switch (mode) {
        case ColourMode::Role: return QObject::tr("Role");
        case ColourMode::PowerDensity: return QObject::tr("Power density");
        case ColourMode::Heat: return QObject::tr("Heat");
        case ColourMode::Weight: return QObject::tr("Weight");
        case ColourMode::Fabric: return QObject::tr("Fabric");
        case ColourMode::TrayFill: return QObject::tr("Tray fill");
        case ColourMode::PowerHeadroom: return QObject::tr("Power headroom");
        case ColourMode::CoolingHeadroom: return QObject::tr("Cooling headroom");
    }
    return {};
}

}  // namespace rw::gui
