#pragma once
// Which media a cable may use and which SKUs can be ordered for it (in the spirit of KiCad's
// RULE_RESOLVER). Everything comes from the catalog: media families, reaches, connectors,
// transceivers, diameters and weights. The order of preference is the issue's: passive copper
// (DAC) within reach, then active copper (ACC), then transceivers with multimode, then
// single-mode fibre, then AOC. RJ45 ports take twisted-pair copper; power links take power cords.
#include <cstdint>
#include <map>
#include <tuple>
#include <vector>

#include "catalog/Catalog.h"
#include "model/Model.h"

namespace rw {

struct MediaOption {
    Media media = Media::Auto;
    TrayKind tray = TrayKind::Data;                 // power cords: power trays; optics and AOC: fibre trays
    std::vector<const CatalogEntry*> skus;          // orderable lengths, shortest first
    double reachMm = 0.0;                           // media reach (and the transceivers' for fibre)
    int strands = 1;                                // physical cables per model cable (a 2-link cable as 1-link fibres)
    double areaMm2 = 0.0;                           // cross-section of all strands
    double kgPerM = 0.0;                            // weight of all strands per metre

    /// Shortest SKU at or above `lengthMm` within reach; nullptr when none.
    [[nodiscard]] const CatalogEntry* skuFor(std::uint32_t lengthMm) const noexcept;
};

/// The tray kind a media rides in: power cords in power trays, optics and AOC in fibre trays,
/// copper in data trays.
[[nodiscard]] TrayKind trayFor(Media media) noexcept;

class RuleResolver final {
public:
    RuleResolver(const Model& model, const Catalog& catalog) : model_(model), catalog_(catalog) {}

    /// The media allowed for a cable, most preferred first (empty: nothing in the catalog fits).
    [[nodiscard]] const std::vector<MediaOption>& optionsFor(CableId cable);
    /// The option of a given media (for a result read back), or nullptr.
    [[nodiscard]] const MediaOption* optionOf(CableId cable, Media media);

private:
    using Key = std::tuple<int, int, int, int, int, bool>;  // port kinds, speed, links, requested media, power
    std::vector<MediaOption> compute(const Key& key) const;

    const Model& model_;
    const Catalog& catalog_;
    std::map<Key, std::vector<MediaOption>> cache_;
};

}  // namespace rw
