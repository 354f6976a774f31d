#include "generator/TraySizing.h"

#include <algorithm>
#include <cmath>
#include <tuple>


namespace rw {

std::vector<const CatalogEntry*> trayPartsFor(const Catalog& catalog, TrayKind kind) {
    const TrayStyle preferred = kind == TrayKind::Fiber ? TrayStyle::WireBasket : TrayStyle::Ladder;
    std::vector<const CatalogEntry*> parts;
    for (const CatalogEntry* e : catalog.ofKind(CatalogKind::Tray))
        if (e->tray && e->tray->widthMm > 0 && e->tray->depthMm > 0) parts.push_back(e);
    const auto key = [&](const CatalogEntry* e) {
        return std::make_tuple(e->tray->style == preferred ? 0 : 1, e->tray->widthMm * e->tray->depthMm, e->tray->loadKgPerM,
                               std::string_view(e->id));
    };
    std::sort(parts.begin(), parts.end(), [&](const CatalogEntry* a, const CatalogEntry* b) { return key(a) < key(b); });
    return parts;
}

const CatalogEntry* smallestTrayFor(const std::vector<const CatalogEntry*>& parts, TrayDemand demand, int fillPercent) {
    // A hair of headroom: the router sums the same demands in another order, and a tray chosen
    // exactly at its limit must not read as over it there.
    constexpr double kHeadroom = 1.0 + 1e-6;
    for (const CatalogEntry* e : parts) {
        // As a TraySegment stores them: whole millimetres, a float load rating.
        const double usable = double(std::lround(e->tray->widthMm)) * double(std::lround(e->tray->depthMm)) * fillPercent / 100.0;
        const double load = static_cast<float>(e->tray->loadKgPerM);
        if (demand.areaMm2 * kHeadroom <= usable && demand.kgPerM * kHeadroom <= load) return e;
    }
    return nullptr;
}

}  // namespace rw
