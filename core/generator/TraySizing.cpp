#include "generator/TraySizing.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "router/RuleResolver.h"

namespace rw {

std::vector<TrayDemand> trayDemand(const Model& model, const Catalog& catalog, const RoutingResult& result) {
    std::vector<TrayDemand> demand(model.trays().capacity());
    RuleResolver resolver(model, catalog);
    model.cables().forEach([&](CableId id, const Cable&) {
        const CableRoute* c = result.find(id);
        if (!c || c->status != RouteStatus::Routed || c->route >= result.routes.size()) return;
        const MediaOption* option = resolver.optionOf(id, c->media);
        if (!option) return;
        for (TrayId s : result.routes[c->route].segments) {
            if (s.value >= demand.size()) continue;
            demand[s.value].areaMm2 += option->areaMm2;
            demand[s.value].kgPerM += option->kgPerM;
        }
    });
    return demand;
}

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
