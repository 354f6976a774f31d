#pragma once
// Per-rack figures for colour modes, the elevation and load checks: maximum power, heat to air
// and to liquid, weight and the limits it is measured against, and the fabric most of the rack's
// links belong to. Every number comes from the catalog entries of the rack and its devices;
// nothing is stored in the project.
#include <array>
#include <optional>
#include <vector>

#include "model/Model.h"

namespace rw {

class Catalog;

inline constexpr std::size_t kFabricCount = 6;  // Fabric values, Compute .. Power

/// A rack's footprint on the floor after its quarter turn, in mm (x and y extents).
struct FootprintMm {
    std::int32_t x = 0;
    std::int32_t y = 0;
};

struct RackMetrics {
    bool alive = false;
    /// Catalog max power of the rack's IT devices (PDUs and power shelves, whose figure is what
    /// they deliver, and in-rack CDUs are left out, as in DesignStats::itMaxKw).
    double itMaxKw = 0.0;
    double heatToAirKw = 0.0;     // at max power, all devices
    double heatToLiquidKw = 0.0;  // at max power, all devices
    double weightKg = 0.0;        // empty rack plus every device
    double equipmentKg = 0.0;     // the devices alone (what the rack's static rating is about)
    /// Footprint from the rack type's catalog dimensions; nullopt when the catalog has none.
    std::optional<FootprintMm> footprint;
    /// The rack type's static load rating (kg of equipment it carries), when the catalog states one.
    std::optional<double> rackRatedKg;
    /// The hall's floor rating over this rack's footprint (kg), when both are known.
    std::optional<double> floorRatedKg;
    /// Link ends on this rack's devices per fabric (power cords included), indexed by Fabric.
    std::array<std::uint32_t, kFabricCount> linkEndsByFabric{};
    /// Devices whose catalog entry is unknown: their power, heat and weight are not counted.
    std::uint32_t unknownDevices = 0;

    [[nodiscard]] std::optional<double> footprintM2() const noexcept {
        if (!footprint) return std::nullopt;
        return double(footprint->x) * double(footprint->y) / 1e6;
    }
    /// kW per m^2 of the rack's own footprint; nullopt without a footprint.
    [[nodiscard]] std::optional<double> kwPerM2() const noexcept {
        const auto area = footprintM2();
        if (!area || *area <= 0.0) return std::nullopt;
        return itMaxKw / *area;
    }
    /// The fabric with the most link ends, power cords left out (they say nothing about the
    /// rack's network); nullopt for a rack without data links.
    [[nodiscard]] std::optional<Fabric> dominantFabric() const noexcept;
};

/// Footprint of `rack` from its catalog entry (a rack or a rack-scale system) rotated by its
/// rotation; nullopt when the entry is unknown or has no width and depth.
[[nodiscard]] std::optional<FootprintMm> rackFootprint(const Model& model, const Catalog& catalog, const Rack& rack);

/// Metrics of every rack, indexed by RackId::value (dead ids have alive = false). One pass over
/// devices and links: linear in the design's size.
[[nodiscard]] std::vector<RackMetrics> computeRackMetrics(const Model& model, const Catalog& catalog);

/// After edits that changed only racks themselves (moved, turned, renamed, retyped): refreshes
/// what depends on the rack alone -- footprint, ratings, the empty rack's weight -- and keeps the
/// device sums and link ends. O(1) per rack, where a full computeRackMetrics() reads every device.
void updateRackFigures(const Model& model, const Catalog& catalog, RackId rack, RackMetrics& metrics);

/// Metrics of one rack (for the elevation of a selected rack): its devices only, without the
/// link pass (linkEndsByFabric stays zero). Not alive when the rack does not exist.
[[nodiscard]] RackMetrics computeRackMetricsOf(const Model& model, const Catalog& catalog, RackId rack);

/// The design's IT load, kW: the sum of every rack's itMaxKw, the figure DesignStats::itMaxKw
/// reports, in one pass over the devices (cheap enough to refresh after every edit).
[[nodiscard]] double designItMaxKw(const Model& model, const Catalog& catalog);

}  // namespace rw
