#pragma once
// View > Colour by: what the fill colour of racks (and trays) in the views stands for.
#include <array>

#include <QString>

namespace rw::gui {

enum class ColourMode { Role, PowerDensity, Heat, Weight, Fabric, TrayFill, PowerHeadroom, CoolingHeadroom };

inline constexpr std::array kColourModes{ColourMode::Role,          ColourMode::PowerDensity, ColourMode::Heat,
                                         ColourMode::Weight,        ColourMode::Fabric,       ColourMode::TrayFill,
                                         ColourMode::PowerHeadroom, ColourMode::CoolingHeadroom};

/// Modes coloured from the power and cooling analysis (power/PowerAnalysis), not rack metrics.
[[nodiscard]] constexpr bool isHeadroomMode(ColourMode mode) noexcept {
    return mode == ColourMode::PowerHeadroom || mode == ColourMode::CoolingHeadroom;
}

/// Menu text, e.g. "Power density".
[[nodiscard]] QString colourModeName(ColourMode mode);

}  // namespace rw::gui
